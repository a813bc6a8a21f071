package org.pledgegraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known about a source document before extraction.
 *
 * @param file   file name as ingested, e.g. {@code 001_b64101aa0c6a0ce7.txt}
 * @param stem   file name without extension; the key of the document's IRI and named graph
 * @param issued issue date, or null when neither the manifest nor the text gives one
 * @param year   the year the document was issued
 * @param kind   kind of document (government work report, party congress report, …), may be empty
 * @param title  title, may be empty
 * @param body   issuing body, may be empty
 * @param jurisdiction the place whose government the document speaks for (临江市东山区, 中华人民共和国), may be
 *               empty; targets and reported figures are compared only within one jurisdiction
 */
public record DocumentMeta(String file, String stem, LocalDate issued, int year, String kind, String title, String body,
                           String jurisdiction) {
    public DocumentMeta {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stem, "stem");
        kind = kind == null ? "" : kind;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("implausible document year " + year + " for " + file);
        }
    }

    /** Without a known jurisdiction. */
    public DocumentMeta(String file, String stem, LocalDate issued, int year, String kind, String title, String body) {
        this(file, stem, issued, year, kind, title, body, "");
    }

    public DocumentMeta withJurisdiction(String j) {
        return new DocumentMeta(file, stem, issued, year, kind, title, body, j);
    }

    /** File stem of a file name: everything before the last dot. */
    public static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
