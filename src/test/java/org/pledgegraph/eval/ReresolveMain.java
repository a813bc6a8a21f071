package org.pledgegraph.eval;

import java.nio.file.Path;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.store.GraphStore;

/** Dev tool: reruns the cross-year pass and resolution over a stored ingest ({@code ReresolveMain STORE}). */
public final class ReresolveMain {
    private ReresolveMain() {
    }

    public static void main(String[] args) {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            Ingest.create(store).resolve();
        }
    }
}
