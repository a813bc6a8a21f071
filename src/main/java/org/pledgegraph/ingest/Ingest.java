package org.pledgegraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.store.GraphStore;

/**
 * Ingests documents: read, extract and map each (in parallel, pure), then replace their named graphs
 * and recompute resolution in write transactions. A refused document leaves no trace. This class
 * validates the inputs, resolves and reports; {@link DocumentPipeline} processes each document and
 * {@code BatchWriter} writes the batches.
 * <pre>
 *   IngestReport r = Ingest.create(store).run(List.of(Path.of("seeds")), IngestListener.NONE);
 * </pre>
 */
public final class Ingest {
    /** Larger files are refused (20 MB): the longest real reports are well under 1 MB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Documents written per transaction: bounds memory on large batches. */
    public static final int BATCH = 200;

    private final GraphStore store;
    private final IriMinter iris;
    private final BatchWriter.Settings batches;
    private final Path curation;
    private final boolean curationRequired;

    private Ingest(GraphStore store, IriMinter iris, BatchWriter.Settings batches, Path curation,
                   boolean curationRequired) {
        this.store = store;
        this.iris = iris;
        this.batches = batches;
        this.curation = curation;
        this.curationRequired = curationRequired;
    }

    public static Ingest create(GraphStore store) {
        return new Ingest(store, IriMinter.defaults(), new BatchWriter.Settings(Extractor.defaults(), false, MAX_BYTES,
                BATCH), DEFAULT_CURATION, false);
    }

    /** With strict, one refused file refuses the whole batch. */
    public Ingest strict(boolean s) {
        return with(new BatchWriter.Settings(batches.extractor(), s, batches.maxBytes(), batches.batchSize()));
    }

    /** Extracts with {@code e} instead of {@link Extractor#defaults()}. */
    public Ingest extractor(Extractor e) {
        return with(new BatchWriter.Settings(e, batches.strict(), batches.maxBytes(), batches.batchSize()));
    }

    public Ingest iris(IriMinter i) {
        return new Ingest(store, i, batches, curation, curationRequired);
    }

    /** Files larger than this are refused (default {@link #MAX_BYTES}). */
    public Ingest maxBytes(long limit) {
        return with(new BatchWriter.Settings(batches.extractor(), batches.strict(), limit, batches.batchSize()));
    }

    /**
     * Documents per write transaction (default {@link #BATCH}). Each transaction is atomic: after a crash
     * every document holds its old or its new graph, and resolution left pending is finished by the next
     * command that opens the store.
     */
    public Ingest batchSize(int documents) {
        return with(new BatchWriter.Settings(batches.extractor(), batches.strict(), batches.maxBytes(), documents));
    }

    private Ingest with(BatchWriter.Settings b) {
        return new Ingest(store, iris, b, curation, curationRequired);
    }

    /** Resolution overrides read when the file exists (relative to the working directory). */
    public static final Path DEFAULT_CURATION = Path.of("seeds", "curation.tsv");

    /** Resolution overrides from {@code file} (see {@link Curation}), which must exist; null for none. */
    public Ingest curation(Path file) {
        return new Ingest(store, iris, batches, file, file != null);
    }

    /** Ingests the files and folders (their .txt, .html/.htm, .pdf, .docx and .doc files) in {@code inputs}. */
    public IngestReport run(List<Path> inputs, IngestListener listener) {
        long start = System.nanoTime();
        Curation overrides = loadCuration();
        List<IngestReport.Refusal> missing = new ArrayList<>();
        List<Path> present = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.exists(in)) {
                present.add(in);
            } else {
                // A mistyped path is refused like a bad file, so the other inputs still go in.
                IngestReport.Refusal r = DocumentPipeline.refusal(in, in + ": no such file or folder");
                listener.refused(in, r.reason());
                missing.add(r);
            }
        }
        List<Path> files = present.isEmpty() ? List.of() : DocumentFiles.expand(present);
        Map<Path, Manifest> manifests = new HashMap<>();
        List<BatchWriter.Input> batch = new ArrayList<>();
        for (Path f : files) {
            batch.add(new BatchWriter.Input(f, manifests.computeIfAbsent(parent(f), Manifest::of)));
        }
        BatchWriter.Outcome out = new BatchWriter(store, iris, batches)
                .write(batch, !missing.isEmpty(), listener, overrides);
        List<IngestReport.Refusal> refused = new ArrayList<>(missing);
        refused.addAll(out.refused());
        if (out.abandoned()) {
            return report(0, 0, 0, refused, List.of(), out.duplicates(), start);
        }
        finishPending();
        return report(out.documents(), out.mentions(), out.triples(), refused, out.failures(), out.duplicates(), start);
    }

    private ResolutionStep resolution() {
        return new ResolutionStep(store, iris, batches.extractor());
    }

    /** True if an ingest committed documents but died before resolving them. */
    public boolean isPending() {
        return store.read(() -> store.isPending(iris));
    }

    /**
     * Finishes the resolution an interrupted ingest left pending; returns whether there was any.
     * Cheap when nothing is pending.
     */
    public boolean finishPending() {
        if (!isPending()) {
            return false;
        }
        Curation overrides = loadCuration();
        store.write(() -> resolution().finish(overrides, Set.of()));
        return true;
    }

    /**
     * Writes the workbench's tables into a store written before they existed; returns whether it had to.
     * Cheap when they are there.
     */
    public boolean addMissingStatistics() {
        if (!store.read(() -> org.pledgegraph.store.Statistics.present(store.datasetGraph(), iris))) {
            store.write(() -> store.refreshStatistics(iris));
            return true;
        }
        return false;
    }

    /** True if the entities graph and the tables were written by this version's layout (or the store is empty). */
    public boolean derivedLayoutCurrent() {
        return store.read(() -> org.pledgegraph.store.Statistics.current(store.datasetGraph(), iris));
    }

    /**
     * Resolves again a store whose entities graph and tables were written by an older layout (without what
     * today's named queries read, e.g. pg:silentSince); returns whether it had to. Cheap when they are current.
     */
    public boolean updateDerivedLayout() {
        if (derivedLayoutCurrent()) {
            return false;
        }
        resolve();
        return true;
    }

    /** Recomputes resolution alone, e.g. after a document graph was removed. */
    public void resolve() {
        Curation overrides = loadCuration();
        store.write(() -> resolution().resolve(overrides));
    }

    /** Read before any write, so a malformed file (InputException naming file:line) leaves the store untouched. */
    private Curation loadCuration() {
        if (curation == null || !curationRequired && !Files.isRegularFile(curation)) {
            return Curation.NONE;
        }
        if (!Files.isRegularFile(curation)) {
            throw new InputException(curation.toString(), "curation file not found");
        }
        return Curation.read(curation);
    }

    private IngestReport report(int docs, long mentions, long triples, List<IngestReport.Refusal> refused,
                                List<IngestReport.Failure> failures, List<IngestReport.Duplicate> duplicates,
                                long start) {
        long[] counts = store.read(() -> new long[] {store.statedQuadCount(iris), store.entityCount(iris)});
        return new IngestReport(docs, mentions, triples, (int) counts[1], counts[0], refused, failures,
                duplicates, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Path parent(Path f) {
        Path p = f.toAbsolutePath().getParent();
        if (p == null) {
            throw new PledgeGraphException(f + ": has no parent folder");
        }
        return p;
    }
}
