package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.it.SeededStore;
import org.pledgegraph.store.GraphStore;

class IngestIT {
    @TempDir
    Path tmp;

    @Test
    void seedsGiveFiveDocumentsWithTheirYearsAndHundredsOfMentions() {
        try (GraphStore store = SeededStore.open(tmp.resolve("db"))) {
            List<String> years = store.read(() -> {
                List<String> ys = new java.util.ArrayList<>();
                try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(store.datasetGraph()).query("""
                        PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                        SELECT ?y { ?d a pg:Document ; pg:year ?y } ORDER BY ?y""").build()) {
                    qe.select().forEachRemaining(b -> ys.add(b.get("y").getLiteralLexicalForm()));
                }
                return ys;
            });
            assertEquals(List.of("2021", "2022", "2022", "2024", "2026"), years);
            long mentions = store.read(() -> store.datasetGraph().getUnionGraph()
                    .find(null, org.pledgegraph.rdf.PG.rdfType, org.pledgegraph.rdf.PG.Mention).toList().size());
            assertTrue(mentions >= 200, "mentions: " + mentions);
        }
    }

    @Test
    void reportedQuadsAreTheQuadsInTheStore() {
        // The seeds' ingest into an empty store that SeededStore's copies come from, and its report (one seed
        // ingest fewer per run than ingesting them here again).
        try (GraphStore store = SeededStore.open(tmp.resolve("db"))) {
            IngestReport r = SeededStore.seedsReport();
            assertEquals(5, r.documents());
            assertEquals(store.read(store::quadCount), r.quads());
        }
    }

    @Test
    void ingestingTwiceChangesNothing() {
        try (GraphStore store = SeededStore.open(tmp.resolve("db"))) {
            Set<String> before = quads(store);
            IngestReport again = Ingest.create(store).run(List.of(SeededStore.SEEDS), IngestListener.NONE);
            assertEquals(5, again.documents());
            assertSame(before, quads(store));
        }
    }

    @Test
    void oneDocumentPerTransactionEndsInTheSameStoreWithNothingPending() {
        try (GraphStore batched = SeededStore.open(tmp.resolve("a"));
             GraphStore single = GraphStore.open(tmp.resolve("b"))) {
            Ingest ingest = Ingest.create(single).batchSize(1);
            ingest.run(List.of(SeededStore.SEEDS), IngestListener.NONE);
            assertTrue(!ingest.isPending(), "resolution left pending after a complete run");
            // Two stores label the ontology's blank nodes differently: compare that graph by isomorphism.
            String ontology = "https://w3id.org/pledgegraph/graph/ontology";
            assertSame(withoutGraph(quads(batched), ontology), withoutGraph(quads(single), ontology));
            var name = org.apache.jena.graph.NodeFactory.createURI(ontology);
            assertTrue(batched.read(() -> single.read(() -> batched.datasetGraph().getGraph(name)
                    .isIsomorphicWith(single.datasetGraph().getGraph(name)))));
        }
    }

    @Test
    void aRefusedFileLeavesTheStoreAsItWas() throws Exception {
        try (GraphStore store = SeededStore.open(tmp.resolve("db"))) {
            Set<String> before = quads(store);
            Path bad = tmp.resolve("in");
            Files.createDirectories(bad);
            Files.writeString(bad.resolve("empty.txt"), "   \n");
            IngestReport r = Ingest.create(store).run(List.of(bad), IngestListener.NONE);
            assertEquals(0, r.documents());
            assertEquals(1, r.refused().size());
            assertTrue(r.refused().get(0).reason().contains("empty.txt"), r.refused().get(0).reason());
            assertSame(before, quads(store));
        }
    }

    /** Equal quad sets, reporting a few differences rather than two whole stores. */
    private static void assertSame(Set<String> before, Set<String> after) {
        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        assertTrue(gone.isEmpty() && added.isEmpty(), "removed " + gone.stream().limit(3).toList()
                + ", added " + added.stream().limit(3).toList());
    }

    private static Set<String> withoutGraph(Set<String> quads, String graph) {
        Set<String> out = new TreeSet<>(quads);
        out.removeIf(q -> q.startsWith("[" + graph + " "));
        return out;
    }

    private static Set<String> quads(GraphStore store) {
        return store.read(() -> {
            Set<String> s = new TreeSet<>();
            store.datasetGraph().find().forEachRemaining((Quad q) -> s.add(q.toString()));
            return s;
        });
    }
}
