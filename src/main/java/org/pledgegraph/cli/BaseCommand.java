package org.pledgegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pledgegraph.ingest.Ingest;
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

    /**
     * Opens the store, telling the user if the last process to use it was killed (its stale lock), and
     * finishing the resolution an interrupted ingest left pending, so every command sees a consistent graph.
     */
    GraphStore openStore(Path dir) {
        GraphStore store = GraphStore.open(dir, n -> {
            err().println("note: " + n);
            err().flush();
        });
        store.recoveryNotice().ifPresent(n -> {
            err().println("note: " + n);
            err().flush();
        });
        try {
            Ingest ingest = Ingest.create(store);
            if (ingest.finishPending()) {
                err().println("note: an interrupted ingest had stored documents without resolving them; resolved now");
                err().flush();
            }
            if (!ingest.derivedLayoutCurrent()) {
                // Said before: resolving a store of a few hundred documents again takes minutes.
                err().println("note: the store's entity statistics were written by an older version; resolving again"
                        + " (once; minutes for a large store) …");
                err().flush();
                ingest.updateDerivedLayout();
                err().println("note: resolved again now");
                err().flush();
            } else if (ingest.addMissingStatistics()) {
                err().println("note: the store had no workbench tables (written before them); added now");
                err().flush();
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
