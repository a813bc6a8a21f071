package org.pledgegraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"First run: ingest seeds/ into the store if it is empty, then serve SPARQL and the workbench (http://HOST:PORT/).",
                "On later runs the store is served as it is (use 'ingest' to add or refresh documents)."})
final class UpCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ServerOptions serverOptions;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Documents to ingest into an empty store (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Override
    public Integer call() throws InterruptedException {
        serverOptions.updatePasswords(); // bad server flags fail before a long ingest
        try (GraphStore store = openStore(storeOptions.store)) {
            if (store.isEmpty()) {
                err().println("store " + store.dir() + " is empty: ingesting " + seeds);
                IngestCommand ingest = new IngestCommand();
                ingest.spec = spec;
                ingest.run(store, List.of(seeds), false, false);
            }
            ServeCommand serve = new ServeCommand();
            serve.spec = spec;
            serve.serve(store, serverOptions);
        }
        return PledgeGraph.OK;
    }
}
