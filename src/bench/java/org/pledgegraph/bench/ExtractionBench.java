package org.pledgegraph.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import org.pledgegraph.bench.BenchReport.Throughput;
import org.pledgegraph.extract.Extractor;

/**
 * Extraction throughput of our {@link Extractor} and, over the same text, of HanLP portable's
 * viterbi segmenter with organisation and place recognition (what a Java user would reach for).
 */
final class ExtractionBench {
    private final BenchConfig config;
    private final PrintWriter progress;
    private final Extractor extractor = Extractor.defaults();

    ExtractionBench(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    List<Throughput> run(Corpus corpus) {
        // HanLP logs dictionary loading through its own static java.util.logging logger; the only
        // switch it offers is that global level, and the bench output must stay readable.
        Predefine.logger.setLevel(Level.OFF);
        ToLongFunction<Corpus.Doc> ours = d -> extractor.extract(d.meta(), d.text()).mentions().size();
        ToLongFunction<Corpus.Doc> hanlp = d -> organisationsAndPlaces(newSegment().seg(d.text()));
        List<Throughput> out = new ArrayList<>();
        out.add(measure("pledgegraph", corpus, ours, 1));
        out.add(measure("pledgegraph", corpus, ours, config.threads()));
        out.add(measure("HanLP", corpus, hanlp, 1));
        out.add(measure("HanLP", corpus, hanlp, config.threads()));
        return out;
    }

    /** Cheap to build (dictionaries are loaded once per JVM); one per document keeps threads apart. */
    private static Segment newSegment() {
        return HanLP.newSegment().enableOrganizationRecognize(true).enablePlaceRecognize(true);
    }

    private static long organisationsAndPlaces(List<Term> terms) {
        return terms.stream().filter(t -> t.nature != null)
                .map(t -> t.nature.toString()).filter(n -> n.startsWith("nt") || n.startsWith("ns")).count();
    }

    private Throughput measure(String tool, Corpus corpus, ToLongFunction<Corpus.Doc> work, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // Warm-up pass: JIT, dictionary loading and lexicon tables are not part of throughput.
            long outputs = pass(pool, corpus, work, threads);
            List<Double> runs = new ArrayList<>();
            for (int r = 0; r < config.repetitions(); r++) {
                long bytes = 0;
                long t0 = System.nanoTime();
                long elapsed;
                do {
                    pass(pool, corpus, work, threads);
                    bytes += corpus.utf8Bytes();
                    elapsed = System.nanoTime() - t0;
                } while (elapsed < config.minRepetitionNanos());
                runs.add(bytes / 1e6 / Stats.seconds(elapsed));
            }
            Throughput t = new Throughput(tool, threads, Stats.median(runs), runs, outputs);
            progress.printf("extraction: %s, %d thread(s): %.2f MB/s (median of %d)%n", tool, threads,
                    t.mbPerSecond(), runs.size());
            progress.flush();
            return t;
        } finally {
            pool.shutdown();
        }
    }

    /** One pass over the corpus; returns the summed outputs so the work cannot be optimised away. */
    private static long pass(ForkJoinPool pool, Corpus corpus, ToLongFunction<Corpus.Doc> work, int threads) {
        if (threads == 1) {
            return corpus.docs().stream().mapToLong(work).sum();
        }
        try {
            // A parallel stream started inside a pool runs on that pool's threads: --threads takes effect.
            return pool.submit(() -> corpus.docs().parallelStream().mapToLong(work).sum()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
