package org.pledgegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.InputException;
import org.pledgegraph.text.JurisdictionInference;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/**
 * The documents of one folder, read once, with the metadata ingest would give them.
 *
 * @param dir  the folder
 * @param docs its *.txt documents, sorted by name
 */
record Corpus(Path dir, List<Doc> docs) {
    /** One document: original text, its UTF-8 size and its metadata. */
    record Doc(String name, String text, long utf8Bytes, DocumentMeta meta) {
    }

    Corpus {
        docs = List.copyOf(docs);
    }

    static Corpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "--corpus: no such folder");
        }
        Manifest manifest = Manifest.of(dir);
        List<Doc> docs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                String text = TextDecoder.decode(Files.readAllBytes(f), f.toString());
                int year = manifest.get(name).map(DocumentMeta::year)
                        .orElseGet(() -> YearInference.infer(text, name).orElseThrow(() -> new InputException(
                                f.toString(), "cannot tell the document's year; add it to manifest.tsv")));
                String jurisdiction = manifest.get(name).map(DocumentMeta::jurisdiction).filter(j -> !j.isBlank())
                        .orElseGet(() -> JurisdictionInference.infer(text).orElse(""));
                docs.add(new Doc(name, text, text.getBytes(StandardCharsets.UTF_8).length,
                        new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "", jurisdiction)));
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "cannot read corpus: " + e.getMessage());
        }
        if (docs.isEmpty()) {
            throw new InputException(dir.toString(), "--corpus: no .txt documents in this folder");
        }
        return new Corpus(dir, docs);
    }

    long utf8Bytes() {
        return docs.stream().mapToLong(Doc::utf8Bytes).sum();
    }

    /**
     * Writes {@code factor} copies of every document into {@code into}, each copy standing for another
     * government filing the same reports: copy {@code c} gets a distinct file name
     * ({@code national-2016-c0007.txt}), its original's year (years stay real: ingest refuses implausible
     * ones, and 1,000 copies cannot all have distinct plausible years) and its own jurisdiction
     * ({@code <original>副本0007}), so pairing within a jurisdiction (targets with actuals) stays linear.
     * Copy 0 is the corpus itself; every other copy ends with a line naming it, so it is a distinct text (ingest
     * records identical texts as one document). Entity names stay the same in every copy, so each entity has
     * {@code factor} times the mentions: the worst case for resolution and for queries that follow one
     * entity across documents.
     */
    Corpus scaled(int factor, Path into) {
        try {
            Files.createDirectories(into);
            StringBuilder manifest = new StringBuilder("file\tissued\tyear\tkind\ttitle\tbody\tjurisdiction\tcomment\n");
            List<Doc> out = new ArrayList<>();
            for (int c = 0; c < factor; c++) {
                for (Doc d : docs) {
                    String name = String.format("%s-c%04d.txt", d.meta().stem(), c);
                    int year = d.meta().year();
                    String original = d.meta().jurisdiction();
                    String jurisdiction = c == 0 ? original : String.format("%s副本%04d", original, c);
                    // Ingest stores one document per distinct text: a copy ends with a line of its own.
                    String text = c == 0 ? d.text() : d.text() + String.format("%n（副本%04d）%n", c);
                    Files.writeString(into.resolve(name), text, StandardCharsets.UTF_8);
                    manifest.append(name).append("\t\t").append(year).append("\t\t\t\t").append(jurisdiction)
                            .append("\tbench copy ").append(c).append(" of ").append(d.name()).append('\n');
                    out.add(new Doc(name, text, text.getBytes(StandardCharsets.UTF_8).length, new DocumentMeta(name, DocumentMeta.stemOf(name),
                            null, year, "", "", "", jurisdiction)));
                }
            }
            Files.writeString(into.resolve(Manifest.FILE_NAME), manifest, StandardCharsets.UTF_8);
            return new Corpus(into, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scaled corpus into " + into, e);
        }
    }
}
