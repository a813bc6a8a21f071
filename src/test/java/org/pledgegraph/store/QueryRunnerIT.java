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
        String all = run("reappear", QueryRunner.parseParams(List.of("from=2022", "to=2024")));
        for (String line : all.strip().split("\r?\n")) {
            if (!line.startsWith("entity")) {
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

    private static String run(String name, Map<String, org.apache.jena.graph.Node> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get(name), params, QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
