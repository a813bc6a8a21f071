package org.pledgegraph.it;

import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.store.GraphStore;

/** A real TDB2 store in a temporary folder holding the five seeds. */
public final class SeededStore {
    public static final Path SEEDS = Path.of("seeds");

    private SeededStore() {
    }

    public static GraphStore open(Path dir) {
        GraphStore store = GraphStore.open(dir);
        IngestReport r = Ingest.create(store).run(List.of(SEEDS), IngestListener.NONE);
        if (r.documents() != 5 || !r.refused().isEmpty()) {
            throw new IllegalStateException("seed ingest failed: " + r);
        }
        return store;
    }
}
