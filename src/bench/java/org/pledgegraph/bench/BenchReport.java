package org.pledgegraph.bench;

import java.util.List;
import java.util.Optional;
import org.pledgegraph.bench.HeapMonitor.HeapPeak;

/**
 * Everything one run measured. Figures are plain numbers; {@link ReportWriter} renders them.
 *
 * @param machine    where and when it ran
 * @param corpus     the 1× corpus: folder, documents, UTF-8 bytes
 * @param extraction throughput of our extractor and of HanLP, single-thread and all threads
 * @param ingests    end-to-end ingest at each scale
 * @param resolutions resolution alone at each scale
 * @param bulkLoads  Jena's bulk loader on the same quads at each scale
 * @param latencies  named-query latency at 1× and the largest scale
 * @param coldStart  launcher to first answer, if a jar was found
 * @param quick      true for a smoke run whose numbers mean nothing
 * @param seconds    wall time of the whole run
 */
public record BenchReport(Machine machine, CorpusInfo corpus, List<Throughput> extraction, List<IngestRun> ingests,
                          List<Resolution> resolutions, List<BulkLoad> bulkLoads, List<Latency> latencies,
                          Optional<ColdStart> coldStart, boolean quick, double seconds) {
    public BenchReport {
        extraction = List.copyOf(extraction);
        ingests = List.copyOf(ingests);
        resolutions = List.copyOf(resolutions);
        bulkLoads = List.copyOf(bulkLoads);
        latencies = List.copyOf(latencies);
    }

    /**
     * The machine: processors, memory, JVM, date, and the 1-minute load average at the start and end of
     * the run (other processes on a shared machine slow every figure; this says how much there were).
     */
    public record Machine(int processors, long physicalMemoryBytes, long maxHeapBytes, String java, String os,
                          String date, int threads, double loadAtStart, double loadAtEnd) {
    }

    public record CorpusInfo(String dir, int documents, long utf8Bytes) {
    }

    /**
     * One extraction throughput figure.
     *
     * @param tool         "pledgegraph" or "HanLP"
     * @param threads      threads used
     * @param mbPerSecond  median over repetitions, MB = 10^6 bytes of UTF-8 text
     * @param runs         every repetition's MB/s
     * @param outputs      what one pass over the corpus produced (mentions, or nt/ns terms for HanLP)
     */
    public record Throughput(String tool, int threads, double mbPerSecond, List<Double> runs, long outputs) {
        public Throughput {
            runs = List.copyOf(runs);
        }
    }

    /**
     * One end-to-end ingest into a fresh store.
     *
     * @param extractSeconds wall time spent extracting (the parallel, pure part); the rest is writing,
     *                       resolving and counting in the store
     */
    public record IngestRun(int scale, int documents, long mentions, long triples, long quads, int entities,
                            double seconds, double extractSeconds, HeapPeak heap, long storeBytes) {
        double docsPerSecond() {
            return documents / seconds;
        }

        double triplesPerSecond() {
            return quads / seconds;
        }
    }

    /** Resolution alone over the stored mentions: reading them back (SPARQL) and the resolver itself. */
    public record Resolution(int scale, long mentions, int entities, double readSeconds, double resolveSeconds,
                             HeapPeak heap) {
    }

    /** The same quads written as N-Quads and loaded by Jena's TDB2 bulk loader into a fresh store. */
    public record BulkLoad(int scale, String loader, long quads, double exportSeconds, double loadSeconds,
                           long storeBytes) {
    }

    /** Latency of one named query under one client setup. */
    public record Latency(int scale, String query, String params, String mode, int clients, int requests, int errors,
                          long rows, double p50Millis, double p99Millis) {
    }

    /** Launcher to first query answer, child processes. */
    public record ColdStart(String command, List<Double> seconds) {
        public ColdStart {
            seconds = List.copyOf(seconds);
        }

        double median() {
            return Stats.median(seconds);
        }
    }
}
