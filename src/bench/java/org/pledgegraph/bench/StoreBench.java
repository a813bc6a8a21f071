package org.pledgegraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pledgegraph.bench.BenchReport.BulkLoad;
import org.pledgegraph.bench.BenchReport.IngestRun;
import org.pledgegraph.bench.BenchReport.Resolution;
import org.pledgegraph.bench.HeapMonitor.HeapPeak;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.MentionReader;
import org.pledgegraph.resolve.ResolvedEntity;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;

/** Ingest, resolution alone, and the TDB2 bulk loader on the same quads, at one scale. */
final class StoreBench {
    private final BenchConfig config;
    private final PrintWriter progress;

    StoreBench(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Ingests {@code corpus} into the (fresh) {@code store}, as {@code pledgegraph ingest} would. */
    IngestRun ingest(int scale, Corpus corpus, GraphStore store) {
        int total = corpus.docs().size();
        // Ingest alternates: extract a batch (parallel), then write it (one transaction). Writing time is
        // summed from each batch's last extraction to its commit; the rest of the wall time is extraction.
        AtomicLong lastExtracted = new AtomicLong();
        AtomicLong lastCommitted = new AtomicLong();
        AtomicLong writeNanos = new AtomicLong();
        IngestListener listener = new IngestListener() {
            @Override
            public void committed(int documents, int all) {
                long now = System.nanoTime();
                writeNanos.addAndGet(now - Math.max(lastExtracted.get(), lastCommitted.get()));
                lastCommitted.set(now);
                say("ingest %d×: committed %d/%d documents", scale, documents, all);
            }

            @Override
            public void extracted(Path file, int mentions, int done, int all) {
                lastExtracted.accumulateAndGet(System.nanoTime(), Math::max);
                if (all >= 50 && (done % (all / 10) == 0 || done == all)) {
                    say("ingest %d×: extracted %d/%d documents", scale, done, all);
                }
            }

            @Override
            public void refused(Path file, String reason) {
                say("ingest %d×: refused %s", scale, reason);
            }
        };
        ForkJoinPool pool = new ForkJoinPool(config.threads());
        try (HeapMonitor heap = HeapMonitor.start()) {
            long t0 = System.nanoTime();
            lastCommitted.set(t0);
            // Ingest extracts with a parallel stream; started inside this pool it uses --threads threads.
            IngestReport r = pool.submit(() -> Ingest.create(store).run(List.of(corpus.dir()), listener)).get();
            long t1 = System.nanoTime();
            HeapPeak peak = heap.peak();
            if (r.documents() != total) {
                throw new IllegalStateException("ingest stored " + r.documents() + " of " + total + " documents");
            }
            // After the last commit ingest counts the store's quads and entities: store work too.
            long write = writeNanos.get() + (t1 - Math.max(lastCommitted.get(), lastExtracted.get()));
            IngestRun run = new IngestRun(scale, r.documents(), r.mentions(), r.triples(), r.quads(), r.entities(),
                    Stats.seconds(t1 - t0), Stats.seconds(t1 - t0 - write), peak,
                    Dirs.allocated(store.dir()));
            say("ingest %d×: %d documents, %d quads in %.2f s (%.0f docs/s, %.0f quads/s), peak heap %s",
                    scale, run.documents(), run.quads(), run.seconds(), run.docsPerSecond(), run.triplesPerSecond(),
                    ReportWriter.mb(peak.sampled()));
            return run;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Resolution alone over every stored mention, as ingest runs it (read back by SPARQL, then resolved). */
    Resolution resolution(int scale, GraphStore store) {
        try (HeapMonitor heap = HeapMonitor.start()) {
            long[] t = new long[3];
            int[] counts = store.read(() -> {
                t[0] = System.nanoTime();
                List<StoredMention> mentions = MentionReader.read(store.datasetGraph());
                t[1] = System.nanoTime();
                List<ResolvedEntity> entities = new Resolver().resolve(mentions);
                t[2] = System.nanoTime();
                return new int[] {mentions.size(), entities.size()};
            });
            Resolution r = new Resolution(scale, counts[0], counts[1], Stats.seconds(t[1] - t[0]),
                    Stats.seconds(t[2] - t[1]), heap.peak());
            say("resolution %d×: %d mentions → %d entities: read %.2f s, resolve %.2f s", scale, r.mentions(),
                    r.entities(), r.readSeconds(), r.resolveSeconds());
            return r;
        }
    }

    /** Exports {@code store} to N-Quads, then loads that file with Jena's default TDB2 bulk loader into {@code into}. */
    BulkLoad bulkLoad(int scale, GraphStore store, Path nquads, Path into) {
        long t0 = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            store.read(() -> {
                RDFDataMgr.write(os, store.datasetGraph(), RDFFormat.NQUADS);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + nquads, e);
        }
        long t1 = System.nanoTime();
        // A mark between the export and the load, for per-phase CPU figures (scripts/thread-cpu.py).
        say("bulk loader %d×: exported the store to N-Quads in %.2f s; loading", scale, Stats.seconds(t1 - t0));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(into.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            long t2 = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long t3 = System.nanoTime();
            BulkLoad b = new BulkLoad(scale, loader.getClass().getSimpleName(), loader.countQuads(),
                    Stats.seconds(t1 - t0), Stats.seconds(t3 - t2), Dirs.allocated(into));
            say("bulk loader %d×: %d quads in %.2f s (%s)", scale, b.quads(), b.loadSeconds(), b.loader());
            return b;
        } finally {
            // expel, not close: releases the folder so it can be deleted.
            TDBInternal.expel(dsg);
        }
    }

    private void say(String fmt, Object... args) {
        progress.printf(fmt + "%n", args);
        progress.flush();
    }
}
