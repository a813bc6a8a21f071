package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Accessor variety of character bigrams over unannotated reports: for each bigram of two word characters (letters,
 * Han or digits) how often it is written, and how many distinct characters stand right before it (left variety)
 * and right after it (right variety); the start or end of a text counts as one character of its own. A word
 * boundary sits where the bigram after it has a high left variety and the bigram before it a high right variety,
 * and the bigram crossing it a low one (大抓|项目: 项目 follows many characters, 抓项 almost none). A classic statistic
 * of Chinese word segmentation from unannotated text; no gold. Bigrams written fewer than {@link #MINIMUM} times are
 * not kept (they count 0 in the table; the document's own text still counts them, {@link #withDocument}).
 * Immutable.
 */
public final class BoundaryStats {
    /** The bundled table (gzip TSV), relative to this class. */
    public static final String RESOURCE = "boundary-bigrams.tsv.gz";
    /** Bigrams written fewer times are left out of a corpus table (51,058 rows of 3.45 M characters at 5). */
    public static final int MINIMUM = 5;
    private static final char EDGE = '\u0002';
    private static final BoundaryStats EMPTY = new BoundaryStats(new int[0], new int[0], new int[0], new int[0]);

    /** Sorted bigram keys ({@link #key}) and, at the same index, count, left and right variety. */
    private final int[] keys;
    private final int[] counts;
    private final int[] left;
    private final int[] right;

    private BoundaryStats(int[] keys, int[] counts, int[] left, int[] right) {
        this.keys = keys;
        this.counts = counts;
        this.left = left;
        this.right = right;
    }

    public static BoundaryStats empty() {
        return EMPTY;
    }

    /** Counts the bigrams of {@code texts} (normalised report texts), keeping those written at least {@code minimum} times. */
    public static BoundaryStats count(List<String> texts, int minimum) {
        int n = 0;
        for (String t : texts) {
            for (int i = 0; i + 1 < t.length(); i++) {
                n += word(t.charAt(i)) && word(t.charAt(i + 1)) ? 1 : 0;
            }
        }
        // (bigram, neighbour) pairs, sorted: a bigram's distinct neighbours are its distinct pairs
        long[] before = new long[n];
        long[] after = new long[n];
        int at = 0;
        for (String t : texts) {
            for (int i = 0; i + 1 < t.length(); i++) {
                if (word(t.charAt(i)) && word(t.charAt(i + 1))) {
                    long k = key(t.charAt(i), t.charAt(i + 1)) & 0xffffffffL;
                    before[at] = k << 16 | (i > 0 ? t.charAt(i - 1) : EDGE);
                    after[at++] = k << 16 | (i + 2 < t.length() ? t.charAt(i + 2) : EDGE);
                }
            }
        }
        Arrays.sort(before);
        Arrays.sort(after);
        int[] keys = new int[n];
        int[] counts = new int[n];
        int[] left = new int[n];
        int[] right = new int[n];
        int rows = 0;
        int j = 0;
        for (int i = 0; i < n; ) {
            long k = before[i] >>> 16;
            int c = 0;
            int l = 0;
            for (long prev = -1; i < n && before[i] >>> 16 == k; i++) {
                c++;
                l += before[i] != prev ? 1 : 0;
                prev = before[i];
            }
            int r = 0;
            for (long prev = -1; j < n && after[j] >>> 16 == k; j++) {
                r += after[j] != prev ? 1 : 0;
                prev = after[j];
            }
            if (c >= minimum) {
                keys[rows] = (int) k;
                counts[rows] = c;
                left[rows] = l;
                right[rows++] = r;
            }
        }
        // keys sorted as unsigned longs above are sorted as signed ints only if no key has the sign bit: re-sort
        return sorted(Arrays.copyOf(keys, rows), Arrays.copyOf(counts, rows), Arrays.copyOf(left, rows),
                Arrays.copyOf(right, rows));
    }

    private static BoundaryStats sorted(int[] keys, int[] counts, int[] left, int[] right) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
        int[][] out = new int[4][keys.length];
        for (int i = 0; i < order.length; i++) {
            out[0][i] = keys[order[i]];
            out[1][i] = counts[order[i]];
            out[2][i] = left[order[i]];
            out[3][i] = right[order[i]];
        }
        return new BoundaryStats(out[0], out[1], out[2], out[3]);
    }

    /**
     * This table with the bigrams of one more text (the document being extracted) added: counts add, and the
     * varieties add too (an upper bound of the union's, which the table's sets no longer give). A document already
     * in the table's corpus is counted twice; its rare bigrams, under the table's minimum, then count as a new
     * document's would.
     */
    public BoundaryStats withDocument(String text) {
        BoundaryStats doc = count(List.of(text), 1);
        if (keys.length == 0) {
            return doc;
        }
        int[][] out = new int[4][keys.length + doc.keys.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < doc.keys.length) {
            int c = i == keys.length ? 1 : j == doc.keys.length ? -1 : Integer.compare(keys[i], doc.keys[j]);
            out[0][n] = c <= 0 ? keys[i] : doc.keys[j];
            out[1][n] = (c <= 0 ? counts[i] : 0) + (c >= 0 ? doc.counts[j] : 0);
            out[2][n] = (c <= 0 ? left[i] : 0) + (c >= 0 ? doc.left[j] : 0);
            out[3][n++] = (c <= 0 ? right[i] : 0) + (c >= 0 ? doc.right[j] : 0);
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }
        return new BoundaryStats(Arrays.copyOf(out[0], n), Arrays.copyOf(out[1], n), Arrays.copyOf(out[2], n),
                Arrays.copyOf(out[3], n));
    }

    /** How often the bigram {@code a b} is written (0 when not a word bigram or under the minimum). */
    public int count(char a, char b) {
        int i = index(a, b);
        return i < 0 ? 0 : counts[i];
    }

    /** Distinct characters right before the bigram {@code a b}. */
    public int leftVariety(char a, char b) {
        int i = index(a, b);
        return i < 0 ? 0 : left[i];
    }

    /** Distinct characters right after the bigram {@code a b}. */
    public int rightVariety(char a, char b) {
        int i = index(a, b);
        return i < 0 ? 0 : right[i];
    }

    public int size() {
        return keys.length;
    }

    private int index(char a, char b) {
        return word(a) && word(b) ? Arrays.binarySearch(keys, key(a, b)) : -1;
    }

    /** A character a bigram of the table may hold: a letter (Han included) or a digit. */
    public static boolean word(char ch) {
        return Character.isLetterOrDigit(ch);
    }

    private static int key(char a, char b) {
        return a << 16 | b;
    }

    /** The bundled table, or an empty one when the resource is missing. */
    public static BoundaryStats bundled() {
        try (InputStream in = BoundaryStats.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code # comment} lines and {@code bigram TAB count TAB left TAB right} rows. */
    public static BoundaryStats read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        int[][] out = new int[4][1024];
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 4 || c[0].length() != 2) {
                throw new IOException("bad boundary row: " + line);
            }
            if (n == out[0].length) {
                for (int k = 0; k < 4; k++) {
                    out[k] = Arrays.copyOf(out[k], 2 * n);
                }
            }
            out[0][n] = key(c[0].charAt(0), c[0].charAt(1));
            for (int k = 1; k < 4; k++) {
                out[k][n] = Integer.parseInt(c[k]);
            }
            n++;
        }
        return sorted(Arrays.copyOf(out[0], n), Arrays.copyOf(out[1], n), Arrays.copyOf(out[2], n),
                Arrays.copyOf(out[3], n));
    }

    /** Writes the table as gzip TSV after {@code header} lines (each written as a comment), rows in key order. */
    public void write(OutputStream out, List<String> header) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        for (int i = 0; i < keys.length; i++) {
            w.write(new String(new char[] {(char) (keys[i] >>> 16), (char) keys[i]}) + "\t" + counts[i] + "\t"
                    + left[i] + "\t" + right[i] + "\n");
        }
        w.flush();
        gz.finish();
    }
}
