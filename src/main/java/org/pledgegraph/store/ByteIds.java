package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distinct byte strings numbered from 0 as first seen, compared where they lie (in a doc value's buffer): a value seen
 * before is not copied. Equal numbers, equal bytes: what {@link SearchGroups} and {@link SearchNames} group by.
 */
final class ByteIds {
    private int[] slots = new int[64];
    private final List<TextBytes> values = new ArrayList<>();
    /** Each value's hash, kept so that growing the table hashes no value again (that was 3 % of a search). */
    private int[] hashes = new int[32];
    private int last = -1;

    /** The number of {@code a[from, to)}. */
    int id(byte[] a, int from, int to) {
        // Runs of one value are common (a graph's groups written together, all with its file and year).
        if (last >= 0 && values.get(last).is(a, from, to)) {
            return last;
        }
        last = lookUp(a, from, to);
        return last;
    }

    private int lookUp(byte[] a, int from, int to) {
        int mask = slots.length - 1;
        int hash = TextBytes.hash(a, from, to);
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                if (values.size() == hashes.length) {
                    hashes = Arrays.copyOf(hashes, hashes.length * 2);
                }
                hashes[values.size()] = hash;
                values.add(new TextBytes(Arrays.copyOfRange(a, from, to), 0, to - from));
                slots[i] = values.size();
                if (values.size() * 2 > slots.length) {
                    grow();
                }
                return values.size() - 1;
            }
            if (hashes[s - 1] == hash && values.get(s - 1).is(a, from, to)) {
                return s - 1;
            }
        }
    }

    /** How many distinct values were numbered. */
    int size() {
        return values.size();
    }

    /** The bytes numbered {@code id}. */
    TextBytes value(int id) {
        return values.get(id);
    }

    private void grow() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < values.size(); k++) {
            int i = spread(hashes[k]) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = k + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
