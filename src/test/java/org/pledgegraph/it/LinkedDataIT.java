package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/** Entity and document pages, VoID, escaping, path checks and authenticated updates, over real HTTP. */
class LinkedDataIT {
    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.store();
    static GraphStore store;
    static SparqlServer server;
    static String root;
    static String entityPath;
    static final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeAll
    static void start() throws Exception {
        store = SEEDED.graphStore();
        Path hostile = SEEDED.dir().resolve("hostile");
        Files.createDirectories(hostile);
        // a named park (the candidate judge drops a bare category such as 数字经济产业园)
        Files.writeString(hostile.resolve("hostile-2023.txt"),
                "2023年政府工作报告\n\n今年要加快推进青松湖数字经济产业园建设<script>alert(1)</script>。\n");
        Ingest.create(store).run(List.of(hostile), IngestListener.NONE);
        Path pw = SEEDED.dir().resolve("passwords");
        Files.writeString(pw, "curator: correct-horse-battery\n");
        server = SparqlServer.create(store).port(0).updatesWithPasswordFile(pw).build().start();
        root = "http://127.0.0.1:" + server.port();
        entityPath = store.read(() -> {
            var it = store.datasetGraph().find(null, null, org.pledgegraph.rdf.PG.rdfType, org.pledgegraph.rdf.PG.type(
                    org.pledgegraph.model.EntityType.PARK));
            return it.next().getSubject().getURI().replace("https://w3id.org/pledgegraph", "");
        });
    }

    @Test
    void entityAnswersHtmlWithItsTimeline() throws Exception {
        HttpResponse<String> r = get(entityPath, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<h2>Timeline ("), r.body());
        assertTrue(r.body().contains("<q>"), "no quoted sentence");
    }

    @Test
    void entityAnswersTurtleJsonLdAndNTriplesThatParse() throws Exception {
        for (String[] pair : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
                {"application/n-triples", "NT"}}) {
            HttpResponse<String> r = get(entityPath, pair[0]);
            assertEquals(200, r.statusCode(), pair[0]);
            Graph g = GraphFactory.createDefaultGraph();
            Lang lang = switch (pair[1]) {
                case "TTL" -> Lang.TURTLE;
                case "JSONLD" -> Lang.JSONLD;
                default -> Lang.NTRIPLES;
            };
            RDFParser.source(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
            assertTrue(g.size() > 3, pair[0] + " gave " + g.size() + " triples");
        }
    }

    @Test
    void documentPageEscapesMarkupFromTheDocument() throws Exception {
        HttpResponse<String> r = get("/id/document/hostile-2023", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), r.body());
        assertFalse(r.body().contains("<script>alert"), "markup from a document reached the page");
    }

    @Test
    void unknownIdIs404AndTraversalIsRefused() throws Exception {
        assertEquals(404, get("/id/project/doesnotexist", "text/html").statusCode());
        for (String bad : new String[] {"/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/project/a%2Fb"}) {
            int code = get(bad, "text/html").statusCode();
            assertTrue(code == 400 || code == 404, bad + " gave " + code);
        }
    }

    @Test
    void voidDescribesTheDatasetAndItsEndpoint() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("void:sparqlEndpoint"), r.body());
        assertTrue(r.body().contains("void:triples"), r.body());
        assertTrue(r.body().contains(root + "/kg/sparql"), r.body());
    }

    @Test
    void anonymousUpdateIsRefusedAuthenticatedUpdateWorks() throws Exception {
        String form = "update=" + URLEncoder.encode(
                "INSERT DATA { GRAPH <urn:x-test:curation> { <urn:x-test:a> <urn:x-test:b> \"c\" } }", StandardCharsets.UTF_8);
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(root + "/kg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        assertEquals(401, http.send(req.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(hasTestTriple());
        String wrong = Base64.getEncoder().encodeToString("curator:guess".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, http.send(req.copy().header("Authorization", "Basic " + wrong).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        String right = Base64.getEncoder().encodeToString("curator:correct-horse-battery".getBytes(StandardCharsets.UTF_8));
        int ok = http.send(req.copy().header("Authorization", "Basic " + right).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(ok == 200 || ok == 204, "authenticated update gave " + ok);
        assertTrue(hasTestTriple());
    }

    @Test
    void runawayQueryIsStoppedAndTheServerKeepsAnswering() throws Exception {
        {
            // A cross product of the whole store: far beyond any timeout; COUNT keeps it from streaming.
            String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            SparqlServer quick = SparqlServer.create(store).port(0).timeoutMillis(500).build().start();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(quick.endpoint() + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() >= 500 || !r.body().contains("\"n\""), "runaway query finished: " + r.statusCode());
                HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(quick.endpoint() + "?query="
                        + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, after.statusCode());
            } finally {
                quick.close();
                store.queryTimeout(SparqlServer.DEFAULT_TIMEOUT_MS);
            }
        }
    }

    @Test
    void resultsAreCutAtTheRowCap() throws Exception {
        SparqlServer capped = SparqlServer.create(store).port(0).maxRows(7).build().start();
        try {
            for (String q : new String[] {"SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o } LIMIT 1000"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(capped.endpoint() + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertEquals(1 + 7, r.body().strip().split("\r\n").length, q);
            }
            HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(capped.endpoint() + "?query="
                    + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(1 + 3, small.body().strip().split("\r\n").length, "a smaller LIMIT is kept");
        } finally {
            capped.close();
        }
    }

    private static boolean hasTestTriple() {
        return store.read(() -> store.datasetGraph().containsGraph(org.apache.jena.graph.NodeFactory.createURI("urn:x-test:curation")));
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
