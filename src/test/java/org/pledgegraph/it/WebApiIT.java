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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.QueryRunner;

/** {@code /api/{name}} over HTTP against a real server on the seeded store. */
class WebApiIT {
    static final NamedQueries QUERIES = NamedQueries.load(Path.of("queries"));
    @RegisterExtension
    // One compute slot, as a one-core machine serves by default.
    static final SeededStoreExtension SEEDED = SeededStoreExtension.serving(b -> b.queries(QUERIES).querySlots(1));
    static GraphStore store;
    static SparqlServer server;
    static String root;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SEEDED.graphStore();
        server = SEEDED.server();
        root = "http://127.0.0.1:" + server.port();
    }

    @Test
    void reappearAsJsonHasTheCliRowsAndTheTotal() throws Exception {
        HttpResponse<String> r = get("/api/reappear?from=2022&to=2024&limit=1000", "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = JSON.parse(r.body());
        String cli = cli("reappear", List.of("from=2022", "to=2024"));
        long cliRows = cli.lines().count() - 1 - countNewlinesInQuotes(cli);
        assertEquals(cliRows, o.get("total").getAsNumber().value().longValue());
        assertEquals(String.valueOf(cliRows), r.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(2022, o.get("parameters").getAsObject().get("from").getAsNumber().value().intValue());
        JsonArray rows = o.get("rows").getAsArray();
        assertTrue(rows.stream().anyMatch(x -> x.getAsObject().get("label").getAsString().value().equals("北关区人民医院项目")));
        assertTrue(rows.stream().allMatch(x -> x.getAsObject().get("toFile").getAsString().value().startsWith("002_")));
    }

    @Test
    void csvIsByteForByteTheCliCsv() throws Exception {
        String cli = cli("reappear", List.of("from=2022", "to=2024"));
        HttpResponse<String> byParam = get("/api/reappear?from=2022&to=2024&format=csv&limit=100000", "*/*");
        HttpResponse<String> byAccept = get("/api/reappear?from=2022&to=2024&limit=100000", "text/csv");
        assertEquals(200, byParam.statusCode(), byParam.body());
        assertTrue(byParam.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(cli, byParam.body());
        assertEquals(cli, byAccept.body());
        HttpResponse<String> tsv = get("/api/reappear?from=2022&to=2024&format=tsv", "*/*");
        assertTrue(tsv.body().startsWith("entity\tlabel\ttype\t"), tsv.body());
    }

    @Test
    void pagesAreSlicesOfTheWholeAnswerWithANextLink() throws Exception {
        JsonArray all = JSON.parse(get("/api/mentions?limit=100000", "application/json").body()).get("rows").getAsArray();
        assertTrue(all.size() > 300, "seeds have hundreds of mentions");
        HttpResponse<String> r = get("/api/mentions?limit=5&offset=10", "application/json");
        JsonObject page = JSON.parse(r.body());
        JsonArray rows = page.get("rows").getAsArray();
        assertEquals(5, rows.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(all.get(10 + i), rows.get(i));
        }
        assertEquals(String.valueOf(all.size()), r.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(r.headers().firstValue("Link").orElse("").contains("offset=15"), r.headers().map().toString());
        JsonObject dflt = JSON.parse(get("/api/mentions", "application/json").body());
        assertEquals(100, dflt.get("rows").getAsArray().size(), "limit defaults to 100");
        JsonObject last = JSON.parse(get("/api/mentions?offset=" + (all.size() - 2), "application/json").body());
        assertEquals(2, last.get("rows").getAsArray().size());
        assertTrue(last.get("next").isNull());
    }

    @Test
    void pageAndPageSizeAreTheSameSlicesAsLimitAndOffset() throws Exception {
        JsonObject byOffset = JSON.parse(get("/api/mentions?limit=7&offset=14", "application/json").body());
        HttpResponse<String> r = get("/api/mentions?page=3&pageSize=7", "application/json");
        JsonObject byPage = JSON.parse(r.body());
        assertEquals(byOffset.get("rows"), byPage.get("rows"));
        long total = byPage.get("total").getAsNumber().value().longValue();
        assertEquals(3, byPage.get("page").getAsNumber().value().intValue());
        assertEquals(7, byPage.get("pageSize").getAsNumber().value().intValue());
        assertEquals((total + 6) / 7, byPage.get("pages").getAsNumber().value().longValue());
        assertTrue(r.headers().firstValue("Link").orElse("").contains("page=4&pageSize=7"), r.headers().map().toString());
        JsonObject dflt = JSON.parse(get("/api/mentions?page=2", "application/json").body());
        assertEquals(100, dflt.get("pageSize").getAsNumber().value().intValue(), "pageSize defaults to 100");
        assertEquals(JSON.parse(get("/api/mentions?limit=100&offset=100", "application/json").body()).get("rows"),
                dflt.get("rows"));
        HttpResponse<String> mixed = get("/api/mentions?page=2&limit=5", "application/json");
        assertEquals(400, mixed.statusCode(), mixed.body());
        assertTrue(mixed.body().contains("not both"), mixed.body());
        assertEquals(400, get("/api/mentions?page=0", "application/json").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/reappear?frm=2022|unknown parameter 'frm'", "/api/reappear?from=abc|takes an integer",
            "/api/by-industry?industry=textiles|takes an IRI", "/api/mentions?limit=0|limit must be",
            "/api/mentions?limit=x|limit must be a whole number", "/api/mentions?offset=-1|offset must be",
            "/api/mentions?format=xml|format 'xml'", "/api/timeline?entity=%3Cnot%20an%20iri%3E|not a valid IRI"})
    void badParametersAreA400WithAOneLineReason(String pathAndReason) throws Exception {
        String[] pr = pathAndReason.split("\\|");
        HttpResponse<String> r = get(pr[0], "application/json");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(pr[1]), r.body());
        assertEquals(1, r.body().strip().lines().count(), r.body());
    }

    @Test
    void unknownQueryIsA404ListingTheKnownOnes() throws Exception {
        HttpResponse<String> r = get("/api/nosuch", "application/json");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("reappear"), r.body());
    }

    @Test
    void iriParametersTakeBareIrisToo() throws Exception {
        String type = URLEncoder.encode("https://w3id.org/pledgegraph/ontology#Project", StandardCharsets.UTF_8);
        JsonObject bare = JSON.parse(get("/api/promise-status?type=" + type, "application/json").body());
        JsonObject bracketed = JSON.parse(get("/api/promise-status?type=%3C" + type + "%3E", "application/json").body());
        assertTrue(bare.get("total").getAsNumber().value().intValue() > 0);
        assertEquals(bare.get("rows"), bracketed.get("rows"));
    }

    @Test
    void everyNamedQueryAnswersAndMatchesTheCliCount() throws Exception {
        for (NamedQuery q : QUERIES.all()) {
            HttpResponse<String> r = get("/api/" + q.name() + "?limit=100000&format=csv", "*/*");
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            List<String> want = cli(q.name(), List.of()).lines().toList();
            List<String> got = r.body().lines().toList();
            for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                assertEquals(want.get(i), got.get(i), q.name() + " line " + i);
            }
            assertEquals(want.size(), got.size(), q.name());
        }
    }

    @Test
    void openApiDescribesEveryQueryWithTypedParameters() throws Exception {
        HttpResponse<String> r = get("/api/openapi.json", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject doc = JSON.parse(r.body());
        assertEquals("3.1.0", doc.get("openapi").getAsString().value());
        JsonObject paths = doc.get("paths").getAsObject();
        for (NamedQuery q : QUERIES.all()) {
            assertTrue(paths.hasKey("/api/" + q.name()), q.name());
        }
        JsonObject reappear = paths.get("/api/reappear").getAsObject().get("get").getAsObject();
        assertFalse(reappear.get("summary").getAsString().value().isEmpty());
        JsonValue from = reappear.get("parameters").getAsArray().stream()
                .filter(p -> p.getAsObject().get("name").getAsString().value().equals("from")).findFirst().orElseThrow();
        assertEquals("integer", from.getAsObject().get("schema").getAsObject().get("type").getAsString().value());
        assertEquals(2022, from.getAsObject().get("example").getAsNumber().value().intValue());
        JsonValue industry = paths.get("/api/by-industry").getAsObject().get("get").getAsObject().get("parameters")
                .getAsArray().get(0);
        assertEquals("iri", industry.getAsObject().get("schema").getAsObject().get("format").getAsString().value());
    }

    static String cli(String name, List<String> pairs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get(name), QueryRunner.parseParams(pairs), QueryRunner.Format.csv, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static long countNewlinesInQuotes(String csv) {
        long n = 0;
        boolean q = false;
        for (char c : csv.toCharArray()) {
            if (c == '"') {
                q = !q;
            } else if (q && c == '\n') {
                n++;
            }
        }
        return n;
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
