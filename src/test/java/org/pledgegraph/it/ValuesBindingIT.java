package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.QueryRunner;

/**
 * Each named query, sent to the endpoint with its parameters bound by a VALUES block typed in as the
 * README shows (first thing inside WHERE), returns exactly the rows the CLI's --param gives. The store holds
 * two governments (the seeds' 北关区 and two reports of 大鹏新区, years overlapping), so `jurisdiction` and
 * `across-governments` narrow something.
 */
class ValuesBindingIT {
    static final String PG = "https://w3id.org/pledgegraph/";
    static final NamedQueries QUERIES = NamedQueries.load(Path.of("queries"));

    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.twoGovernmentsServing(b -> b);
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();
    static final Map<String, List<String>> UNBOUND = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        store = SEEDED.graphStore();
        server = SEEDED.server();
    }

    /** Parameter sets that narrow each query to a non-empty slice of the seeds. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("reappear", List.of("from=2022", "to=2024")),
                Arguments.of("reappear", List.of("from=2021", "to=2022")),
                Arguments.of("dropped", List.of("from=2021")),
                Arguments.of("completed", List.of("from=2021")),
                Arguments.of("new-in", List.of("year=2024")),
                Arguments.of("timeline", List.of("name=北关区人民医院项目")),
                Arguments.of("search", List.of("phrase=无人机")),
                Arguments.of("targets-vs-actuals", List.of("year=2025")),
                Arguments.of("targets-vs-actuals", List.of("indicator=<" + PG + "indicator/tax-revenue-by-industry>")),
                Arguments.of("in-place", List.of("place=柏庄镇")),
                Arguments.of("mentions", List.of("year=2024", "type=<" + PG + "ontology#Project>")),
                Arguments.of("decisions", List.of("rule=drop-admin-prefix")),
                Arguments.of("promise-status", List.of("type=<" + PG + "ontology#Project>")),
                Arguments.of("by-industry", List.of("industry=<" + PG + "industry/textiles-apparel>")),
                Arguments.of("dropped-names", List.of("name=generic words")),
                // Two governments: each query's `jurisdiction` by code, full or short name.
                Arguments.of("documents", List.of("jurisdiction=大鹏新区")),
                Arguments.of("documents", List.of("jurisdiction=410503")),
                Arguments.of("reappear", List.of("from=2022", "to=2023", "jurisdiction=大鹏")),
                Arguments.of("reappear", List.of("from=2022", "to=2024", "jurisdiction=北关区")),
                Arguments.of("dropped", List.of("from=2022", "jurisdiction=大鹏新区")),
                Arguments.of("dropped", List.of("jurisdiction=410503")),
                Arguments.of("completed", List.of("from=2021", "jurisdiction=北关")),
                Arguments.of("new-in", List.of("year=2022", "jurisdiction=大鹏新区")),
                Arguments.of("promise-status", List.of("jurisdiction=大鹏新区")),
                Arguments.of("promise-status", List.of("type=<" + PG + "ontology#Project>", "jurisdiction=410503")),
                Arguments.of("targets-vs-actuals", List.of("jurisdiction=大鹏新区")),
                Arguments.of("by-industry", List.of("jurisdiction=大鹏新区")),
                // (every located entity of this store is 北关区's since session 11's overlap choice: the place narrows)
                Arguments.of("in-place", List.of("place=柏庄镇", "jurisdiction=410503")),
                Arguments.of("across-governments", List.of("type=<" + PG + "ontology#Project>")),
                Arguments.of("across-governments", List.of("min=2")),
                Arguments.of("across-governments", List.of("industry=<" + PG + "industry/healthcare>",
                        "type=<" + PG + "ontology#Facility>")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void valuesBlockAtTheEndpointGivesTheCliRows(String name, List<String> pairs) throws Exception {
        Map<String, Node> params = QueryRunner.parseParams(pairs);
        List<String> cli = cliRows(name, params);
        List<String> all = UNBOUND.computeIfAbsent(name, n -> cliRows(n, Map.of()));
        assertFalse(cli.size() <= 1, name + " " + pairs + ": no rows on the seeds, the case tests nothing");
        // (A query whose parameter is required, such as search's phrase, has no rows without it.)
        assertTrue(cli.size() < all.size() || all.size() <= 1, name + " " + pairs + ": the parameters narrow nothing");
        String text = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8);
        String withValues = text.replaceFirst("(?m)^WHERE \\{", "WHERE {\n  " + values(params).replace("$", "\\$"));
        assertTrue(withValues.contains("VALUES"), name + ": no line starting 'WHERE {'");
        List<String> endpoint = endpointRows(withValues);
        List<String> missing = new ArrayList<>(cli);
        missing.removeAll(endpoint);
        List<String> extra = new ArrayList<>(endpoint);
        extra.removeAll(cli);
        assertEquals(sorted(cli), sorted(endpoint), name + " " + pairs + ": " + cli.size() + " CLI rows, " + endpoint.size()
                + " endpoint rows; first missing " + missing.stream().findFirst().orElse("-") + "; first extra "
                + extra.stream().findFirst().orElse("-"));
        // The same block built by QueryRunner.withValues (what the bench and the query editor send).
        String built = QueryRunner.withValues(QUERIES.get(name).query(), params).toString();
        assertEquals(sorted(cli), sorted(endpointRows(built)), name + " " + pairs + " via withValues");
    }

    @Test
    void everyNamedQueryWithAParameterHasACase() {
        List<String> covered = cases().map(a -> (String) a.get()[0]).toList();
        List<String> jurisdiction = cases().filter(a -> ((List<?>) a.get()[1]).stream()
                .anyMatch(p -> p.toString().startsWith("jurisdiction="))).map(a -> (String) a.get()[0]).toList();
        for (NamedQuery q : QUERIES.all()) {
            assertTrue(q.params().isEmpty() || covered.contains(q.name()), q.name() + " has no VALUES case");
            assertTrue(!q.params().contains("jurisdiction") || jurisdiction.contains(q.name()),
                    q.name() + " has no VALUES case for its jurisdiction");
        }
    }

    /** {@code VALUES (?a ?b) { (x y) }}, the terms written as SPARQL. */
    static String values(Map<String, Node> params) {
        StringBuilder vars = new StringBuilder();
        StringBuilder row = new StringBuilder();
        params.forEach((k, v) -> {
            vars.append(vars.isEmpty() ? "" : " ").append('?').append(k);
            row.append(row.isEmpty() ? "" : " ").append(FmtUtils.stringForNode(v));
        });
        return "VALUES (" + vars + ") { (" + row + ") }";
    }

    static List<String> cliRows(String name, Map<String, Node> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get(name), params, QueryRunner.Format.csv, out);
        return lines(out.toString(StandardCharsets.UTF_8));
    }

    static List<String> endpointRows(String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return lines(r.body());
    }

    /** CSV lines; a quoted field may hold a line break, so records are split only outside quotes. */
    static List<String> lines(String csv) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            cur.append(c);
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    static List<String> sorted(List<String> l) {
        String[] a = l.toArray(String[]::new);
        Arrays.sort(a);
        return List.of(a);
    }
}
