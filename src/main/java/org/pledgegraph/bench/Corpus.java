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
                docs.add(new Doc(name, text, text.getBytes(StandardCharsets.UTF_8).length,
                        new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", "")));
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
     * Writes {@code factor} copies of every document into {@code into}: distinct file names
     * ({@code national-2016-c0007.txt}) and a manifest.tsv giving each copy its original's year, so
     * every copy is a separate document of a real year (like the same report filed by many counties).
     */
    Corpus scaled(int factor, Path into) {
        try {
            Files.createDirectories(into);
            StringBuilder manifest = new StringBuilder("file\tissued\tyear\tkind\ttitle\tbody\tcomment\n");
            List<Doc> out = new ArrayList<>();
            for (int c = 0; c < factor; c++) {
                for (Doc d : docs) {
                    String name = String.format("%s-c%04d.txt", d.meta().stem(), c);
                    Files.writeString(into.resolve(name), d.text(), StandardCharsets.UTF_8);
                    manifest.append(name).append("\t\t").append(d.meta().year()).append("\t\t\t\t\n");
                    out.add(new Doc(name, d.text(), d.utf8Bytes(), new DocumentMeta(name, DocumentMeta.stemOf(name),
                            null, d.meta().year(), "", "", "")));
                }
            }
            Files.writeString(into.resolve(Manifest.FILE_NAME), manifest, StandardCharsets.UTF_8);
            return new Corpus(into, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scaled corpus into " + into, e);
        }
    }
}
