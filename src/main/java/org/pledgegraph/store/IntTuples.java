package org.pledgegraph.store;

import java.util.Arrays;

/**
 * A set of tuples of {@code width} ints, end to end in one array with an open-addressing table of their numbers: what
 * {@link SearchNames} counts its distinct name rows in. A {@code HashSet} of records made an object and a box of
 * entries per row and grew by rehashing them (5 % of a common phrase's CPU at 1,045 documents, profiled, session 28).
 */
final class IntTuples {
    private final int width;
    private int[] values;
    /** Each slot: a tuple's number + 1, or 0 (free). */
    private int[] slots = new int[256];
    private int[] hashes = new int[128];
    private int size;

    IntTuples(int width) {
        this.width = width;
        this.values = new int[128 * width];
    }

    /** Adds {@code tuple} (its first {@code width} ints); whether it was not there yet. */
    boolean add(int... tuple) {
        int hash = 1;
        for (int k = 0; k < width; k++) {
            hash = 31 * hash + tuple[k];
        }
        hash = spread(hash);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                if (size == hashes.length) {
                    hashes = Arrays.copyOf(hashes, size * 2);
                    values = Arrays.copyOf(values, size * 2 * width);
                }
                System.arraycopy(tuple, 0, values, size * width, width);
                hashes[size] = hash;
                slots[i] = ++size;
                if (size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (hashes[s - 1] == hash && Arrays.equals(values, (s - 1) * width, s * width, tuple, 0, width)) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int t = 0; t < size; t++) {
            int i = hashes[t] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = t + 1;
        }
        slots = bigger;
    }

    private static int spread(int h) {
        h = (h ^ (h >>> 16)) * 0x45D9F3B;
        return h ^ (h >>> 16);
    }
}
