package org.pledgegraph.extract;

import java.util.Arrays;

/**
 * The tagger's weights keyed by a feature's {@code long} code ({@link CharTagger#keys}): open addressing over two
 * flat arrays, so a look-up hashes one long instead of building and hashing a feature string (13 strings per
 * character were most of the tagger's time). Immutable once filled; {@code rows} holds each feature's weight
 * per tag, {@code tags} floats per feature.
 */
final class FeatureTable {
    private static final long EMPTY = -1L; // no feature code is negative (CharTagger.keys: template < 16)
    private final long[] keys;
    private final int[] offsets;
    private final float[] rows;
    private final int tags;
    private final int mask;
    private int size;

    FeatureTable(int capacity, int tags) {
        int slots = Integer.highestOneBit(Math.max(4, capacity * 2 - 1)) << 1;
        this.keys = new long[slots];
        Arrays.fill(keys, EMPTY);
        this.offsets = new int[slots];
        this.rows = new float[Math.max(1, capacity) * tags];
        this.tags = tags;
        this.mask = slots - 1;
    }

    /** Adds feature {@code key} with its weights (each key once; at most the capacity given). */
    void put(long key, float[] row) {
        int slot = slot(key);
        if (keys[slot] == key) {
            throw new IllegalArgumentException("feature added twice: " + key);
        }
        keys[slot] = key;
        offsets[slot] = size * tags;
        System.arraycopy(row, 0, rows, size * tags, tags);
        size++;
    }

    /** Where {@code key}'s weights start in {@link #rows()}, or −1 for a feature the model does not know. */
    int offset(long key) {
        int slot = slot(key);
        return keys[slot] == key ? offsets[slot] : -1;
    }

    float[] rows() {
        return rows;
    }

    int size() {
        return size;
    }

    /** Every key, in slot order (callers sort). */
    long[] keys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != EMPTY) {
                out[n++] = k;
            }
        }
        return out;
    }

    private int slot(long key) {
        int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
