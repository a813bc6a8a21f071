package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;

/** Curation overrides through a real ingest, and resolution that does not depend on the order documents arrive in. */
class CurationIT {
    @TempDir
    Path tmp;

    @Test
    void curationOverridesTheRulesOnTheSeeds() throws Exception {
        Path cur = tmp.resolve("curation.tsv");
        Files.writeString(cur, """
                relation\ttype\tname\tother\tnote
                different\tfacility\t区人民医院\t北关区人民医院\ttest: keep the abbreviation apart
                same\tfacility\t漳河沟\t漳涧沟\ttest: one ditch, two spellings
                """);
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            Ingest.create(store).curation(cur).run(List.of(Path.of("seeds")), IngestListener.NONE);
            // The abbreviation is read with or without 项目 (the judge's choice between the two); either way, two things.
            assertEquals(2, count(store, "?e a pg:Facility ; rdfs:label|skos:altLabel ?n . FILTER (STR(?n) IN (\"区人民医院\", \"区人民医院项目\", \"北关区人民医院项目\"))"));
            assertEquals(1, count(store, "?d pg:rule \"curation-different\" ; pg:outcome pg:KeptApart"));
            assertEquals(1, count(store, "?e a pg:Facility ; rdfs:label|skos:altLabel \"漳河沟\"@zh , \"漳涧沟\"@zh"));
            assertEquals(1, count(store, "?d pg:rule \"curation-same\" ; pg:outcome pg:Merged"));
        }
    }

    @Test
    void entitiesGraphIsTheSameWhateverTheOrderDocumentsAreIngestedIn() throws Exception {
        List<Path> seeds;
        try (var files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Graph all;
        Graph piecewise;
        // All seeds in one ingest: SeededStore's copy of that store (one seed ingest fewer per run).
        try (GraphStore a = org.pledgegraph.it.SeededStore.open(tmp.resolve("a"))) {
            all = a.read(() -> copy(a));
        }
        try (GraphStore b = GraphStore.open(tmp.resolve("b"))) {
            for (int i = seeds.size() - 1; i >= 0; i--) {
                Ingest.create(b).run(List.of(seeds.get(i)), IngestListener.NONE);
            }
            piecewise = b.read(() -> copy(b));
        }
        assertTrue(all.size() > 1000, "entities graph has " + all.size() + " triples");
        assertTrue(all.isIsomorphicWith(piecewise), "entities graph differs when documents arrive one by one, newest first");
    }

    private static Graph copy(GraphStore s) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        s.datasetGraph().getGraph(IriMinter.defaults().entitiesGraph()).find().forEachRemaining(g::add);
        return g;
    }

    private static long count(GraphStore store, String pattern) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT DISTINCT * WHERE { %s }""".formatted(pattern)).build()) {
                return (long) qe.select().materialize().stream().count();
            }
        });
    }
}
