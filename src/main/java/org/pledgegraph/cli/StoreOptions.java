package org.pledgegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every store-using verb shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}); created if missing.")
    Path store;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;
}
