package org.pledgegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the store's mentions against gold TSVs: precision, recall, F1.")
final class EvalCommand extends BaseCommand {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold TSVs.")
    Path gold;

    @Override
    public Integer call() {
        err().println("eval: not wired yet");
        return PledgeGraph.FAILED;
    }
}
