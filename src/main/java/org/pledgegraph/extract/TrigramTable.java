package org.pledgegraph.extract;

import java.util.Arrays;
import java.util.List;

/**
 * Accessor variety of character trigrams, the three-character context {@link BoundaryStats} keeps beside its bigrams:
 * for each trigram of three word characters how often it is written and how many distinct characters stand right
 * before and right after it (a text's edge one character of its own). A bigram cannot see a three-character word
 * straddling an edge (建设|项目 against 重点项|目: the trigram 点项目 is followed by many characters, 重点项 by almost
 * none). Trigrams written fewer than {@link BoundaryStats#TRIGRAM_MINIMUM} times are left out of a corpus table. Immutable.
 */
final class TrigramTable {
    private static final char EDGE = '\u0002';
    static final TrigramTable EMPTY = new TrigramTable(new long[0], new int[0], new int[0], new int[0]);

    /** Sorted keys ({@link #key}) and, at the same index, count, left and right variety. */
    private final long[] keys;
    private final int[] counts;
    private final int[] lefts;
    private final int[] rights;

    TrigramTable(long[] keys, int[] counts, int[] lefts, int[] rights) {
        this.keys = keys;
        this.counts = counts;
        this.lefts = lefts;
        this.rights = rights;
    }

    /** Counts the trigrams of {@code texts}, keeping those written at least {@code minimum} times. */
    static TrigramTable count(List<String> texts, int minimum) {
        int n = 0;
        for (String t : texts) {
            for (int i = 0; i + 2 < t.length(); i++) {
                n += at(t, i) ? 1 : 0;
            }
        }
        // (trigram, neighbour) pairs in one long: 48 bits of trigram, 16 of neighbour; equal trigrams sort together
        long[] before = new long[n];
        long[] after = new long[n];
        int k = 0;
        for (String t : texts) {
            for (int i = 0; i + 2 < t.length(); i++) {
                if (at(t, i)) {
                    long key = key(t.charAt(i), t.charAt(i + 1), t.charAt(i + 2));
                    before[k] = key << 16 | (i > 0 ? t.charAt(i - 1) : EDGE);
                    after[k++] = key << 16 | (i + 3 < t.length() ? t.charAt(i + 3) : EDGE);
                }
            }
        }
        Arrays.sort(before);
        Arrays.sort(after);
        long[] rows = new long[n];
        int[] c = new int[n];
        int[] l = new int[n];
        int[] r = new int[n];
        int m = 0;
        int[] run = new int[2];
        for (int i = 0, j = 0; i < n; ) {
            long key = before[i] >>> 16;
            i = run(before, i, run);
            int count = run[0];
            int left = run[1];
            j = run(after, j, run);
            if (count >= minimum) {
                rows[m] = key;
                c[m] = count;
                l[m] = left;
                r[m++] = run[1];
            }
        }
        return sorted(Arrays.copyOf(rows, m), Arrays.copyOf(c, m), Arrays.copyOf(l, m), Arrays.copyOf(r, m));
    }

    /** Reads the run of pairs of one trigram from {@code from}: its count and distinct neighbours; returns the run's end. */
    private static int run(long[] pairs, int from, int[] into) {
        long key = pairs[from] >>> 16;
        int distinct = 0;
        int i = from;
        for (; i < pairs.length && pairs[i] >>> 16 == key; i++) {
            distinct += i == from || pairs[i] != pairs[i - 1] ? 1 : 0;
        }
        into[0] = i - from;
        into[1] = distinct;
        return i;
    }

    /** The rows re-sorted by key (the pairs' signed order puts keys whose first character has the top bit first). */
    static TrigramTable sorted(long[] keys, int[] counts, int[] lefts, int[] rights) {
        if (ascending(keys)) {
            return new TrigramTable(keys, counts, lefts, rights); // a written table is read in key order
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long[] k = new long[keys.length];
        int[] c = new int[keys.length];
        int[] l = new int[keys.length];
        int[] r = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            k[i] = keys[order[i]];
            c[i] = counts[order[i]];
            l[i] = lefts[order[i]];
            r[i] = rights[order[i]];
        }
        return new TrigramTable(k, c, l, r);
    }

    private static boolean ascending(long[] keys) {
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * This table with the trigrams of one more text added: counts and varieties add, as {@link BoundaryStats} adds
     * the document's bigrams (the variety an upper bound of the union's).
     */
    TrigramTable withDocument(String text) {
        TrigramTable doc = count(List.of(text), 1);
        int size = keys.length + doc.keys.length;
        long[] k = new long[size];
        int[] c = new int[size];
        int[] l = new int[size];
        int[] r = new int[size];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < doc.keys.length) {
            int cmp = i == keys.length ? 1 : j == doc.keys.length ? -1 : Long.compare(keys[i], doc.keys[j]);
            k[n] = cmp <= 0 ? keys[i] : doc.keys[j];
            c[n] = (cmp <= 0 ? counts[i] : 0) + (cmp >= 0 ? doc.counts[j] : 0);
            l[n] = (cmp <= 0 ? lefts[i] : 0) + (cmp >= 0 ? doc.lefts[j] : 0);
            r[n++] = (cmp <= 0 ? rights[i] : 0) + (cmp >= 0 ? doc.rights[j] : 0);
            i += cmp <= 0 ? 1 : 0;
            j += cmp >= 0 ? 1 : 0;
        }
        return new TrigramTable(Arrays.copyOf(k, n), Arrays.copyOf(c, n), Arrays.copyOf(l, n), Arrays.copyOf(r, n));
    }

    int size() {
        return keys.length;
    }

    /** The count of the trigram at [p, p + 3) of {@code t}; 0 when absent. Callers check {@link #at} first. */
    int count(String t, int p) {
        int i = index(t, p);
        return i < 0 ? 0 : counts[i];
    }

    /** Distinct characters right before the trigram at [p, p + 3) of {@code t}; 0 when absent. */
    int leftVariety(String t, int p) {
        int i = index(t, p);
        return i < 0 ? 0 : lefts[i];
    }

    /** Distinct characters right after the trigram at [p, p + 3) of {@code t}; 0 when absent. */
    int rightVariety(String t, int p) {
        int i = index(t, p);
        return i < 0 ? 0 : rights[i];
    }

    private int index(String t, int p) {
        return at(t, p) ? Arrays.binarySearch(keys, key(t.charAt(p), t.charAt(p + 1), t.charAt(p + 2))) : -1;
    }

    /** Whether [p, p + 3) of {@code t} is inside the text and three word characters (a trigram the table may hold). */
    static boolean at(String t, int p) {
        return p >= 0 && p + 3 <= t.length() && BoundaryStats.word(t.charAt(p)) && BoundaryStats.word(t.charAt(p + 1))
                && BoundaryStats.word(t.charAt(p + 2));
    }

    static long key(char a, char b, char c) {
        return (long) a << 32 | (long) b << 16 | c;
    }

    /** Rows of a written table as they are read ({@link #row}'s columns), then the table. */
    static final class Rows {
        private long[] keys = new long[1024];
        private int[][] cols = new int[3][1024];
        private int n;

        void add(String[] row) {
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, 2 * n);
                for (int k = 0; k < 3; k++) {
                    cols[k] = Arrays.copyOf(cols[k], 2 * n);
                }
            }
            keys[n] = key(row[0].charAt(0), row[0].charAt(1), row[0].charAt(2));
            for (int k = 0; k < 3; k++) {
                cols[k][n] = Integer.parseInt(row[k + 1]);
            }
            n++;
        }

        TrigramTable table() {
            return sorted(Arrays.copyOf(keys, n), Arrays.copyOf(cols[0], n), Arrays.copyOf(cols[1], n),
                    Arrays.copyOf(cols[2], n));
        }
    }

    /** Row {@code i} as written: trigram, count, left, right. */
    String row(int i) {
        long k = keys[i];
        return new StringBuilder().append((char) (k >>> 32)).append((char) (k >>> 16)).append((char) k)
                .append('\t').append(counts[i]).append('\t').append(lefts[i]).append('\t').append(rights[i])
                .toString();
    }
}
