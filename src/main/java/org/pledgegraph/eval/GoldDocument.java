package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The gold annotation of one document.
 *
 * @param stem     the document's file stem, e.g. {@code 001_b64101aa0c6a0ce7}
 * @param rows     the gold rows in file order
 * @param coverage the annotated parts of the document
 */
public record GoldDocument(String stem, List<GoldRow> rows, Coverage coverage) {
    public GoldDocument {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(coverage, "coverage");
        rows = List.copyOf(rows);
    }

    /** A document annotated whole. */
    public GoldDocument(String stem, List<GoldRow> rows) {
        this(stem, rows, Coverage.WHOLE);
    }

    /** Rows of the five named-entity types. */
    public List<GoldRow> entities() {
        return rows.stream().filter(r -> !r.type().isFigure()).toList();
    }

    /** Target and actual rows. */
    public List<GoldRow> figures() {
        return rows.stream().filter(r -> r.type().isFigure()).toList();
    }
}
