package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link IntTuples} counts the distinct tuples a {@code HashSet} of lists counts, through many growths of its table,
 * with tuples that differ in one place only (equal sums, swapped values, -1s) and the caller's array reused.
 */
class IntTuplesTest {
    @Test
    void countsWhatAHashSetCounts() {
        IntTuples tuples = new IntTuples(5);
        Set<List<Integer>> want = new HashSet<>();
        Random random = new Random(28);
        int[] t = new int[5];
        for (int n = 0; n < 60_000; n++) {
            for (int k = 0; k < 5; k++) {
                t[k] = random.nextInt(k < 3 ? 40 : 3) - (k >= 3 ? 1 : 0);
            }
            boolean added = want.add(List.of(t[0], t[1], t[2], t[3], t[4]));
            assertEquals(added, tuples.add(t), "tuple " + n);
        }
        assertEquals(want.size(), tuples.size());
        assertEquals(want.add(List.of(1, 2, 0, 0, 0)), tuples.add(1, 2, 0, 0, 0), "a given tuple");
        assertEquals(want.add(List.of(2, 1, 0, 0, 0)), tuples.add(2, 1, 0, 0, 0), "the same values swapped");
        assertEquals(want.size(), tuples.size());
    }
}
