package org.pledgegraph.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.pledgegraph.bench.BenchReport.Latency;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.Paging;
import org.pledgegraph.store.QueryRunner;

/**
 * Latency of every named query as a user gets it, one page (the default 100 rows, with the total): one
 * in-process client through {@link QueryRunner} (the page written as TSV to nowhere), then {@value #CLIENTS}
 * concurrent HTTP clients asking the web API ({@code GET /api/NAME?…}) of a {@link SparqlServer} on a free
 * loopback port. Request counts and durations are bounded so a slow query cannot stall the run.
 */
final class QueryBench {
    static final int CLIENTS = 16;
    /**
     * Values for the parameters the named queries declare; a research question's typical slice. `name`
     * (timeline) is added per store: the label of the most-mentioned entity.
     */
    static final Map<String, String> PARAMS = Map.of("from", "2022", "to", "2024", "year", "2022", "phrase", "产业");
    /**
     * Per-query timeout, in process and in the server: a query slower than this counts as an error at
     * this latency, and the run stays bounded (without it one slow query at 100× took minutes).
     */
    static final long TIMEOUT_MS = 5_000;
    /** System property: megabytes of the server's answer cache in the bench (default the server's own; 0 = off). */
    static final String CACHE_PROPERTY = "bench.cacheMb";

    static long cacheMegabytes() {
        return Long.getLong(CACHE_PROPERTY, org.pledgegraph.store.AnswerCache.DEFAULT_MEGABYTES);
    }

    /** System property: answers the bench's server computes at once (default one per core; 0 = no limit). */
    static final String SLOTS_PROPERTY = "bench.querySlots";

    static int querySlots() {
        return Integer.getInteger(SLOTS_PROPERTY, Runtime.getRuntime().availableProcessors());
    }

    private final BenchConfig config;
    private final PrintWriter progress;

    QueryBench(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    /**
     * Every named query alone (one client in process, then {@value #CLIENTS} over HTTP); with
     * {@code mixedSeconds > 0} also the mixed run: {@value #CLIENTS} clients sending every query in turn.
     */
    List<Latency> run(int scale, GraphStore store, int mixedSeconds) {
        return run(scale, store, mixedSeconds, config.quick() ? 4 : CLIENTS, true);
    }

    /**
     * As {@link #run(int, GraphStore, int)} with {@code clients} HTTP clients per query, the workbench pages only
     * if {@code pages}. The server keeps answers ({@link org.pledgegraph.store.AnswerCache}) unless the system
     * property {@value #CACHE_PROPERTY} is 0 (megabytes); in-process runs never go through it.
     */
    List<Latency> run(int scale, GraphStore store, int mixedSeconds, int clients, boolean pages) {
        List<NamedQuery> queries = NamedQueries.load(config.queries()).all();
        List<Latency> out = new ArrayList<>();
        if (queries.isEmpty()) {
            progress.println("queries: none in " + config.queries());
            return out;
        }
        Map<String, String> params = params(store);
        store.queryTimeout(TIMEOUT_MS);
        QueryRunner runner = new QueryRunner(store);
        java.util.Set<String> timedOut = new java.util.HashSet<>();
        for (NamedQuery q : queries) {
            Latency single = inProcess(scale, q, params, runner);
            out.add(single);
            // Some plans overrun the timeout without failing (ARQ checks it between iterator steps only).
            if (single.errors() > 0 || single.p50Millis() >= TIMEOUT_MS) {
                timedOut.add(q.name());
            }
        }
        // The server shares the store's dataset; it is read-only, so the timings see the same data.
        try (SparqlServer server = SparqlServer.create(store).port(0).timeoutMillis(TIMEOUT_MS).cacheMegabytes(cacheMegabytes())
                .querySlots(querySlots())
                .queries(NamedQueries.load(config.queries())).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (NamedQuery q : queries) {
                if (timedOut.contains(q.name())) {
                    // A query that times out for one client only saturates the server for 16 (its runs
                    // outlive the timeout and delay every later query), so it is reported, not measured.
                    progress.printf("query %d× %-12s HTTP       skipped: times out with one client%n", scale, q.name());
                    out.add(new Latency(scale, q.name(), describe(q, params), "HTTP (skipped: ≥ timeout in-process)",
                            clients, 0, 0, -1, Double.NaN, Double.NaN));
                    continue;
                }
                out.add(concurrent(scale, q, params, server.endpoint(), http, clients, queries.size()));
            }
            // The workbench pages on the same server and clients.
            if (pages) {
                out.addAll(new PageBench(config, progress).run(scale, store, server, http, clients));
            }
        }
        if (mixedSeconds > 0) {
            // The mixed run is what a served store sees, so it runs with the server's default timeout.
            try (SparqlServer server = SparqlServer.create(store).port(0).queries(NamedQueries.load(config.queries()))
                    .cacheMegabytes(cacheMegabytes()).querySlots(querySlots()).build().start()) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                out.addAll(mixed(scale, queries, params, server.endpoint(), http, clients, mixedSeconds));
            } finally {
                store.queryTimeout(TIMEOUT_MS);
            }
        }
        return out;
    }

    /**
     * The mixed run alone ({@code StoreQueryBench STORE SECONDS QUERIES mixed CLIENTS}): {@code clients} clients
     * sending every named query in turn for {@code seconds} against a server with the default settings, from its
     * first request on (with {@code -Dbench.cacheMb=0} every request is computed, else the answer cache fills).
     */
    List<Latency> mixedOnly(int scale, GraphStore store, int seconds, int clients) {
        List<NamedQuery> queries = NamedQueries.load(config.queries()).all();
        Map<String, String> params = params(store);
        try (SparqlServer server = SparqlServer.create(store).port(0).queries(NamedQueries.load(config.queries()))
                .cacheMegabytes(cacheMegabytes()).querySlots(querySlots()).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            return mixed(scale, queries, params, server.endpoint(), http, clients, seconds);
        }
    }

    /** {@link #PARAMS} plus `name`: the label of the entity with the most mentions, if any. */
    private static Map<String, String> params(GraphStore store) {
        Map<String, String> params = new java.util.TreeMap<>(PARAMS);
        store.read(() -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?label WHERE { ?e pg:mentionCount ?n ; rdfs:label ?label } ORDER BY DESC(?n) ?label LIMIT 1
                    """).build()) {
                var rows = qe.select();
                if (rows.hasNext()) {
                    params.put("name", rows.next().get("label").getLiteralLexicalForm());
                }
            }
            return null;
        });
        return params;
    }

    /**
     * The load a shared endpoint sees: every client sends every named query in turn (each client starting
     * at a different query) until {@code seconds} have passed. One row per query and one for all requests;
     * a failed or timed-out request is an error.
     */
    private List<Latency> mixed(int scale, List<NamedQuery> queries, Map<String, String> params, String endpoint,
                                HttpClient http, int clients, int seconds) {
        List<HttpRequest> requests = queries.stream().map(q -> apiRequest(endpoint, q, params)).toList();
        Map<String, List<Double>> ms = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new java.util.concurrent.ConcurrentHashMap<>();
        queries.forEach(q -> {
            ms.put(q.name(), Collections.synchronizedList(new ArrayList<>()));
            errors.put(q.name(), new AtomicInteger());
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        progress.printf("query %d× mixed: %d clients × %d queries for %d s%n", scale, clients, queries.size(), seconds);
        progress.flush();
        runClients(clients, c -> () -> {
            for (int i = c; System.nanoTime() < deadline; i++) {
                NamedQuery q = queries.get(i % queries.size());
                long t0 = System.nanoTime();
                boolean ok = send(http, requests.get(i % queries.size()));
                ms.get(q.name()).add(Stats.millis(System.nanoTime() - t0));
                if (!ok) {
                    errors.get(q.name()).incrementAndGet();
                }
            }
        }, () -> { });
        String mode = "HTTP mixed " + seconds + " s, timeout " + SparqlServer.DEFAULT_TIMEOUT_MS / 1000 + " s";
        List<Latency> out = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        int allErrors = 0;
        for (NamedQuery q : queries) {
            List<Double> mine = List.copyOf(ms.get(q.name()));
            all.addAll(mine);
            allErrors += errors.get(q.name()).get();
            out.add(report(new Latency(scale, q.name(), describe(q, params), mode, clients, mine.size(),
                    errors.get(q.name()).get(), -1, Stats.percentile(mine, 50), Stats.percentile(mine, 99))));
        }
        out.add(report(new Latency(scale, "(all)", "", mode, clients, all.size(), allErrors, -1,
                Stats.percentile(all, 50), Stats.percentile(all, 99))));
        return out;
    }

    /**
     * {@code GET /api/NAME?param=value…}: the first page (100 rows) with the total, as the workbench and API
     * users ask. {@code endpoint} is the SPARQL endpoint of the same server.
     */
    static HttpRequest apiRequest(String endpoint, NamedQuery q, Map<String, String> values) {
        StringBuilder url = new StringBuilder(URI.create(endpoint).resolve("/api/" + q.name()).toString()).append('?');
        for (String pair : paramPairs(q, values)) {
            int eq = pair.indexOf('=');
            url.append(URLEncoder.encode(pair.substring(0, eq), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8)).append('&');
        }
        return HttpRequest.newBuilder(URI.create(url.append("format=tsv").toString()))
                .timeout(Duration.ofMillis(SparqlServer.DEFAULT_TIMEOUT_MS + 5_000)).GET().build();
    }

    /** In-process warm-up per query: at least this many requests … */
    static final int WARM_UP_MIN = 5;
    /** … and this long … */
    static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** … but no more requests than this. */
    static final int WARM_UP_MAX = 100;

    private Latency inProcess(int scale, NamedQuery q, Map<String, String> values, QueryRunner runner) {
        var params = QueryRunner.parseParams(paramPairs(q, values));
        int max = config.quick() ? 2 : 30;
        long budget = config.quick() ? 0 : TimeUnit.SECONDS.toNanos(3);
        // Warm-up: parse caches, the TDB2 node cache and JIT are a first query's cost, not latency. One request was
        // not enough: C2 keeps compiling a query's path for its first 10-20 runs (per-request times of `completed`
        // on the 1,045-document store fell from 1.3 s to tens of ms only after them), so the 30 timed runs
        // measured compilation. Now at least WARM_UP_MIN requests and WARM_UP_NANOS, at most WARM_UP_MAX.
        long[] first = timed(runner, q, params);
        long rows = first[1];
        int warmUps = 1;
        long warmStart = System.nanoTime();
        while (!config.quick() && warmUps < WARM_UP_MAX
                && (warmUps < WARM_UP_MIN || System.nanoTime() - warmStart < WARM_UP_NANOS)) {
            timed(runner, q, params);
            warmUps++;
        }
        progress.printf("query %d× %-12s warm-up: %d requests, the first %.1f ms%n", scale, q.name(), warmUps,
                Stats.millis(first[0]));
        List<Double> ms = new ArrayList<>();
        int errors = 0;
        long start = System.nanoTime();
        while (ms.size() < max && (ms.isEmpty() || System.nanoTime() - start < budget)) {
            long[] r = timed(runner, q, params);
            ms.add(Stats.millis(r[0]));
            errors += r[1] < 0 ? 1 : 0;
        }
        return report(new Latency(scale, q.name(), describe(q, values), "in-process", 1, ms.size(), errors, rows,
                Stats.percentile(ms, 50), Stats.percentile(ms, 99)));
    }

    /** {nanoseconds, rows}; rows is -1 when the query failed or timed out. */
    private static long[] timed(QueryRunner runner, NamedQuery q, Map<String, Node> params) {
        long t0 = System.nanoTime();
        long rows;
        try {
            rows = runner.run(q, params, QueryRunner.Format.tsv, OutputStream.nullOutputStream(), Paging.first());
        } catch (RuntimeException e) {
            // Jena's QueryCancelledException on timeout: an error at the timeout's latency.
            rows = -1;
        }
        return new long[] {System.nanoTime() - t0, rows};
    }

    private Latency concurrent(int scale, NamedQuery q, Map<String, String> params, String endpoint, HttpClient http,
                               int clients, int queries) {
        HttpRequest request = apiRequest(endpoint, q, params);
        int perClient = config.quick() ? 2 : 50;
        // At most ~20 s of concurrent load per scale, shared between the queries.
        long budget = config.quick() ? 0 : TimeUnit.SECONDS.toNanos(Math.max(2, 20 / queries));
        Sample sample = hammer(http, request, clients, perClient, budget);
        return report(new Latency(scale, q.name(), describe(q, params), "HTTP", clients, sample.millis().size(),
                sample.errors(), -1, Stats.percentile(sample.millis(), 50), Stats.percentile(sample.millis(), 99)));
    }

    /** Latencies (ms) of every request sent and how many failed. */
    record Sample(List<Double> millis, int errors) {
    }

    /**
     * After one warm-up request (connection, server-side caches), {@code clients} clients start together and each
     * sends {@code request} up to {@code perClient} times while under {@code budget} nanoseconds (at least once).
     */
    static Sample hammer(HttpClient http, HttpRequest request, int clients, int perClient, long budget) {
        send(http, request);
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        long[] start = new long[1];
        runClients(clients, c -> () -> {
            go.await();
            for (int i = 0; i < perClient && (i == 0 || System.nanoTime() - start[0] < budget); i++) {
                long t0 = System.nanoTime();
                boolean ok = send(http, request);
                ms.add(Stats.millis(System.nanoTime() - t0));
                if (!ok) {
                    errors.incrementAndGet();
                }
            }
        }, () -> {
            start[0] = System.nanoTime();
            go.countDown();
        });
        return new Sample(List.copyOf(ms), errors.get());
    }

    /** One client's loop; may block (a start latch). */
    interface Client {
        void run() throws InterruptedException;
    }

    /**
     * Runs {@code clients} client loops on their own threads, calls {@code started} once all are submitted,
     * and waits for every loop to end.
     */
    static void runClients(int clients, java.util.function.IntFunction<Client> client, Runnable started) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Client loop = client.apply(c);
                done.add(pool.submit(() -> {
                    loop.run();
                    return null;
                }));
            }
            started.run();
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("HTTP client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static boolean send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Latency report(Latency l) {
        progress.printf("query %d× %-12s %-10s %2d client(s): %d requests, p50 %.1f ms, p99 %.1f ms%s%n", l.scale(),
                l.query(), l.mode(), l.clients(), l.requests(), l.p50Millis(), l.p99Millis(),
                l.errors() > 0 ? ", " + l.errors() + " errors" : "");
        progress.flush();
        return l;
    }

    /** The declared parameters we have values for; others stay unbound (the query then spans all values). */
    static List<String> paramPairs(NamedQuery q, Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        for (String p : q.params()) {
            if (values.containsKey(p)) {
                pairs.add(p + "=" + values.get(p));
            }
        }
        return pairs;
    }

    static String describe(NamedQuery q, Map<String, String> values) {
        return String.join(" ", paramPairs(q, values));
    }

    /** The query text with parameters substituted exactly as {@link QueryRunner} binds them in process. */
    static String boundText(NamedQuery q, Map<String, String> values) {
        Map<Var, Node> vars = new LinkedHashMap<>();
        QueryRunner.parseParams(paramPairs(q, values)).forEach((k, v) -> vars.put(Var.alloc(k), v));
        String text = QueryTransformOps.syntaxSubstitute(q.query(), vars).toString();
        try {
            org.apache.jena.query.QueryFactory.create(text);
            return text;
        } catch (org.apache.jena.query.QueryParseException e) {
            // Some substituted queries (a parameter projected by grouped sub-selects) do not serialise
            // back to SPARQL; a VALUES block at the top of WHERE binds the same values and always does.
            return QueryRunner.withValues(q.query(), QueryRunner.parseParams(paramPairs(q, values))).toString();
        }
    }
}
