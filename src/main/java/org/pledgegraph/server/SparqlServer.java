package org.pledgegraph.server;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.pledgegraph.model.InputException;
import org.pledgegraph.store.GraphStore;

/**
 * Serves a store read-only over the SPARQL 1.1 protocol at {@code /kg/sparql} (and Graph Store reads
 * at {@code /kg/get}), bound to loopback unless told otherwise.
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

    private final FusekiServer fuseki;
    private final String host;

    private SparqlServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
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
    }

    /** Settings with defaults: 127.0.0.1, port 3030, 30 s query timeout. */
    public static final class Builder {
        private final GraphStore store;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private long timeoutMs = DEFAULT_TIMEOUT_MS;

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
            store.queryTimeout(timeoutMs);
            FusekiServer f = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    // allowUpdate=false: no update endpoint; the graph changes only through ingest.
                    .add(DATASET, store.dataset(), false)
                    .build();
            return new SparqlServer(f, loopback ? "127.0.0.1" : "0.0.0.0");
        }
    }
}
