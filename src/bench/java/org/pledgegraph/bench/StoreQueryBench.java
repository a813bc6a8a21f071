package org.pledgegraph.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.store.GraphStore;

/**
 * The query part of the bench alone, against a store that already exists (e.g. one ingested from the
 * local corpus), so query latency can be re-measured without re-ingesting:
 * <pre>
 *   java -cp target/pledgegraph.jar:target/pledgegraph-bench.jar org.pledgegraph.bench.StoreQueryBench \
 *       STORE [MIXED_SECONDS] [QUERIES_DIR] [pages|queries|mixed [CLIENTS]]
 * </pre>
 * {@code -Dbench.cacheMb=0} serves without the answer cache (every request computed); {@code -Dbench.querySlots=N}
 * computes N answers at once (default one per core, 0 = no limit).
 * Prints one line per measurement (in-process page, 16 HTTP clients on /api, the workbench pages, the mixed
 * run); with {@code pages}, only the workbench pages (16 HTTP clients each, or {@code CLIENTS}); with {@code mixed},
 * only the mixed run ({@code CLIENTS} clients, every named query in turn, {@code MIXED_SECONDS} long).
 */
public final class StoreQueryBench {
    private StoreQueryBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: StoreQueryBench STORE [MIXED_SECONDS] [QUERIES_DIR] [pages|queries|mixed [CLIENTS]]");
            System.exit(2);
        }
        int mixed = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path queries = Path.of(args.length > 2 ? args[2] : "queries");
        PrintWriter progress = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        BenchConfig config = new BenchConfig(List.of(1), Path.of("."), queries, null,
                Runtime.getRuntime().availableProcessors(), false, mixed);
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            long docs = store.read(() -> {
                long[] n = {0};
                store.datasetGraph().find(null, null, org.pledgegraph.rdf.PG.rdfType, org.pledgegraph.rdf.PG.Document)
                        .forEachRemaining(q -> n[0]++);
                return n[0];
            });
            progress.println("store " + args[0] + ": " + docs + " document records (union: counted per graph)");
            if (args.length > 3 && args[3].equals("pages")) {
                try (org.pledgegraph.server.SparqlServer server = org.pledgegraph.server.SparqlServer.create(store).port(0)
                        .cacheMegabytes(QueryBench.cacheMegabytes()).querySlots(QueryBench.querySlots())
                        .queries(org.pledgegraph.store.NamedQueries.load(queries)).build().start()) {
                    new PageBench(config, progress).run(1, store, server, java.net.http.HttpClient.newBuilder()
                            .version(java.net.http.HttpClient.Version.HTTP_1_1).build(),
                            args.length > 4 ? Integer.parseInt(args[4]) : QueryBench.CLIENTS);
                }
                return;
            }
            if (args.length > 3 && args[3].equals("mixed")) {
                // The mixed run alone, MIXED_SECONDS long (each query computed on its first request, or on every
                // request with -Dbench.cacheMb=0), with its error count.
                new QueryBench(config, progress).mixedOnly(1, store, mixed, args.length > 4 ? Integer.parseInt(args[4])
                        : QueryBench.CLIENTS);
                return;
            }
            if (args.length > 3 && args[3].equals("queries")) {
                // The named queries only: in process, then CLIENTS over HTTP, then the mixed run (if MIXED_SECONDS > 0).
                new QueryBench(config, progress).run(1, store, mixed, args.length > 4 ? Integer.parseInt(args[4])
                        : QueryBench.CLIENTS, false);
                return;
            }
            new QueryBench(config, progress).run(1, store, mixed);
        }
    }
}
