package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.it.SeededStore;

class QueryRunnerIT {
    @TempDir
    static Path tmp;
    static GraphStore store;
    static final NamedQueries QUERIES = NamedQueries.load(Path.of("queries"));

    @BeforeAll
    static void ingest() {
        store = SeededStore.open(tmp.resolve("db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyNamedQueryHasASummaryAndRuns() {
        assertTrue(QUERIES.all().size() >= 3);
        for (NamedQuery q : QUERIES.all()) {
            assertTrue(!q.summary().isEmpty(), q.name() + " has no '# summary:' line");
            new QueryRunner(store).run(q, Map.of(), QueryRunner.Format.csv, new ByteArrayOutputStream());
        }
    }

    @Test
    void documentsListsTheFiveSeeds() {
        String csv = run("documents", Map.of());
        assertEquals(6, csv.strip().split("\r?\n").length, csv);
    }

    @Test
    void reappearBindsItsYears() {
        // TSV, not CSV: evidence sentences hold line breaks, which TSV escapes and CSV keeps inside quotes.
        ByteArrayOutputStream tsv = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get("reappear"), QueryRunner.parseParams(List.of("from=2022", "to=2024")),
                QueryRunner.Format.tsv, tsv);
        String all = tsv.toString(StandardCharsets.UTF_8);
        for (String line : all.strip().split("\r?\n")) {
            if (!line.startsWith("?entity")) {
                assertTrue(line.contains(".txt"), line);
            }
        }
    }

    @Test
    void aParameterCannotInjectQueryText() {
        String injected = run("reappear",
                QueryRunner.parseParams(List.of("from=2022 } UNION { ?m1 ?p ?o", "to=2024")));
        assertEquals(1, injected.strip().split("\r?\n").length, "only the header: " + injected);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "2022\" } UNION { ?m1 ?p ?o } #",
        "2022' } UNION { ?m1 ?p ?o } #",
        "2022> . } UNION { ?m1 ?p ?o",
        "2022\n} UNION { ?m1 ?p ?o }\n#",
        "2022 ; FILTER(true) }",
        "\"2022\"^^<http://www.w3.org/2001/XMLSchema#integer>"})
    void aParameterIsOneTermWhateverItHolds(String value) {
        String rows = run("reappear", QueryRunner.parseParams(List.of("from=" + value, "to=2024")));
        assertEquals(1, rows.strip().split("\r?\n").length, "only the header for " + value + ": " + rows);
    }

    @Test
    void anIriParameterWithQuerySyntaxIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.pledgegraph.model.InputException.class,
                () -> QueryRunner.parseParams(List.of("from=<http://x/> } UNION { ?s ?p ?o } <y>")));
        assertTrue(e.getMessage().startsWith("--param: '<http://x/> } UNION"), e.getMessage());
        var iri = QueryRunner.parseParams(List.of("d=<https://w3id.org/pledgegraph/id/document/003>")).get("d");
        assertTrue(iri.isURI(), iri.toString());
    }

    private static String run(String name, Map<String, org.apache.jena.graph.Node> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get(name), params, QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
