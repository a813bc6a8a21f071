package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchConfigTest {
    private static BenchConfig config(List<Integer> scales, int threads) {
        return new BenchConfig(scales, Path.of("corpus"), Path.of("queries"), null, threads, true, 1);
    }

    @Test
    void sortsAndDeduplicatesScales() {
        assertEquals(List.of(1, 10, 100), config(List.of(100, 1, 10, 10), 1).scales());
    }

    @Test
    void rejectsScalesOutsideOneToThousand() {
        assertThrows(IllegalArgumentException.class, () -> config(List.of(0), 1));
        assertThrows(IllegalArgumentException.class, () -> config(List.of(1001), 1));
        assertThrows(IllegalArgumentException.class, () -> config(List.of(), 1));
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> config(List.of(1), 0));
    }

    @Test
    void percentileIsNearestRank() {
        List<Double> xs = List.of(5.0, 1.0, 3.0, 2.0, 4.0);
        assertEquals(3.0, Stats.median(xs));
        assertEquals(5.0, Stats.percentile(xs, 99));
        assertEquals(1.0, Stats.percentile(xs, 1));
    }
}
