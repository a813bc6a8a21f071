package org.pledgegraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one benchmark run does.
 *
 * @param scales  corpus multiples to ingest, ascending (1 = the corpus itself)
 * @param corpus  folder of *.txt documents (with an optional manifest.tsv)
 * @param queries folder of named queries to time
 * @param jar     the shaded jar for the cold-start figure, or null to skip it
 * @param threads worker threads for the parallel figures
 * @param quick   one repetition and a handful of requests: for the smoke test, not for numbers
 * @param mixedSeconds length of the mixed-load run (16 clients, every named query in turn) at the largest
 *                scale; 0 skips it
 */
public record BenchConfig(List<Integer> scales, Path corpus, Path queries, Path jar, int threads, boolean quick,
                          int mixedSeconds) {
    /** 1000× is about 10,000 documents and 30 M quads: allowed, but documented as a long run. */
    public static final int MAX_SCALE = 1000;

    public BenchConfig {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(queries, "queries");
        scales = List.copyOf(scales).stream().distinct().sorted().toList();
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("--scales: give at least one scale, e.g. 1,10");
        }
        for (int s : scales) {
            if (s < 1 || s > MAX_SCALE) {
                throw new IllegalArgumentException("--scales: " + s + " is outside 1.." + MAX_SCALE);
            }
        }
        if (mixedSeconds < 0) {
            throw new IllegalArgumentException("--mixed-seconds: must be 0 (skip) or more, got " + mixedSeconds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads: must be at least 1, got " + threads);
        }
    }

    int repetitions() {
        return quick ? 1 : 3;
    }

    /** Each timed extraction repetition loops over the corpus for at least this long, so 0.5 MB is not timed in one blink. */
    long minRepetitionNanos() {
        return quick ? 0 : 1_000_000_000L;
    }

    int largestScale() {
        return scales.get(scales.size() - 1);
    }
}
