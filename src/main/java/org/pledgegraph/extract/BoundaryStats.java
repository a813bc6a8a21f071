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
    /**
     * Trigrams written fewer times are left out of a corpus table, fixed from the resource's size and load time
     * before any LOGO (docs/extraction.md, "Boundary statistics").
     */
    public static final int TRIGRAM_MINIMUM = 5;
    /** A branching entropy the table does not know (a bigram only the document writes, or a table without them). */
    public static final int UNKNOWN = -1;
    private static final char EDGE = '\u0002';
    private static final int KEY = 0;
    private static final int COUNT = 1;
    private static final int LEFT = 2;
    private static final int RIGHT = 3;
    private static final int LEFT_H = 4;
    private static final int RIGHT_H = 5;
    private static final int COLUMNS = 6;
    private static final BoundaryStats EMPTY = new BoundaryStats(new int[COLUMNS][0], TrigramTable.EMPTY);

    /**
     * Columns, at the same index: sorted bigram keys ({@link #key}), count, left and right variety, left and right
     * branching entropy in tenths of a bit ({@link #UNKNOWN} when not known).
     */
    private final int[][] cols;
    /** The trigrams' counts and varieties (three-character context at an edge); empty in a table written without. */
    private final TrigramTable trigrams;

    private BoundaryStats(int[][] cols, TrigramTable trigrams) {
        this.cols = cols;
        this.trigrams = trigrams;
    }

    public static BoundaryStats empty() {
        return EMPTY;
    }

    /** Counts the bigrams and trigrams of {@code texts}, keeping those written at least {@code minimum} times. */
    public static BoundaryStats count(List<String> texts, int minimum) {
        return count(texts, minimum, minimum);
    }

    /**
     * Counts the bigrams of {@code texts} (normalised report texts), keeping those written at least {@code minimum}
     * times, and their trigrams, keeping those written at least {@code trigramMinimum} times.
     */
    public static BoundaryStats count(List<String> texts, int minimum, int trigramMinimum) {
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
        int[][] out = new int[COLUMNS][n];
        int rows = 0;
        int[] l = new int[3];
        int[] r = new int[3];
        for (int i = 0, j = 0; i < n; ) {
            long k = before[i] >>> 16;
            i = neighbours(before, i, l);
            j = neighbours(after, j, r);
            if (l[0] >= minimum) {
                out[KEY][rows] = (int) k;
                out[COUNT][rows] = l[0];
                out[LEFT][rows] = l[1];
                out[RIGHT][rows] = r[1];
                out[LEFT_H][rows] = l[2];
                out[RIGHT_H][rows++] = r[2];
            }
        }
        for (int c = 0; c < COLUMNS; c++) {
            out[c] = Arrays.copyOf(out[c], rows);
        }
        // keys sorted as unsigned longs above are sorted as signed ints only if no key has the sign bit: re-sort
        return sorted(out, TrigramTable.count(texts, trigramMinimum));
    }

    /**
     * Reads the run of (bigram, neighbour) pairs of one bigram from {@code from} into {@code into}: how often it is
     * written, how many distinct neighbours, and the entropy of the neighbour's distribution in tenths of a bit
     * (log2 c − Σ n log2 n / c over the neighbours' counts n); returns where the next bigram starts.
     */
    private static int neighbours(long[] pairs, int from, int[] into) {
        long k = pairs[from] >>> 16;
        int c = 0;
        int distinct = 0;
        double nlogn = 0;
        int run = 0;
        int i = from;
        for (long prev = -1; i < pairs.length && pairs[i] >>> 16 == k; i++) {
            if (pairs[i] != prev) {
                nlogn += run > 1 ? run * Math.log(run) : 0;
                run = 0;
                distinct++;
                prev = pairs[i];
            }
            run++;
            c++;
        }
        nlogn += run > 1 ? run * Math.log(run) : 0;
        into[0] = c;
        into[1] = distinct;
        into[2] = (int) Math.round(10 * (Math.log(c) - nlogn / c) / Math.log(2));
        return i;
    }

    private static BoundaryStats sorted(int[][] cols, TrigramTable trigrams) {
        int[] keys = cols[KEY];
        boolean ascending = true;
        for (int i = 1; i < keys.length && ascending; i++) {
            ascending = keys[i - 1] < keys[i];
        }
        if (ascending) {
            return new BoundaryStats(cols, trigrams); // a written table is read in key order: no boxed sort
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
        int[][] out = new int[COLUMNS][keys.length];
        for (int i = 0; i < order.length; i++) {
            for (int c = 0; c < COLUMNS; c++) {
                out[c][i] = cols[c][order[i]];
            }
        }
        return new BoundaryStats(out, trigrams);
    }

    /**
     * This table with the bigrams of one more text (the document being extracted) added: counts add, and the
     * varieties add too (an upper bound of the union's, which the table's sets no longer give). A document already
     * in the table's corpus is counted twice; its rare bigrams, under the table's minimum, then count as a new
     * document's would. Branching entropies stay the table's: a distribution cannot be merged from its entropy, one
     * report is under 1 % of the corpus, and a bigram only the document writes (under the table's minimum) has too
     * few neighbours for its entropy to say more than its count; those are {@link #UNKNOWN}.
     */
    public BoundaryStats withDocument(String text) {
        int[][] doc = count(List.of(text), 1).cols;
        int[] keys = cols[KEY];
        int[] dk = doc[KEY];
        int[][] out = new int[COLUMNS][keys.length + dk.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < dk.length) {
            int c = i == keys.length ? 1 : j == dk.length ? -1 : Integer.compare(keys[i], dk[j]);
            out[KEY][n] = c <= 0 ? keys[i] : dk[j];
            for (int col = COUNT; col <= RIGHT; col++) {
                out[col][n] = (c <= 0 ? cols[col][i] : 0) + (c >= 0 ? doc[col][j] : 0);
            }
            out[LEFT_H][n] = c <= 0 ? cols[LEFT_H][i] : UNKNOWN;
            out[RIGHT_H][n++] = c <= 0 ? cols[RIGHT_H][i] : UNKNOWN;
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }
        for (int c = 0; c < COLUMNS; c++) {
            out[c] = Arrays.copyOf(out[c], n);
        }
        return new BoundaryStats(out, trigrams.withDocument(text));
    }

    /** How often the bigram {@code a b} is written (0 when not a word bigram or under the minimum). */
    public int count(char a, char b) {
        return column(COUNT, a, b, 0);
    }

    /** Distinct characters right before the bigram {@code a b}. */
    public int leftVariety(char a, char b) {
        return column(LEFT, a, b, 0);
    }

    /** Distinct characters right after the bigram {@code a b}. */
    public int rightVariety(char a, char b) {
        return column(RIGHT, a, b, 0);
    }

    /**
     * Branching entropy before the bigram {@code a b}, in tenths of a bit: how unpredictable the character right
     * before it is (Tanaka-Ishii's boundary statistic read backwards); {@link #UNKNOWN} when the table lacks it.
     */
    public int leftEntropy(char a, char b) {
        return column(LEFT_H, a, b, UNKNOWN);
    }

    /** Branching entropy after the bigram {@code a b}, in tenths of a bit; {@link #UNKNOWN} when the table lacks it. */
    public int rightEntropy(char a, char b) {
        return column(RIGHT_H, a, b, UNKNOWN);
    }

    private int column(int c, char a, char b, int absent) {
        int i = index(a, b);
        return i < 0 ? absent : cols[c][i];
    }

    public int size() {
        return cols[KEY].length;
    }

    /** Rows of trigrams. */
    public int trigramSize() {
        return trigrams.size();
    }

    /** How often the trigram at [p, p + 3) of {@code t} is written (0 when not three word characters or absent). */
    public int trigramCount(String t, int p) {
        return trigrams.count(t, p);
    }

    /** Distinct characters right before the trigram at [p, p + 3) of {@code t} (0 as {@link #trigramCount}). */
    public int trigramLeftVariety(String t, int p) {
        return trigrams.leftVariety(t, p);
    }

    /** Distinct characters right after the trigram at [p, p + 3) of {@code t} (0 as {@link #trigramCount}). */
    public int trigramRightVariety(String t, int p) {
        return trigrams.rightVariety(t, p);
    }

    private int index(char a, char b) {
        return word(a) && word(b) ? Arrays.binarySearch(cols[KEY], key(a, b)) : -1;
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

    /**
     * Reads {@code # comment} lines and {@code bigram TAB count TAB left TAB right [TAB left entropy TAB right
     * entropy]} rows (entropies in tenths of a bit; a table of four columns knows none), and {@code trigram TAB count
     * TAB left TAB right} rows (a table without them knows no trigrams).
     */
    public static BoundaryStats read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        int[][] out = new int[COLUMNS][1024];
        TrigramTable.Rows trigrams = new TrigramTable.Rows();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length == 4 && c[0].length() == 3) {
                trigrams.add(c);
                continue;
            }
            if (c.length != 4 && c.length != COLUMNS || c[0].length() != 2) {
                throw new IOException("bad boundary row: " + line);
            }
            if (n == out[0].length) {
                for (int k = 0; k < COLUMNS; k++) {
                    out[k] = Arrays.copyOf(out[k], 2 * n);
                }
            }
            out[KEY][n] = key(c[0].charAt(0), c[0].charAt(1));
            for (int k = COUNT; k < COLUMNS; k++) {
                out[k][n] = k < c.length ? Integer.parseInt(c[k]) : UNKNOWN;
            }
            n++;
        }
        for (int k = 0; k < COLUMNS; k++) {
            out[k] = Arrays.copyOf(out[k], n);
        }
        return sorted(out, trigrams.table());
    }

    /** Writes the table as gzip TSV after {@code header} lines (each written as a comment), rows in key order. */
    public void write(OutputStream out, List<String> header) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new java.io.OutputStreamWriter(gz, StandardCharsets.UTF_8);
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        int[] keys = cols[KEY];
        for (int i = 0; i < keys.length; i++) {
            StringBuilder row = new StringBuilder().append((char) (keys[i] >>> 16)).append((char) keys[i]);
            for (int c = COUNT; c < COLUMNS; c++) {
                row.append('\t').append(cols[c][i]);
            }
            w.write(row.append('\n').toString());
        }
        for (int i = 0; i < trigrams.size(); i++) {
            w.write(trigrams.row(i) + "\n");
        }
        w.flush();
        gz.finish();
    }
}
