package org.pledgegraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.pledgegraph.convert.SourceFile;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.store.GraphStore;

/**
 * The batch loop of {@link Ingest}: runs the {@link DocumentPipeline} over the files (in parallel, pure),
 * then writes them one batch per write transaction. Every commit but the last marks resolution pending; the
 * last resolves inside its own transaction.
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

    private final GraphStore store;
    private final IriMinter iris;
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
        ResolutionStep resolution = new ResolutionStep(store, iris, extractor);
        AtomicInteger done = new AtomicInteger();
        Seen seen = new Seen(new HashMap<>(), new HashMap<>());
        long mentions = 0;
        long triples = 0;
        int stored = 0;
        List<IngestReport.Failure> failures = new ArrayList<>();
        List<IngestReport.Refusal> refused = new ArrayList<>();
        List<IngestReport.Duplicate> duplicates = new ArrayList<>();
        int total = inputs.size();
        // Strict mode must see every refusal before it writes anything, so it prepares all files first.
        // Otherwise files are prepared and written one batch at a time: memory is bounded by one batch's
        // graphs, not by the corpus (1,000 national reports held at once made ingest GC-bound in 1 GB).
        int part = strict ? Math.max(1, total) : batchSize;
        // The next part is prepared while this one is written (one writer thread, the rest extracting): the
        // write transaction is single-threaded, so without the overlap a core idles through every commit.
        // Prepared parts are consumed in input order, so the store and the report are what they were.
        ForkJoinPool pool = ForkJoinTask.getPool() != null ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        IntFunction<ForkJoinTask<List<DocumentPipeline.Result>>> prepareFrom = i -> pool.submit(() ->
                inputs.subList(i, Math.min(total, i + part)).parallelStream()
                        .map(in -> reported(pipeline.process(in.file(), in.manifest()), listener, done, total))
                        .toList());
        ForkJoinTask<List<DocumentPipeline.Result>> next = inputs.isEmpty() ? null : prepareFrom.apply(0);
        for (int i = 0; i < total; i += part) {
            List<DocumentPipeline.Result> prepared = next.join();
            next = i + part < total ? prepareFrom.apply(i + part) : null;
            List<Extra> extras = new ArrayList<>();
            List<DocumentPipeline.Result> good = accept(prepared, seen, refused, duplicates, extras, listener);
            if (strict && (refusedBefore || !refused.isEmpty())) {
                // strict has one part: nothing else in flight
                return new Outcome(0, 0, 0, List.of(), refused, duplicates, true);
            }
            mentions += good.stream().mapToLong(DocumentPipeline.Result::mentions).sum();
            triples += good.stream().mapToLong(p -> p.graph().size()).sum();
            for (DocumentPipeline.Result p : good) {
                p.extraction().failures().forEach(f -> failures.add(new IngestReport.Failure(p.file(), f)));
            }
            // Nothing to store: leave the store exactly as it was (not even the ontology graph is touched).
            boolean lastPart = i + part >= total;
            List<List<DocumentPipeline.Result>> batches = new ArrayList<>();
            for (int j = 0; j < good.size(); j += batchSize) {
                batches.add(good.subList(j, Math.min(good.size(), j + batchSize)));
            }
            if (batches.isEmpty() && !extras.isEmpty()) {
                batches.add(List.of()); // only more files of stored documents: record them
            }
            for (int j = 0; j < batches.size(); j++) {
                List<DocumentPipeline.Result> batch = batches.get(j);
                boolean first = stored == 0;
                boolean last = lastPart && j + 1 == batches.size();
                boolean endOfPart = j + 1 == batches.size();
                store.write(() -> {
                    for (DocumentPipeline.Result p : batch) {
                        store.storeDocument(iris, p.graph());
                    }
                    if (endOfPart) {
                        for (Extra e : extras) {
                            store.recordFile(iris, e.stem(), e.file());
                        }
                    }
                    if (first) {
                        store.refreshOntology(iris);
                        store.refreshPlaces(iris, extractor.places());
                    }
                    if (last) {
                        resolution.finish(overrides);
                    } else {
                        // Resolving after every batch would read all stored mentions each time (quadratic in
                        // the corpus); instead the commit records that resolution is pending, and whoever
                        // opens the store next (ingest, serve, validate) finishes it if this run dies.
                        store.markPending(iris);
                    }
                });
                stored += batch.size();
                listener.committed(stored, total);
            }
        }
        return new Outcome(stored, mentions, triples, failures, refused, duplicates, false);
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

    /** Across the parts of one run: the file that took each stem, and the stem that took each text content. */
    private record Seen(Map<String, Path> stems, Map<String, String> contents) {
    }

    /** A file whose text the document {@code stem} already has: stored as one more file of that document. */
    private record Extra(String stem, SourceFile file) {
    }

    /**
     * Keeps the prepared files that were not refused, whose text no other document has and whose stem no earlier
     * file of this run took. A file with the text of a document of this run or of the store becomes an
     * {@link Extra} of that document.
     */
    private List<DocumentPipeline.Result> accept(List<DocumentPipeline.Result> prepared, Seen seen,
                                                 List<IngestReport.Refusal> refused, List<IngestReport.Duplicate> duplicates,
                                                 List<Extra> extras, IngestListener listener) {
        List<DocumentPipeline.Result> good = new ArrayList<>();
        for (DocumentPipeline.Result p : prepared) {
            if (p.refused()) {
                refused.add(p.refusal());
                continue;
            }
            String content = p.conversion().contentSha256();
            String twin = seen.contents().get(content);
            if (twin == null) {
                twin = store.read(() -> store.documentWithContent(iris, content))
                        .filter(stem -> !stem.equals(p.meta().stem())).orElse(null);
            }
            if (twin != null) {
                Path twinFile = seen.stems().get(twin);
                IngestReport.Duplicate d = new IngestReport.Duplicate(p.file(), twin,
                        twinFile != null ? twinFile.getFileName().toString() : "the stored document " + twin);
                duplicates.add(d);
                listener.duplicate(p.file(), d.message());
                extras.add(new Extra(twin, p.conversion().file()));
                continue;
            }
            Path clash = seen.stems().putIfAbsent(p.meta().stem(), p.file());
            if (clash != null) {
                IngestReport.Refusal r = new IngestReport.Refusal(p.file(),
                        "same file name as " + clash + " in this batch; document IRIs are keyed by file name");
                refused.add(r);
                listener.refused(p.file(), r.reason());
                continue;
            }
            seen.contents().put(content, p.meta().stem());
            good.add(p);
        }
        return good;
    }
}
