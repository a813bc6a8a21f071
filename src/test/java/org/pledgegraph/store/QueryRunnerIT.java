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
        for (String line : records(all)) {
            if (!line.startsWith("entity")) {
                assertTrue(line.contains(".txt"), line);
            }
        }
    }

    /** CSV records: evidence is verbatim and may hold the line breaks of a PDF export inside quotes. */
    private static List<String> records(String csv) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : csv.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
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
