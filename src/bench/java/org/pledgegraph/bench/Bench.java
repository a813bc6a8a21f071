package org.pledgegraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pledgegraph.bench.BenchReport.BulkLoad;
import org.pledgegraph.bench.BenchReport.ColdStart;
import org.pledgegraph.bench.BenchReport.CorpusInfo;
import org.pledgegraph.bench.BenchReport.IngestRun;
import org.pledgegraph.bench.BenchReport.Latency;
import org.pledgegraph.bench.BenchReport.Machine;
import org.pledgegraph.bench.BenchReport.Resolution;
import org.pledgegraph.bench.BenchReport.Throughput;
import org.pledgegraph.store.GraphStore;

/**
 * Runs every measurement once, in a temporary folder it deletes afterwards; progress goes to
 * {@code progress}, the figures into the returned report.
 * <pre>
 *   BenchReport r = new Bench(config, new PrintWriter(System.err, true)).run();
 *   System.out.print(ReportWriter.markdown(r));
 * </pre>
 */
public final class Bench {
    private final BenchConfig config;
    private final PrintWriter progress;

    public Bench(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    public BenchReport run() {
        long t0 = System.nanoTime();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Corpus corpus = Corpus.load(config.corpus());
        say("corpus %s: %d documents, %.2f MB; scales %s; %d thread(s)%s", config.corpus(), corpus.docs().size(),
                corpus.utf8Bytes() / 1e6, config.scales(), config.threads(), config.quick() ? "; quick" : "");
        List<Throughput> extraction = new ExtractionBench(config, progress).run(corpus);
        List<IngestRun> ingests = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        List<BulkLoad> bulks = new ArrayList<>();
        List<Latency> latencies = new ArrayList<>();
        Optional<ColdStart> cold = Optional.empty();
        Path tmp = tempDir();
        try {
            StoreBench stores = new StoreBench(config, progress);
            QueryBench queries = new QueryBench(config, progress);
            if (!config.quick()) {
                warmUp(stores, corpus, tmp);
            }
            for (int scale : config.scales()) {
                say("scale %d×: preparing", scale);
                Corpus c = scale == 1 ? corpus : corpus.scaled(scale, tmp.resolve("corpus-" + scale));
                Path storeDir = tmp.resolve("store-" + scale);
                try (GraphStore store = GraphStore.open(storeDir)) {
                    ingests.add(stores.ingest(scale, c, store));
                    resolutions.add(stores.resolution(scale, store));
                    // Latency at the smallest and largest scale: the two ends the growth table needs.
                    if (scale == config.scales().get(0) || scale == config.largestScale()) {
                        latencies.addAll(queries.run(scale, store,
                                scale == config.largestScale() ? config.mixedSeconds() : 0));
                    }
                    // A quick run checks the bulk-load path once: the phased loader's fixed cost is seconds.
                    if (!config.quick() || scale == config.scales().get(0)) {
                        bulks.add(stores.bulkLoad(scale, store, tmp.resolve("store-" + scale + ".nq"),
                                tmp.resolve("bulk-" + scale)));
                    }
                }
                if (scale == config.scales().get(0)) {
                    // After close: the child process must be able to lock the store.
                    cold = new ColdStartBench(config, progress).run(storeDir);
                }
                if (scale != 1) {
                    Dirs.delete(c.dir());
                }
                Dirs.delete(storeDir);
                Dirs.delete(tmp.resolve("bulk-" + scale));
                Dirs.delete(tmp.resolve("store-" + scale + ".nq"));
            }
        } finally {
            Dirs.delete(tmp);
        }
        return new BenchReport(machine(loadAtStart), new CorpusInfo(config.corpus().toString(), corpus.docs().size(),
                corpus.utf8Bytes()), extraction, ingests, resolutions, bulks, latencies, cold, config.quick(),
                Stats.seconds(System.nanoTime() - t0));
    }

    /**
     * One untimed ingest and bulk load of the 1× corpus: class loading, JIT and TDB2's first open would
     * otherwise be charged to whichever scale runs first and make growth look sub-linear.
     */
    private void warmUp(StoreBench stores, Corpus corpus, Path tmp) {
        say("warm-up: one untimed ingest and bulk load of the 1× corpus");
        Path dir = tmp.resolve("warm-up");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            stores.ingest(0, corpus, store);
            stores.bulkLoad(0, store, dir.resolve("warm-up.nq"), dir.resolve("bulk"));
        }
        Dirs.delete(dir);
    }

    private Machine machine(double loadAtStart) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), config.threads(), loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pledgegraph-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private void say(String fmt, Object... args) {
        progress.printf(fmt + "%n", args);
        progress.flush();
    }
}
