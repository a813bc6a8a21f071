package org.pledgegraph.server;

import java.util.Objects;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.pledgegraph.model.InputException;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.AnswerCache;
import org.pledgegraph.store.ComputeSlots;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;

/**
 * Serves a store over the SPARQL 1.1 protocol at {@code /kg/sparql} (and Graph Store reads at
 * {@code /kg/get}), entity and document pages at {@code /id/…}, the vocabulary at {@code /ontology},
 * VoID and schema.org at {@code /.well-known/void} and dumps at {@code /download/…};
 * bound to loopback and read-only unless told otherwise.
 * <pre>
 *   try (SparqlServer s = SparqlServer.create(store).port(0).build().start()) {
 *       String url = s.endpoint();   // http://127.0.0.1:PORT/kg/sparql
 *   }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_MAX_ROWS = 100_000;

    private final FusekiServer fuseki;
    private final String host;
    /** The update users, re-read when the file changes; null without updates. */
    private final PropertyUserStore users;

    private SparqlServer(FusekiServer fuseki, String host, PropertyUserStore users) {
        this.fuseki = fuseki;
        this.host = host;
        this.users = users;
    }

    public static Builder create(GraphStore store) {
        return new Builder(store);
    }

    public SparqlServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The query endpoint URL. */
    public String endpoint() {
        String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
        return "http://" + h + ":" + port() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
        if (users != null) {
            // Not a bean of the Jetty server, so stopping the server leaves its file scanner running.
            LifeCycle.stop(users);
        }
    }

    /**
     * The workbench routes: home, search, the query editor, the web API (with its OpenAPI description) and
     * the vendored assets. The SPARQL protocol (/kg), linked data (/id, where a place is a government page)
     * and VoID are registered in {@link Builder#build}.
     */
    private static void addWorkbench(FusekiServer.Builder b, GraphStore store, NamedQueries queries, String base,
            long maxRows, AnswerCache cache) {
        WorkbenchServlet pages = new WorkbenchServlet(store, queries, base, cache);
        b.addServlet("", pages)
                .addServlet("/search", pages)
                .addServlet("/sparql", pages)
                .addServlet("/api/*", new ApiServlet(store, queries, maxRows, cache))
                .addServlet("/assets/*", new AssetServlet());
    }

    /** Settings with defaults: 127.0.0.1, port 3030, 30 s query timeout. */
    public static final class Builder {
        private final GraphStore store;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private long timeoutMs = DEFAULT_TIMEOUT_MS;
        private long maxRows = DEFAULT_MAX_ROWS;
        private Path passwordFile;
        private IriMinter iris = IriMinter.defaults();
        private PublicRoot publicRoot = new PublicRoot(null);
        private NamedQueries queries;
        private long cacheMegabytes = AnswerCache.DEFAULT_MEGABYTES;
        private int querySlots = Runtime.getRuntime().availableProcessors();

        private Builder(GraphStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** 127.0.0.1/localhost (default) or 0.0.0.0 for every interface. */
        public Builder host(String h) {
            this.host = h;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int p) {
            this.port = p;
            return this;
        }

        public Builder timeoutMillis(long ms) {
            this.timeoutMs = ms;
            return this;
        }

        /** Result rows per query at most; larger results are cut (a LIMIT is applied). */
        public Builder maxRows(long rows) {
            this.maxRows = rows;
            return this;
        }

        /** Enables SPARQL Update at /kg/update for the users of this password file (HTTP basic auth). */
        public Builder updatesWithPasswordFile(Path file) {
            this.passwordFile = file;
            return this;
        }

        public Builder iris(IriMinter i) {
            this.iris = Objects.requireNonNull(i, "iris");
            return this;
        }

        /**
         * The public URL this server is reached at (e.g. behind a reverse proxy the w3id.org redirects point
         * at); pages, VoID and API descriptions link there. Default: whatever host and port a request used.
         */
        public Builder baseUrl(String url) {
            this.publicRoot = new PublicRoot(url);
            return this;
        }

        /** The named queries served at /api (default: the queries/ folder of the working directory). */
        public Builder queries(NamedQueries q) {
            this.queries = Objects.requireNonNull(q, "queries");
            return this;
        }

        /** Megabytes of answers kept until the store next changes ({@link AnswerCache}); 0 computes every request. */
        public Builder cacheMegabytes(long mb) {
            this.cacheMegabytes = mb;
            return this;
        }

        /**
         * Answers of pages and /api computed at once (default: one per core; 0 = no limit); further requests wait
         * their turn, up to the query timeout ({@link ComputeSlots}). The SPARQL endpoint is not counted.
         */
        public Builder querySlots(int n) {
            this.querySlots = n;
            return this;
        }

        public SparqlServer build() {
            boolean loopback = switch (host) {
                case "127.0.0.1", "localhost" -> true;
                case "0.0.0.0" -> false;
                default -> throw new InputException("--host", "'" + host
                        + "' is not supported; use 127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface)");
            };
            if (port < 0 || port > 65535) {
                throw new InputException("--port", "port must be 0-65535, got " + port);
            }
            if (timeoutMs <= 0) {
                throw new InputException("--timeout", "timeout must be positive, got " + timeoutMs);
            }
            if (maxRows < 1) {
                throw new InputException("--max-rows", "must be positive, got " + maxRows);
            }
            if (cacheMegabytes < 0) {
                throw new InputException("--cache-mb", "must be 0 (off) or more, got " + cacheMegabytes);
            }
            if (querySlots < 0) {
                throw new InputException("--query-slots", "must be 0 (no limit) or more, got " + querySlots);
            }
            store.queryTimeout(timeoutMs);
            AnswerCache cache = new AnswerCache(store, cacheMegabytes << 20, ComputeSlots.of(querySlots, timeoutMs));
            // No SERVICE calls from our server to arbitrary hosts on a client's behalf.
            store.dataset().getContext().set(ARQ.httpServiceAllowed, false);
            PlacesScheme places = new PlacesScheme();
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new RowCappedQuery(maxRows))
                    // allowUpdate=false: no update endpoint unless added below behind authentication.
                    .add(DATASET, store.dataset(), false)
                    .addServlet("/id/*", new LinkedDataServlet(store, iris.base(), publicRoot, places, cache))
                    .addServlet("/.well-known/void", new VoidServlet(store, iris, publicRoot))
                    .addServlet("/" + DumpServlet.PATH + "*", new DumpServlet(store));
            VocabularyServlet vocabulary = new VocabularyServlet(store, publicRoot, iris.base(), places);
            for (String spec : vocabulary.pathSpecs()) {
                b.addServlet(spec, vocabulary);
            }
            addWorkbench(b, store, queries == null ? NamedQueries.load(Path.of("queries")) : queries, iris.base(), maxRows, cache);
            PropertyUserStore users = null;
            if (passwordFile != null) {
                PasswordFile pw = PasswordFile.read(passwordFile);
                users = userStore(passwordFile);
                // Our own user store rather than Fuseki's passwordFile(), whose store is never stopped.
                b.securityHandler(JettySecurityLib.makeSecurityHandler("pledgegraph", users, AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC).realm("pledgegraph")
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(pw.users()));
            }
            FusekiServer fuseki = b.build();
            // Jetty's idle timeout (30 s by default) would otherwise cut a connection whose query is still
            // within its own timeout, and the client would see a reset instead of the timeout's answer.
            for (var c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof org.eclipse.jetty.server.AbstractConnector connector) {
                    connector.setIdleTimeout(Math.max(connector.getIdleTimeout(), timeoutMs + 30_000));
                }
            }
            return new SparqlServer(fuseki, loopback ? "127.0.0.1" : "0.0.0.0", users);
        }

        /** The file's users, re-read every 5 s as Fuseki's own password file is (a changed password applies). */
        private static PropertyUserStore userStore(Path file) {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(ResourceFactory.root().newResource(file.toAbsolutePath()));
            users.setReloadInterval(5);
            try {
                users.start();
            } catch (Exception e) {
                throw new InputException(file.toString(), "cannot read password file: " + e.getMessage());
            }
            return users;
        }
    }
}
