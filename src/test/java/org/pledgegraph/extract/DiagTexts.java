package org.pledgegraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldSet;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/** For the dev tools: each gold document's report text and metadata, found where the project keeps them. */
final class DiagTexts {
    static final List<Path> TEXTS = List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/corpus/local"), Path.of("../shared/corpus/local"),
            Path.of("../../shared/corpus/local"));

    /** Sets whose rows the tools may list and tabulate: development data only (never held-out). */
    static final java.util.Set<String> READABLE = java.util.Set.of("dev", "in-sample", "train-helper");

    /** What a tool does with one document. */
    interface Visitor {
        void visit(GoldDocument gold, DocumentMeta meta, String text) throws IOException;
    }

    private DiagTexts() {
    }

    /** Calls {@code v} for every document of {@code gold}, in the gold's order. */
    static void forEach(GoldSet gold, Visitor v) throws IOException {
        for (GoldDocument g : gold.documents()) {
            Path file = TEXTS.stream().map(d -> d.resolve(g.stem() + ".txt")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new IOException("no text for " + g.stem() + " in " + TEXTS));
            String name = file.getFileName().toString();
            String text = TextDecoder.decode(Files.readAllBytes(file), name);
            DocumentMeta meta = Manifest.of(file.getParent()).get(name).orElseGet(() -> new DocumentMeta(name,
                    DocumentMeta.stemOf(name), null, YearInference.infer(text, name).orElse(2000), "", "", ""));
            v.visit(g, meta, text);
        }
    }
}
