package org.pledgegraph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.exec.QueryExec;
import org.pledgegraph.bench.BenchReport.Latency;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/**
 * Latency of the workbench pages as a browser gets them (the HTML in full, no assets): home, search, the
 * government with the most documents, the most-mentioned entity, the document with the most mentions, the
 * query editor. {@value QueryBench#CLIENTS} concurrent clients ask one page at a time, as for the API; the
 * issue's aim is p99 under 300 ms at 1,000 documents.
 */
final class PageBench {
    private final BenchConfig config;
    private final java.io.PrintWriter progress;

    PageBench(BenchConfig config, java.io.PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    /** The pages to time, by label; a page whose subject the store lacks (no government) is left out. */
    static Map<String, String> pages(GraphStore store) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "/");
        pages.put("/search", "/search?q=" + URLEncoder.encode("产业", StandardCharsets.UTF_8));
        String place = first(store, """
                SELECT ?x WHERE { ?d a pg:Document ; dct:spatial ?x } GROUP BY ?x ORDER BY DESC(COUNT(?d)) ?x LIMIT 1""");
        if (place != null) {
            pages.put("government", path(place));
            pages.put("government tracker 2022→2024", path(place) + "?from=2022&to=2024#tracker");
        }
        String entity = first(store, """
                SELECT ?x WHERE { ?x pg:mentionCount ?n ; rdfs:label ?l } ORDER BY DESC(?n) ?x LIMIT 1""");
        if (entity != null) {
            pages.put("entity (most mentioned)", path(entity));
        }
        String doc = first(store, """
                SELECT ?x WHERE { ?x a pg:Document ; pg:mentionCount ?n } ORDER BY DESC(?n) ?x LIMIT 1""");
        if (doc != null) {
            pages.put("document (most mentions)", path(doc));
        }
        pages.put("/sparql", "/sparql?name=reappear&from=2022&to=2024");
        return pages;
    }

    /** The server path of a resource IRI (its /id/… part: the server answers for the data's base). */
    static String path(String iri) {
        int id = iri.indexOf("/id/");
        return id < 0 ? iri : iri.substring(id);
    }

    private static String first(GraphStore store, String select) {
        String q = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\nPREFIX dct: <http://purl.org/dc/terms/>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + select;
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(q).build()) {
                var rows = qe.select();
                org.apache.jena.graph.Node n = rows.hasNext() ? rows.next().get("x") : null;
                return n != null && n.isURI() ? n.getURI() : null;
            }
        });
    }

    List<Latency> run(int scale, GraphStore store, SparqlServer server, HttpClient http, int clients) {
        List<Latency> out = new ArrayList<>();
        String root = "http://127.0.0.1:" + server.port();
        for (Map.Entry<String, String> page : pages(store).entrySet()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(root + page.getValue().replaceFirst("#.*", "")))
                    .header("Accept", "text/html").timeout(Duration.ofMillis(SparqlServer.DEFAULT_TIMEOUT_MS + 5_000))
                    .GET().build();
            out.add(concurrent(scale, page.getKey(), page.getValue(), request, http, clients));
        }
        return out;
    }

    private Latency concurrent(int scale, String label, String path, HttpRequest request, HttpClient http, int clients) {
        int perClient = config.quick() ? 2 : 50;
        long budget = config.quick() ? 0 : TimeUnit.SECONDS.toNanos(5);
        QueryBench.Sample sample = QueryBench.hammer(http, request, clients, perClient, budget);
        Latency l = new Latency(scale, "page " + label, path, "HTTP page", clients, sample.millis().size(),
                sample.errors(), -1, Stats.percentile(sample.millis(), 50), Stats.percentile(sample.millis(), 99));
        progress.printf("page %d× %-28s %2d clients: %d requests, p50 %.1f ms, p99 %.1f ms%s%n", scale, label, clients,
                l.requests(), l.p50Millis(), l.p99Millis(), l.errors() > 0 ? ", " + l.errors() + " errors" : "");
        progress.flush();
        return l;
    }
}
