package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

class SparqlServerIT {
    private static final String DOCS = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT ?year { ?d a pg:Document ; pg:year ?year } ORDER BY ?year""";

    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.serving(b -> b);
    static GraphStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SEEDED.graphStore();
        server = SEEDED.server();
    }

    @Test
    void getQueryOnDefaultGraphSeesTheUnionOfDocuments() throws Exception {
        String url = server.endpoint() + "?query=" + URLEncoder.encode(DOCS, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("year\r\n2021\r\n2022\r\n2022\r\n2024\r\n2026\r\n", r.body());
    }

    @Test
    void postQueryAnswersJson() throws Exception {
        HttpResponse<String> r = post(server.endpoint(), "query=" + URLEncoder.encode(DOCS, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"2026\""), r.body());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8);
        HttpResponse<String> viaUpdate = post("http://127.0.0.1:" + server.port() + "/kg/update", update, "*/*");
        HttpResponse<String> viaDataset = post("http://127.0.0.1:" + server.port() + "/kg", update, "*/*");
        assertNotEquals(200, viaUpdate.statusCode());
        assertNotEquals(200, viaDataset.statusCode());
        assertNotEquals(204, viaDataset.statusCode());
        long docs = store.read(() -> store.graphNames().stream().filter(g -> g.getURI().contains("/document/")).count());
        assertEquals(5, docs);
    }

    @Test
    void malformedQueryIsABadRequest() throws Exception {
        HttpResponse<String> r = post(server.endpoint(), "query=" + URLEncoder.encode("SELEKT * {", StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(400, r.statusCode());
    }

    private static HttpResponse<String> post(String url, String form, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
