package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distributional classes of characters learned from unannotated reports (issue 11): characters that stand between
 * the same neighbours fall into one class — suffix characters of facilities, verb characters, numerals, the
 * characters of place names. A judge feature that reads a character's class carries over to characters no
 * annotated report contains, where a feature of the exact character says nothing. The classes maximise the
 * likelihood of a class bigram model of the text (the exchange algorithm of Kneser and Ney, 1993; Martin,
 * Liermann and Ney, 1998): each character in turn moves to the class that raises it most, until none moves. A
 * {@link #FINE} clustering of the characters written at least {@link #MINIMUM} times (the rarer ones are one token,
 * {@link #RARE}), and a {@link #COARSE} one of those classes by the same algorithm over the class bigrams. No gold;
 * deterministic (characters in order of frequency, then code). Immutable.
 */
public final class CharClusters {
    /** The bundled table, relative to this class (absent unless the shipped judge reads the classes). */
    public static final String RESOURCE = "char-clusters.tsv";
    /** Characters written fewer times are one token: their contexts are too few to place them. */
    public static final int MINIMUM = 5;
    public static final int FINE = 128;
    public static final int COARSE = 16;
    /** The class of a character the table has not seen, or of any character in an empty table. */
    public static final int UNKNOWN = -1;
    private static final int MAX_ROUNDS = 12;
    private static final char RARE = '\u0001';
    private static final char EDGE = '\u0002';
    private static final CharClusters EMPTY = new CharClusters(new byte[0], new byte[0]);

    /** Per character code, its fine class + 1 as an unsigned byte (0: not in the table); per fine class its coarse class. */
    private final byte[] fine;
    private final byte[] coarse;

    private CharClusters(byte[] fine, byte[] coarse) {
        this.fine = fine;
        this.coarse = coarse;
    }

    public static CharClusters empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return fine.length == 0;
    }

    /** The fine class of {@code ch} (a rare or unseen character: the class of rare characters), or {@link #UNKNOWN}. */
    public int fine(char ch) {
        if (isEmpty()) {
            return UNKNOWN;
        }
        int f = (fine[ch] & 0xff) - 1;
        return f >= 0 ? f : (fine[RARE] & 0xff) - 1;
    }

    /** The coarse class of {@code ch}, or {@link #UNKNOWN}. */
    public int coarse(char ch) {
        int f = fine(ch);
        return f < 0 ? UNKNOWN : coarse[f];
    }

    /** Learns the classes from {@code texts} (normalised report texts; each text's edges are a token of their own). */
    public static CharClusters learn(List<String> texts) {
        int[] count = new int[65536];
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                count[t.charAt(i)]++;
            }
        }
        count[RARE] = 0;
        count[EDGE] = 0;
        char[] token = new char[65536]; // character → token character (itself, RARE)
        for (int ch = 0; ch < 65536; ch++) {
            token[ch] = count[ch] >= MINIMUM ? (char) ch : RARE;
        }
        token[EDGE] = EDGE;
        Map<Long, Integer> pairs = new HashMap<>();
        int[] tokens = new int[65536];
        for (String t : texts) {
            char prev = EDGE;
            tokens[EDGE]++;
            for (int i = 0; i <= t.length(); i++) {
                char cur = i < t.length() ? token[t.charAt(i)] : EDGE;
                tokens[cur]++;
                pairs.merge((long) prev << 16 | cur, 1, Integer::sum);
                prev = cur;
            }
        }
        List<Character> vocab = new ArrayList<>();
        for (int ch = 0; ch < 65536; ch++) {
            if (tokens[ch] > 0) {
                vocab.add((char) ch);
            }
        }
        vocab.sort((x, y) -> tokens[y] != tokens[x] ? Integer.compare(tokens[y], tokens[x]) : Character.compare(x, y));
        int[] index = new int[65536];
        Arrays.fill(index, -1);
        for (int i = 0; i < vocab.size(); i++) {
            index[vocab.get(i)] = i;
        }
        Bigrams words = Bigrams.of(vocab.size(), pairs, index);
        int[] fineOf = exchange(words, FINE);
        // the coarse classes: the same algorithm over the fine classes' bigram counts
        Map<Long, Integer> classPairs = new HashMap<>();
        pairs.forEach((k, n) -> {
            int a = fineOf[index[(int) (k >>> 16)]];
            int b = fineOf[index[(int) (k & 0xffff)]];
            classPairs.merge((long) a << 16 | b, n, Integer::sum);
        });
        int[] identity = new int[65536];
        for (int c = 0; c < 65536; c++) {
            identity[c] = c < FINE ? c : -1;
        }
        int[] coarseOf = exchange(Bigrams.of(FINE, classPairs, identity), COARSE);
        byte[] fine = new byte[65536];
        for (int i = 0; i < vocab.size(); i++) {
            fine[vocab.get(i)] = (byte) (fineOf[i] + 1);
        }
        byte[] coarse = new byte[FINE];
        for (int c = 0; c < FINE; c++) {
            coarse[c] = (byte) coarseOf[c];
        }
        return new CharClusters(fine, coarse);
    }

    /** Bigram counts of a vocabulary of {@code n} items: per item its right and left neighbours, and itself after itself. */
    private record Bigrams(int n, int[][] right, int[][] rightCount, int[][] left, int[][] leftCount, int[] self,
                           long[] asLeft, long[] asRight) {
        static Bigrams of(int n, Map<Long, Integer> pairs, int[] index) {
            List<List<int[]>> r = new ArrayList<>();
            List<List<int[]>> l = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                r.add(new ArrayList<>());
                l.add(new ArrayList<>());
            }
            int[] self = new int[n];
            long[] asLeft = new long[n];
            long[] asRight = new long[n];
            List<Long> keys = new ArrayList<>(pairs.keySet());
            keys.sort(null); // the same order whatever the map's
            for (long k : keys) {
                int a = index[(int) (k >>> 16)];
                int b = index[(int) (k & 0xffff)];
                int c = pairs.get(k);
                asLeft[a] += c;
                asRight[b] += c;
                if (a == b) {
                    self[a] += c;
                } else {
                    r.get(a).add(new int[] {b, c});
                    l.get(b).add(new int[] {a, c});
                }
            }
            int[][] right = new int[n][];
            int[][] rightCount = new int[n][];
            int[][] left = new int[n][];
            int[][] leftCount = new int[n][];
            for (int i = 0; i < n; i++) {
                right[i] = r.get(i).stream().mapToInt(x -> x[0]).toArray();
                rightCount[i] = r.get(i).stream().mapToInt(x -> x[1]).toArray();
                left[i] = l.get(i).stream().mapToInt(x -> x[0]).toArray();
                leftCount[i] = l.get(i).stream().mapToInt(x -> x[1]).toArray();
            }
            return new Bigrams(n, right, rightCount, left, leftCount, self, asLeft, asRight);
        }
    }

    /**
     * The exchange algorithm: items in index order (most frequent first) start in class {@code index mod k}; each
     * round moves every item to the class that raises Σ f(N(c,d)) − Σ f(N(c,·)) − Σ f(N(·,d)) most (f(x) = x ln x;
     * the class bigram model's log-likelihood up to a constant), a tie keeping it where it is.
     */
    private static int[] exchange(Bigrams g, int k) {
        int[] cls = new int[g.n()];
        double[][] nn = new double[k][k];
        double[] nl = new double[k];
        double[] nr = new double[k];
        for (int i = 0; i < g.n(); i++) {
            cls[i] = i % k;
        }
        for (int i = 0; i < g.n(); i++) {
            for (int j = 0; j < g.right()[i].length; j++) {
                nn[cls[i]][cls[g.right()[i][j]]] += g.rightCount()[i][j];
            }
            nn[cls[i]][cls[i]] += g.self()[i];
            nl[cls[i]] += g.asLeft()[i];
            nr[cls[i]] += g.asRight()[i];
        }
        double[] rw = new double[k];
        double[] lw = new double[k];
        int[] touched = new int[k];
        boolean[] seen = new boolean[k];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int moved = 0;
            for (int w = 0; w < g.n(); w++) {
                int nt = 0;
                for (int j = 0; j < g.right()[w].length; j++) {
                    int d = cls[g.right()[w][j]];
                    rw[d] += g.rightCount()[w][j];
                    if (!seen[d]) {
                        seen[d] = true;
                        touched[nt++] = d;
                    }
                }
                for (int j = 0; j < g.left()[w].length; j++) {
                    int d = cls[g.left()[w][j]];
                    lw[d] += g.leftCount()[w][j];
                    if (!seen[d]) {
                        seen[d] = true;
                        touched[nt++] = d;
                    }
                }
                Arrays.sort(touched, 0, nt); // sums in one order: the same classes on every machine
                int self = g.self()[w];
                int from = cls[w];
                move(nn, nl, nr, from, rw, lw, touched, nt, self, g.asLeft()[w], g.asRight()[w], -1);
                int best = from;
                double bestGain = gain(nn, nl, nr, from, rw, lw, touched, nt, self, g.asLeft()[w], g.asRight()[w]);
                for (int c = 0; c < k; c++) {
                    if (c != from) {
                        double x = gain(nn, nl, nr, c, rw, lw, touched, nt, self, g.asLeft()[w], g.asRight()[w]);
                        if (x > bestGain + 1e-9) {
                            bestGain = x;
                            best = c;
                        }
                    }
                }
                move(nn, nl, nr, best, rw, lw, touched, nt, self, g.asLeft()[w], g.asRight()[w], 1);
                if (best != from) {
                    cls[w] = best;
                    moved++;
                }
                for (int j = 0; j < nt; j++) {
                    rw[touched[j]] = 0;
                    lw[touched[j]] = 0;
                    seen[touched[j]] = false;
                }
            }
            if (moved == 0) {
                break;
            }
        }
        return cls;
    }

    /** Adds ({@code sign} 1) or removes (−1) an item with these class neighbour counts to or from class {@code c}. */
    private static void move(double[][] nn, double[] nl, double[] nr, int c, double[] rw, double[] lw, int[] touched,
                             int nt, int self, long asLeft, long asRight, int sign) {
        for (int j = 0; j < nt; j++) {
            int d = touched[j];
            nn[c][d] += sign * rw[d];
            nn[d][c] += sign * lw[d];
        }
        nn[c][c] += sign * self;
        nl[c] += sign * asLeft;
        nr[c] += sign * asRight;
    }

    /** The rise of the objective if the item (out of every class) joins class {@code c}. */
    private static double gain(double[][] nn, double[] nl, double[] nr, int c, double[] rw, double[] lw,
                               int[] touched, int nt, int self, long asLeft, long asRight) {
        double s = 0;
        double diagonal = self;
        for (int j = 0; j < nt; j++) {
            int d = touched[j];
            if (d == c) {
                diagonal += rw[d] + lw[d];
                continue;
            }
            if (rw[d] > 0) {
                s += f(nn[c][d] + rw[d]) - f(nn[c][d]);
            }
            if (lw[d] > 0) {
                s += f(nn[d][c] + lw[d]) - f(nn[d][c]);
            }
        }
        s += f(nn[c][c] + diagonal) - f(nn[c][c]);
        s -= f(nl[c] + asLeft) - f(nl[c]);
        s -= f(nr[c] + asRight) - f(nr[c]);
        return s;
    }

    private static double f(double x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    /** Writes {@code # header} lines, then {@code character TAB fine TAB coarse} rows in code order (rare: U+0001). */
    public void write(OutputStream out, List<String> header) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        for (int ch = 0; ch < fine.length; ch++) {
            int f = fine[ch] & 0xff;
            if (f > 0) {
                String shown = ch == RARE ? "RARE" : ch == EDGE ? "EDGE" : ch == '\t' ? "TAB" : ch == '\n' ? "LF"
                        : ch == ' ' ? "SPACE" : ch == '#' ? "HASH" : String.valueOf((char) ch);
                w.write(shown + "\t" + (f - 1) + "\t" + coarse[f - 1] + "\n");
            }
        }
        w.flush();
    }

    /** Reads what {@link #write} wrote. */
    public static CharClusters read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        byte[] fine = new byte[65536];
        byte[] coarse = new byte[FINE];
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.startsWith("# ")) {
                continue;
            }
            String[] c = line.split("\t");
            char ch = switch (c[0]) {
                case "RARE" -> RARE;
                case "EDGE" -> EDGE;
                case "TAB" -> '\t';
                case "LF" -> '\n';
                case "SPACE" -> ' ';
                case "HASH" -> '#';
                default -> c[0].charAt(0);
            };
            int f = Integer.parseInt(c[1]);
            fine[ch] = (byte) (f + 1);
            coarse[f] = (byte) Integer.parseInt(c[2]);
        }
        return new CharClusters(fine, coarse);
    }

    /** The bundled table, or an empty one when the resource is missing. */
    public static CharClusters bundled() {
        try (InputStream in = CharClusters.class.getResourceAsStream(RESOURCE)) {
            return in == null ? empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
