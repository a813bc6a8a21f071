package org.pledgegraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.pledgegraph.convert.SourceFile;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.store.GraphStore;

/**
 * The batch loop of {@link Ingest}: runs the {@link DocumentPipeline} over the files (in parallel, pure),
 * then writes them one batch per write transaction. Every commit but the last marks resolution pending; the
 * last resolves inside its own transaction, then writes the tables in one more (resolution pending until it
 * commits).
 */
final class BatchWriter {
    /** A file to ingest and the manifest of its folder. */
    record Input(Path file, Manifest manifest) {
    }

    /**
     * What the batches stored, and the files they refused or recorded as duplicates; {@code abandoned} when
     * strict mode refused the run before writing anything.
     */
    record Outcome(int documents, long mentions, long triples, List<IngestReport.Failure> failures,
                   List<IngestReport.Refusal> refused, List<IngestReport.Duplicate> duplicates, boolean abandoned) {
    }

    /**
     * How files become batches: the extractor, strict mode (one refusal refuses the run), the size limit
     * of one file and the documents per write transaction.
     */
    record Settings(Extractor extractor, boolean strict, long maxBytes, int batchSize) {
        Settings {
            if (maxBytes < 1 || batchSize < 1) {
                throw new IllegalArgumentException("maxBytes and batchSize must be positive: " + maxBytes + ", "
                        + batchSize);
            }
        }
    }

    /**
     * Files prepared at a time (and one such chunk prepared ahead while one is written). A prepared document
     * holds its in-memory graph (~2.5 MB for a 60 KB report), so holding a whole batch of 200, plus the next,
     * took ~1 GB of heap: ingest of 1,000 reports died of GC thrash in -Xmx1g. A transaction still takes
     * {@code batchSize} documents; they arrive chunk by chunk and each graph is dropped once written.
     */
    static final int CHUNK = 16;

    private final GraphStore store;
    private final IriMinter iris;
    private final Extractor extractor;
    private final boolean strict;
    private final int batchSize;
    private final DocumentPipeline pipeline;

    BatchWriter(GraphStore store, IriMinter iris, Settings settings) {
        this.store = store;
        this.iris = iris;
        this.extractor = settings.extractor();
        this.strict = settings.strict();
        this.batchSize = settings.batchSize();
        this.pipeline = new DocumentPipeline(extractor, iris, settings.maxBytes());
    }

    /**
     * Processes and stores {@code inputs}, then resolves with {@code overrides} inside the last write
     * transaction. {@code refusedBefore}: the caller already refused an input, which counts for strict mode.
     */
    Outcome write(List<Input> inputs, boolean refusedBefore, IngestListener listener, Curation overrides) {
        Run run = new Run(listener, inputs.size());
        Chunks chunks;
        if (strict) {
            // Strict mode must see every refusal before it writes anything, so it prepares all files first.
            List<Accepted> all = new ArrayList<>();
            Accepted whole = accept(prepare(inputs, run), run);
            if (refusedBefore || !run.refused.isEmpty()) {
                return new Outcome(0, 0, 0, List.of(), run.refused, run.duplicates, true);
            }
            for (int j = 0; j < whole.good().size(); j += batchSize) {
                boolean end = j + batchSize >= whole.good().size();
                all.add(new Accepted(whole.good().subList(j, Math.min(whole.good().size(), j + batchSize)),
                        end ? whole.extras() : List.of()));
            }
            if (all.isEmpty() && !whole.extras().isEmpty()) {
                all.add(whole);
            }
            chunks = new Listed(all);
        } else {
            chunks = new Streamed(inputs, run);
        }
        int stored = 0;
        Accepted first = nextWithWork(chunks);
        while (first != null) {
            Accepted start = first;
            boolean firstWrite = stored == 0;
            int[] count = {0};
            // What a transaction had no room for: the rest of a chunk, written first by the next transaction.
            Accepted[] carry = {null};
            boolean[] more = {false};
            ResolutionStep.Resolved[] resolved = {null};
            store.write(() -> {
                Accepted a = start;
                while (true) {
                    int room = batchSize - count[0];
                    if (a.good().size() > room) {
                        writeChunk(new Accepted(a.good().subList(0, room), List.of()), run);
                        carry[0] = new Accepted(a.good().subList(room, a.good().size()), a.extras());
                        count[0] += room;
                        break;
                    }
                    writeChunk(a, run);
                    count[0] += a.good().size();
                    if (count[0] >= batchSize || !chunks.hasNext()) {
                        break;
                    }
                    a = chunks.next();
                }
                if (firstWrite) {
                    store.refreshOntology(iris);
                    store.refreshPlaces(iris, extractor.places());
                }
                more[0] = carry[0] != null || chunks.hasNext();
                if (!more[0]) {
                    Set<String> written = new TreeSet<>();
                    run.governments.forEach(g -> written.add(PG.localName(g)));
                    resolved[0] = resolution().resolveQuads(overrides, written, run.governments);
                } else {
                    // Resolving after every batch would read all stored mentions each time (quadratic in
                    // the corpus); instead the commit records that resolution is pending, and whoever
                    // opens the store next (ingest, serve, validate) finishes it if this run dies.
                    store.markPending(iris, run.governments);
                }
            });
            if (resolved[0] != null) {
                // The tables in a transaction of their own: their row queries read the commit above on another
                // thread while this one writes them (TDB2 binds a write transaction to its thread).
                resolution().finishTables(resolved[0]);
            }
            stored += count[0];
            listener.committed(stored, run.total);
            first = carry[0] != null ? carry[0] : more[0] ? nextWithWork(chunks) : null;
        }
        return new Outcome(stored, run.mentions, run.triples, run.failures, run.refused, run.duplicates, false);
    }

    private ResolutionStep resolution() {
        return new ResolutionStep(store, iris, extractor);
    }

    /**
     * The next chunk with something to store, or null: a run whose files are all refused leaves the store
     * exactly as it was (not even the ontology graph is touched).
     */
    private static Accepted nextWithWork(Chunks chunks) {
        while (chunks.hasNext()) {
            Accepted a = chunks.next();
            if (!a.good().isEmpty() || !a.extras().isEmpty()) {
                return a;
            }
        }
        return null;
    }

    private void writeChunk(Accepted a, Run run) {
        for (DocumentPipeline.Result p : a.good()) {
            run.mentions += p.mentions();
            run.triples += p.graph().size();
            p.extraction().failures().forEach(f -> run.failures.add(new IngestReport.Failure(p.file(), f)));
            // The governments whose cross-year pass can change: the document's, and the one it had if replaced.
            String stem = p.graph().stem();
            run.governments.addAll(p.graph().jurisdictions(iris));
            store.jurisdictionOf(iris, stem).ifPresent(run.governments::add);
            store.storeDocument(iris, p.graph());
        }
        for (Extra e : a.extras()) {
            store.recordFile(iris, e.stem(), e.file());
        }
    }

    private List<DocumentPipeline.Result> prepare(List<Input> part, Run run) {
        return part.parallelStream()
                .map(in -> reported(pipeline.process(in.file(), in.manifest()), run.listener, run.done, run.total))
                .toList();
    }

    /** Accepted documents of one chunk, in input order. */
    private interface Chunks {
        boolean hasNext();

        Accepted next();
    }

    private record Listed(List<Accepted> list, int[] at) implements Chunks {
        Listed(List<Accepted> list) {
            this(list, new int[1]);
        }

        @Override
        public boolean hasNext() {
            return at[0] < list.size();
        }

        @Override
        public Accepted next() {
            return list.get(at[0]++);
        }
    }

    /**
     * Prepares {@link #CHUNK} files at a time, the next chunk while the current one is written: the write
     * transaction uses one thread, so without the overlap a core idles through every write. Chunks are
     * accepted in input order, so the store and the report do not depend on the chunking.
     */
    private final class Streamed implements Chunks {
        private final List<Input> inputs;
        private final Run run;
        private final ForkJoinPool pool = ForkJoinTask.getPool() != null ? ForkJoinTask.getPool()
                : ForkJoinPool.commonPool();
        private int from;
        private ForkJoinTask<List<DocumentPipeline.Result>> ahead;

        Streamed(List<Input> inputs, Run run) {
            this.inputs = inputs;
            this.run = run;
            ahead = submit();
        }

        private ForkJoinTask<List<DocumentPipeline.Result>> submit() {
            if (from >= inputs.size()) {
                return null;
            }
            // Never more than a transaction takes: with --batch-size 1 the first commit waits for one file.
            int size = Math.min(CHUNK, batchSize);
            List<Input> part = inputs.subList(from, Math.min(inputs.size(), from + size));
            from += part.size();
            return pool.submit(() -> prepare(part, run));
        }

        @Override
        public boolean hasNext() {
            return ahead != null;
        }

        @Override
        public Accepted next() {
            List<DocumentPipeline.Result> prepared = ahead.join();
            ahead = submit();
            return accept(prepared, run);
        }
    }

    /** Tells the listener what became of one file (its warnings, then extracted or refused). */
    private static DocumentPipeline.Result reported(DocumentPipeline.Result r, IngestListener listener,
                                                    AtomicInteger done, int total) {
        r.warnings().forEach(w -> listener.warned(r.file(), w));
        if (r.refused()) {
            listener.refused(r.file(), r.refusal().reason());
        } else {
            listener.extracted(r.file(), r.mentions(), done.incrementAndGet(), total);
        }
        return r;
    }

    /**
     * What one run has seen and counted so far: the file that took each stem, the stem that took each text
     * content, and the totals of the report. Used by the writing thread only (the listener is called from the
     * preparing threads too).
     */
    private static final class Run {
        final IngestListener listener;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final Map<String, Path> stems = new HashMap<>();
        final Map<String, String> contents = new HashMap<>();
        final List<IngestReport.Failure> failures = new ArrayList<>();
        final List<IngestReport.Refusal> refused = new ArrayList<>();
        final List<IngestReport.Duplicate> duplicates = new ArrayList<>();
        /** The IRIs of the {@code dct:spatial} of every document written or replaced, old and new. */
        final Set<String> governments = new LinkedHashSet<>();
        long mentions;
        long triples;

        Run(IngestListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }
    }

    /** A file whose text the document {@code stem} already has: stored as one more file of that document. */
    private record Extra(String stem, SourceFile file) {
    }

    /** The documents of a chunk to store, and the files to record as more files of stored documents. */
    private record Accepted(List<DocumentPipeline.Result> good, List<Extra> extras) {
    }

    /**
     * Keeps the prepared files that were not refused, whose text no other document has and whose stem no earlier
     * file of this run took. A file with the text of a document of this run or of the store becomes an
     * {@link Extra} of that document.
     */
    private Accepted accept(List<DocumentPipeline.Result> prepared, Run run) {
        List<DocumentPipeline.Result> good = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();
        for (DocumentPipeline.Result p : prepared) {
            if (p.refused()) {
                run.refused.add(p.refusal());
                continue;
            }
            String content = p.conversion().contentSha256();
            String twin = run.contents.get(content);
            if (twin == null) {
                twin = store.read(() -> store.documentWithContent(iris, content))
                        .filter(stem -> !stem.equals(p.meta().stem())).orElse(null);
            }
            if (twin != null) {
                Path twinFile = run.stems.get(twin);
                IngestReport.Duplicate d = new IngestReport.Duplicate(p.file(), twin,
                        twinFile != null ? twinFile.getFileName().toString() : "the stored document " + twin);
                run.duplicates.add(d);
                run.listener.duplicate(p.file(), d.message());
                extras.add(new Extra(twin, p.conversion().file()));
                continue;
            }
            Path clash = run.stems.putIfAbsent(p.meta().stem(), p.file());
            if (clash != null) {
                IngestReport.Refusal r = new IngestReport.Refusal(p.file(),
                        "same file name as " + clash + " in this batch; document IRIs are keyed by file name");
                run.refused.add(r);
                run.listener.refused(p.file(), r.reason());
                continue;
            }
            run.contents.put(content, p.meta().stem());
            good.add(p);
        }
        return new Accepted(good, extras);
    }
}
