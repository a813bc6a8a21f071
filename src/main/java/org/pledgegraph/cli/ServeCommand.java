package org.pledgegraph.cli;

import java.util.concurrent.CountDownLatch;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL at http://HOST:PORT/kg/sparql until Ctrl-C.",
                "Read-only unless --allow-updates. The default graph is the union of all named graphs.",
                "Also serves the workbench (/, /search, /sparql, government, entity and document pages at /id/…),",
                "the named queries as a web API at /api/NAME (described at /api/openapi.json), the vocabulary at /ontology",
                "and VoID at /.well-known/void."})
final class ServeCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptions serverOptions;

    @Override
    public Integer call() throws InterruptedException {
        try (GraphStore store = openStore(storeOptions.store)) {
            serve(store, serverOptions);
        }
        return PledgeGraph.OK;
    }

    /** Serves until the JVM is interrupted (Ctrl-C); shared with {@code up}. */
    void serve(GraphStore store, ServerOptions opts) throws InterruptedException {
        if ("0.0.0.0".equals(opts.host)) {
            err().println("warning: --host 0.0.0.0 exposes the endpoint to every network this machine is on");
        }
        SparqlServer.Builder builder = SparqlServer.create(store).host(opts.host).port(opts.port)
                .timeoutMillis(opts.timeoutSeconds * 1000L).maxRows(opts.maxRows).baseUrl(opts.baseUrl)
                .cacheMegabytes(opts.cacheMegabytes)
                .querySlots(opts.querySlots == null ? Runtime.getRuntime().availableProcessors() : opts.querySlots)
                .queries(org.pledgegraph.store.NamedQueries.load(opts.queriesDir));
        if (opts.updatePasswords() != null) {
            builder.updatesWithPasswordFile(opts.updatePasswords());
            err().println("warning: SPARQL Update is enabled at /kg/update for the users of " + opts.passwordFile
                    + "; updates bypass extraction and resolution");
        }
        SparqlServer server = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            // Close the store here: the JVM may halt before the main thread's close, and an unclosed store looks crashed.
            store.close();
            stopped.countDown();
        }, "pledgegraph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.start();
            long docs = store.read(store::documentGraphCount);
            out().printf("pledgegraph: serving %d documents from %s%n", docs, store.dir());
            out().printf("SPARQL endpoint: %s  (%s, query timeout %d s)%n", server.endpoint(),
                    opts.allowUpdates ? "updates with authentication" : "read-only", opts.timeoutSeconds);
            out().printf("Results are cut at %d rows per query (--max-rows).%n", opts.maxRows);
            String root = server.endpoint().replace(SparqlServer.DATASET + "/sparql", "");
            out().printf("Workbench: %s/   web API: %s/api/reappear?from=2022&to=2024   (%s/api/openapi.json)%n",
                    root, root, root);
            out().printf("Entity pages: %s/id/…   VoID: %s/.well-known/void   Vocabulary: %s/ontology%n", root, root, root);
            if (opts.baseUrl != null) {
                out().printf("Links and descriptions use the public base URL %s%n", opts.baseUrl);
            }
            out().printf("try: curl -s %s --data-urlencode 'query=SELECT ?doc ?year { ?doc a <https://w3id.org/pledgegraph/ontology#Document> ; <https://w3id.org/pledgegraph/ontology#year> ?year } ORDER BY ?year' -H 'Accept: text/csv'%n",
                    server.endpoint());
            out().println("Press Ctrl-C to stop.");
            out().flush();
            stopped.await();
        } finally {
            server.close();
        }
    }
}
