package org.pledgegraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics over measured samples. */
final class Stats {
    private Stats() {
    }

    static double median(List<Double> xs) {
        return percentile(xs, 50);
    }

    /** Nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
    static double percentile(List<Double> xs, double p) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
