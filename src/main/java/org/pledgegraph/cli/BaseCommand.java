package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pledgegraph.store.GraphStore;
import picocli.CommandLine;

/** Gives a verb its output streams; exceptions go to the one handler in {@link PledgeGraph}. */
abstract class BaseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Opens the store, telling the user if the last process to use it was killed (its stale lock). */
    GraphStore openStore(Path dir) {
        GraphStore store = GraphStore.open(dir);
        store.recoveryNotice().ifPresent(n -> {
            err().println("note: " + n);
            err().flush();
        });
        return store;
    }
}
