package org.pledgegraph.cli;

import org.pledgegraph.model.InputException;
import picocli.CommandLine.Option;

/** Options of the SPARQL server. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default: this machine only) or 0.0.0.0 (every interface; prints a warning).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Result rows per query at most (default: ${DEFAULT-VALUE}); larger results are cut.")
    long maxRows;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "64",
            description = "Megabytes of page and /api answers kept until the store next changes (default: ${DEFAULT-VALUE}; 0 = off).")
    long cacheMegabytes;

    @Option(names = "--query-slots", paramLabel = "N",
            description = {"Pages and /api answers computed at once (default: one per core; 0 = no limit). Further requests",
                    "wait their turn, first come first served, up to the query timeout: on a few cores this keeps every",
                    "request's wait near the work ahead of it instead of sharing the cores many ways."})
    Integer querySlots;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of named queries served at /api and in the query editor (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path queriesDir;

    /** The password file when updates are enabled, else null; an inconsistent pair is bad usage. */
    java.nio.file.Path updatePasswords() {
        if (allowUpdates && passwordFile == null) {
            throw new InputException("--allow-updates", "needs --password-file FILE; updates are never open to anonymous users");
        }
        if (!allowUpdates && passwordFile != null) {
            throw new InputException("--password-file", "only used with --allow-updates");
        }
        return passwordFile;
    }

    @Option(names = "--base-url", paramLabel = "URL",
            description = {"Public URL this server is reached at (e.g. https://pledgegraph.example.org/, behind a reverse proxy",
                    "that the w3id.org redirects point at). Pages, VoID and API descriptions link there; the IRIs in the",
                    "store stay https://w3id.org/pledgegraph/…. Default: the host and port each request used."})
    String baseUrl;

    @Option(names = "--allow-updates",
            description = "Enable SPARQL Update at /kg/update, for the users of --password-file only (HTTP basic auth).")
    boolean allowUpdates;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "'user: password' lines (Jetty realm format); required by --allow-updates. There is no default password.")
    java.nio.file.Path passwordFile;
}
