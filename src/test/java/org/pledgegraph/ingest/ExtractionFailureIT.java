package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.extract.Candidate;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Recognizer;
import org.pledgegraph.extract.RoadRecognizer;
import org.pledgegraph.extract.ScopedSentence;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;

/** A recogniser failure on one sentence: the document is stored, the failure is in the report and its graph. */
class ExtractionFailureIT {
    @TempDir
    Path tmp;

    /** Throws on the sentence that contains 爆雷. */
    static final class Exploding implements Recognizer {
        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            if (s.text().contains("爆雷")) {
                throw new IllegalArgumentException("injected failure");
            }
            return List.of();
        }

        @Override
        public List<EntityType> provides() {
            return List.of();
        }
    }

    private static final String QUERY = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT ?file ?line ?recognizer ?exception ?message ?mentions {
              GRAPH ?g { ?d pg:sourceFile ?file ; pg:mentionCount ?mentions ; pg:extractionFailure ?f .
                         ?f a pg:ExtractionFailure ; pg:line ?line ; pg:recognizer ?recognizer ;
                            pg:exceptionClass ?exception ; pg:errorMessage ?message } }""";

    @Test
    void theDocumentIsKeptAndTheFailureRecorded() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Path file = dir.resolve("linjiang-2023.txt");
        Files.writeString(file, "2023年临江市政府工作报告\n\n新建云杉路。\n建成青松大道,爆雷一句。\n推进白桦路建设。\n");
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            Extractor failing = Extractor.with(List.of(new Exploding(), new RoadRecognizer()));
            IngestReport r = Ingest.create(store).extractor(failing).run(List.of(dir), IngestListener.NONE);
            assertEquals(1, r.documents());
            assertEquals(List.of(), r.refused());
            assertEquals(3, r.mentions(), "the other recogniser's roads, the failing sentence's included");
            assertEquals(1, r.failures().size());
            IngestReport.Failure f = r.failures().get(0);
            assertEquals(file, f.file());
            assertEquals(file + ":4: Exploding: java.lang.IllegalArgumentException: injected failure", f.toString());

            assertEquals(List.of("linjiang-2023.txt 4 Exploding java.lang.IllegalArgumentException injected failure 3"),
                    rows(store));
            List<ShapesValidator.Violation> vs = new ShapesValidator(OntologyFiles.shapes()).validate(store);
            assertEquals(List.of(), vs.stream().filter(v -> v.severity().equals("Violation")).toList());

            IngestReport again = Ingest.create(store).run(List.of(dir), IngestListener.NONE);
            assertEquals(List.of(), again.failures());
            assertEquals(List.of(), rows(store), "re-ingesting replaces the document graph, record included");
            // the default extractor's judge may drop one of the three bare road names
            assertTrue(again.mentions() >= 2, "mentions: " + again.mentions());
        }
    }

    private static List<String> rows(GraphStore store) {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(QUERY).build()) {
                qe.select().forEachRemaining(b -> out.add(String.join(" ", List.of("file", "line", "recognizer",
                        "exception", "message", "mentions").stream().map(v -> b.get(v).getLiteralLexicalForm()).toList())));
            }
            return out;
        });
    }
}
