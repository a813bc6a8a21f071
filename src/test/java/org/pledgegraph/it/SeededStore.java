package org.pledgegraph.it;

import java.nio.file.Path;
import java.util.List;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.store.GraphStore;

/** A real TDB2 store in a temporary folder holding the five seeds (and, when asked, more reports). */
public final class SeededStore {
    public static final Path SEEDS = Path.of("seeds");
    /**
     * Two small real reports of a second government (深圳市大鹏新区 2022 and 2023, an uncoded new area) from
     * the shared corpus: with the seeds (安阳市北关区) a store of two governments whose years overlap.
     */
    public static final List<Path> SECOND_GOVERNMENT = List.of(
            Path.of("..", "shared", "corpus", "local", "shenzhen-dapengxinqu-2022.txt"),
            Path.of("..", "shared", "corpus", "local", "shenzhen-dapengxinqu-2023.txt"));

    private SeededStore() {
    }

    public static GraphStore open(Path dir) {
        return open(dir, List.of());
    }

    /** The seeds and the reports in {@code more}, ingested together. */
    public static GraphStore open(Path dir, List<Path> more) {
        GraphStore store = GraphStore.open(dir);
        List<Path> inputs = new java.util.ArrayList<>(List.of(SEEDS));
        inputs.addAll(more);
        IngestReport r = Ingest.create(store).run(inputs, IngestListener.NONE);
        if (r.documents() != 5 + more.size() || !r.refused().isEmpty()) {
            throw new IllegalStateException("seed ingest failed: " + r);
        }
        return store;
    }
}
