package org.pledgegraph.cli;

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
}
