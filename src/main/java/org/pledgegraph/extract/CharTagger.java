package org.pledgegraph.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.pledgegraph.model.EntityType;

/**
 * A learned proposer's model (issue 11): a greedy left-to-right averaged-perceptron tagger over single
 * characters, tags O and B/I of each entity type. The rules can only propose names whose head they list; the
 * tagger learns from the gold what names look like (a quoted coinage before 产业走廊, a short railway before
 * 高铁) and its spans become extra candidates for the judge. Features: the characters at −2…+2, the four
 * bigrams around the character, character classes and the previous tag. Deterministic: documents in the order
 * given, features numbered in order of appearance, no randomness; immutable once built.
 *
 * <p>A feature is a {@code long} ({@link #keys}: its template and one or two character codes), not a string; the
 * model file still names each feature by its string ({@link #name}), so files and tags are what they were when
 * the tagger built 13 strings per character (issue 14: that was most of its cost).
 */
public final class CharTagger {
    /** The bundled model, relative to this class. */
    public static final String MODEL = "char-tagger.bin";
    private static final List<EntityType> TYPES = List.of(EntityType.PARK, EntityType.PROJECT, EntityType.ROAD,
            EntityType.ENTERPRISE, EntityType.FACILITY);
    private static final int TAGS = 1 + 2 * TYPES.size();
    /** The feature templates, in the order a position's features are scored; the model file's prefixes. */
    private static final List<String> TEMPLATES = List.of("c0=", "c-1=", "c1=", "c-2=", "c2=", "b-1=", "b1=", "b-2=",
            "b2=", "k0=", "k-1=", "k1=", "bias");
    /** Features per position. */
    static final int PER_POSITION = TEMPLATES.size();
    /** Characters in each template's value: one (a character or class), two (a bigram or class pair), none (bias). */
    private static final int[] WIDTH = {1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 2, 2, 0};
    /** What the feature strings wrote for a position before the text and after it (as characters: "^" is '^'). */
    private static final char BEFORE = '^';
    private static final char AFTER = '$';
    private final FeatureTable weights;
    private final float[] transitions;

    private CharTagger(FeatureTable weights, float[] transitions) {
        this.weights = weights;
        this.transitions = transitions;
    }

    /** A training sentence and its names (offsets into the text). */
    public record Sequence(String text, List<Candidate> names) {
    }

    /** Trains on the sequences in order, {@code epochs} passes, weights averaged over every step. */
    public static CharTagger train(List<Sequence> data, int epochs) {
        Map<Long, Integer> index = new HashMap<>();
        List<int[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (Sequence s : data) {
            long[] f = keys(s.text());
            int[][] ids = new int[s.text().length()][PER_POSITION];
            for (int i = 0; i < ids.length; i++) {
                for (int j = 0; j < PER_POSITION; j++) {
                    ids[i][j] = index.computeIfAbsent(f[i * PER_POSITION + j], k -> index.size()) * TAGS;
                }
            }
            feats.add(ids);
            gold.add(tags(s));
        }
        int nf = index.size();
        float[] w = new float[nf * TAGS + TAGS * TAGS];
        float[] acc = new float[w.length];
        int tr = nf * TAGS;
        long step = 1;
        for (int e = 0; e < epochs; e++) {
            for (int d = 0; d < feats.size(); d++) {
                int[][] f = feats.get(d);
                int[] g = gold.get(d);
                int prev = 0;
                for (int i = 0; i < f.length; i++) {
                    int guess = best(f[i], w, w, tr, prev);
                    if (guess != g[i]) {
                        for (int at : f[i]) {
                            update(w, acc, at + g[i], 1, step);
                            update(w, acc, at + guess, -1, step);
                        }
                        update(w, acc, tr + prev * TAGS + g[i], 1, step);
                        update(w, acc, tr + prev * TAGS + guess, -1, step);
                    }
                    prev = g[i];
                    step++;
                }
            }
        }
        List<Map.Entry<Long, float[]>> kept = new ArrayList<>();
        for (Map.Entry<Long, Integer> en : index.entrySet()) {
            float[] row = new float[TAGS];
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                int k = en.getValue() * TAGS + t;
                row[t] = w[k] - acc[k] / step;
                any |= row[t] != 0;
            }
            if (any) {
                kept.add(Map.entry(en.getKey(), row));
            }
        }
        FeatureTable weights = new FeatureTable(kept.size(), TAGS);
        kept.forEach(en -> weights.put(en.getKey(), en.getValue()));
        float[] trans = new float[TAGS * TAGS];
        for (int k = 0; k < trans.length; k++) {
            trans[k] = w[tr + k] - acc[tr + k] / step;
        }
        return new CharTagger(weights, trans);
    }

    private static void update(float[] w, float[] acc, int k, int sign, long step) {
        w[k] += sign;
        acc[k] += sign * (float) step;
    }

    /**
     * The best tag after {@code prev}: the transition weight, then each feature's weight for the tag in order
     * ({@code at}: where a feature's weights start in {@code w}, −1 for one the model does not know). Training and
     * {@link #tag} both decide here, so they add the same floats in the same order.
     */
    private static int best(int[] at, float[] w, float[] trans, int transBase, int prev) {
        int bestTag = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) {
            if (!allowed(prev, t)) {
                continue;
            }
            float s = trans[transBase + prev * TAGS + t];
            for (int a : at) {
                s += a < 0 ? 0 : w[a + t];
            }
            if (s > best) {
                best = s;
                bestTag = t;
            }
        }
        return bestTag;
    }

    private static boolean allowed(int prev, int t) {
        return t == 0 || t % 2 == 1 || prev != 0 && (prev + 1) / 2 == t / 2;
    }

    /** Names the tagger finds in {@code text} (two characters or more), offsets shifted by {@code offset}. */
    public List<Candidate> tag(String text, int offset) {
        return decode(text, offset, null);
    }

    /**
     * Names the greedy decoder did not take but nearly did (issue 11, experiment): at each character where it chose
     * no B but the best B scored within {@code deficit} of its choice, the span the decoder would have tagged had it
     * taken that B (continuing greedily until it leaves the name). Spans equal to a {@link #tag} name are left out.
     */
    public List<Candidate> alternatives(String text, int offset, float deficit) {
        long[] f = keys(text);
        int n = text.length();
        float[] rows = weights.rows();
        int[][] at = new int[n][PER_POSITION];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < PER_POSITION; j++) {
                at[i][j] = weights.offset(f[i * PER_POSITION + j]);
            }
        }
        int[] tags = new int[n];
        int prev = 0;
        for (int i = 0; i < n; i++) {
            tags[i] = best(at[i], rows, transitions, 0, prev);
            prev = tags[i];
        }
        java.util.Set<Long> greedy = new java.util.HashSet<>();
        decode(text, 0, null).forEach(c -> greedy.add((long) c.begin() << 32 | c.end()));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (tags[i] % 2 == 1) {
                continue;
            }
            int p = i == 0 ? 0 : tags[i - 1];
            float chosen = score(at[i], rows, p, tags[i]);
            int bestB = -1;
            float bs = Float.NEGATIVE_INFINITY;
            for (int t = 1; t < TAGS; t += 2) {
                float x = score(at[i], rows, p, t);
                if (x > bs) {
                    bs = x;
                    bestB = t;
                }
            }
            if (chosen - bs > deficit) {
                continue;
            }
            int pt = bestB;
            int j = i + 1;
            while (j < n) {
                int t = best(at[j], rows, transitions, 0, pt);
                if (t == 0 || t % 2 == 1) {
                    break;
                }
                pt = t;
                j++;
            }
            if (j - i >= 2 && !greedy.contains((long) i << 32 | j)) {
                out.add(new Candidate(TYPES.get((bestB - 1) / 2), offset + i, offset + j, text.substring(i, j), null));
            }
        }
        return out;
    }

    private float score(int[] at, float[] rows, int prev, int t) {
        float x = transitions[prev * TAGS + t];
        for (int a : at) {
            x += a < 0 ? 0 : rows[a + t];
        }
        return x;
    }

    /**
     * The tagger's evidence per character of a text, read from the scores the greedy decoder computes (each tag's
     * transition weight from the decoder's own previous tag plus its features' weights; a tag the decoder may not
     * take after that tag, I after O, is scored all the same, its transition never trained): what the tags alone
     * do not say, how sure the tagger is (issue 11: a judge feature, {@link TaggerConfidenceFeatures}).
     *
     * @param names   the spans of {@link #tag} (the same list)
     * @param margin  the chosen tag's score over the best other tag the decoder could take (≥ 0; 0 on a tie)
     * @param begin   the best B tag's score over the best other tag: above 0, a name starts here
     * @param inside  the best I tag's over the best other: above 0, a name goes on through here
     * @param outside O's over the best other: above 0, no name here
     */
    public record Scored(List<Candidate> names, float[] margin, float[] begin, float[] inside, float[] outside) {
    }

    /**
     * {@link #tag} with the scores behind each character's tag. The tags come from the same sums in the same order
     * as {@link #best} (ties to the lower tag), so the names equal {@link #tag}'s (tested).
     */
    public Scored scored(String text, int offset) {
        float[][] leads = new float[4][text.length()];
        List<Candidate> names = decode(text, offset, leads);
        return new Scored(names, leads[0], leads[1], leads[2], leads[3]);
    }

    /**
     * The greedy decoder: names of {@code text}, offsets shifted by {@code offset}. With {@code leads} (margin, B, I,
     * O rows, one column per character) it also records each character's score leads; the tag is then chosen from
     * the same sums, in the same order and with the same tie rule as {@link #best}.
     */
    private List<Candidate> decode(String text, int offset, float[][] leads) {
        long[] f = keys(text);
        int n = text.length();
        float[] rows = weights.rows();
        int[] at = new int[PER_POSITION];
        float[] s = new float[TAGS];
        List<Candidate> out = new ArrayList<>();
        int prev = 0;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            int tag = 0;
            if (i < n) {
                for (int j = 0; j < PER_POSITION; j++) { // one table look-up per feature
                    at[j] = weights.offset(f[i * PER_POSITION + j]);
                }
                tag = leads == null ? best(at, rows, transitions, 0, prev) : scoredBest(at, rows, prev, s, leads, i);
            }
            if (tag % 2 != 0 || tag == 0) {
                if (start >= 0 && i - start >= 2) {
                    out.add(new Candidate(TYPES.get((prev - 1) / 2), offset + start, offset + i,
                            text.substring(start, i), null));
                }
                start = tag == 0 ? -1 : i;
            }
            prev = tag;
        }
        return out;
    }

    /** As {@link #best}, scoring every tag into {@code s} and writing character {@code i}'s leads. */
    private int scoredBest(int[] at, float[] rows, int prev, float[] s, float[][] leads, int i) {
        int tag = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) {
            float x = transitions[prev * TAGS + t];
            for (int a : at) {
                x += a < 0 ? 0 : rows[a + t];
            }
            s[t] = x;
            if (allowed(prev, t) && x > bestScore) {
                bestScore = x;
                tag = t;
            }
        }
        float other = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) {
            if (t != tag && allowed(prev, t)) {
                other = Math.max(other, s[t]);
            }
        }
        leads[0][i] = bestScore - other;
        leads[1][i] = lead(s, 1);
        leads[2][i] = lead(s, 2);
        leads[3][i] = lead(s, 0);
        return tag;
    }

    /** The best score of the tags of one kind (0: O, 1: a B, 2: an I) less the best of the other tags. */
    private static float lead(float[] s, int kind) {
        float in = Float.NEGATIVE_INFINITY;
        float rest = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) {
            int k = t == 0 ? 0 : t % 2 == 1 ? 1 : 2;
            if (k == kind) {
                in = Math.max(in, s[t]);
            } else {
                rest = Math.max(rest, s[t]);
            }
        }
        return in - rest;
    }

    private static int[] tags(Sequence s) {
        int[] g = new int[s.text().length()];
        for (Candidate c : s.names()) {
            int t = TYPES.indexOf(c.type());
            if (t < 0) {
                continue;
            }
            for (int i = c.begin(); i < c.end(); i++) {
                g[i] = i == c.begin() ? 1 + 2 * t : 2 + 2 * t;
            }
        }
        return g;
    }

    /**
     * The features of each character of {@code t}, {@link #PER_POSITION} per character in template order: the
     * template in bits 32 and up, its one or two characters (a pair as {@code first << 16 | second}) below.
     * The characters at −2…+2 ('^' before the text, '$' after it), the bigrams m1c0, c0p1, m2m1, p1p2, the class
     * of c0 and the class pairs (m1, c0) and (c0, p1) (as their letters, 'E' outside the text), and the bias.
     */
    static long[] keys(String t) {
        int n = t.length();
        char[] c = new char[n + 4];
        char[] k = new char[n + 2];
        c[0] = BEFORE;
        c[1] = BEFORE;
        c[n + 2] = AFTER;
        c[n + 3] = AFTER;
        k[0] = 'E';
        k[n + 1] = 'E';
        for (int i = 0; i < n; i++) {
            c[i + 2] = t.charAt(i);
            k[i + 1] = cls(t.charAt(i));
        }
        long[] out = new long[n * PER_POSITION];
        for (int i = 0; i < n; i++) {
            int x = i + 2; // c[x] is character i
            int y = i + 1; // k[y] is its class
            int o = i * PER_POSITION;
            out[o] = key(0, c[x]);
            out[o + 1] = key(1, c[x - 1]);
            out[o + 2] = key(2, c[x + 1]);
            out[o + 3] = key(3, c[x - 2]);
            out[o + 4] = key(4, c[x + 2]);
            out[o + 5] = key(5, pair(c[x - 1], c[x]));
            out[o + 6] = key(6, pair(c[x], c[x + 1]));
            out[o + 7] = key(7, pair(c[x - 2], c[x - 1]));
            out[o + 8] = key(8, pair(c[x + 1], c[x + 2]));
            out[o + 9] = key(9, k[y]);
            out[o + 10] = key(10, pair(k[y - 1], k[y]));
            out[o + 11] = key(11, pair(k[y], k[y + 1]));
            out[o + 12] = key(12, 0);
        }
        return out;
    }

    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    private static long key(int template, int value) {
        return (long) template << 32 | (value & 0xFFFFFFFFL);
    }

    /** The feature's string as the model file (and the tagger before issue 14) names it: "c0=园", "b1=产业", "bias". */
    static String name(long key) {
        int template = (int) (key >>> 32);
        int value = (int) key;
        String p = TEMPLATES.get(template);
        return switch (WIDTH[template]) {
            case 0 -> p;
            case 1 -> p + (char) value;
            default -> p + (char) (value >>> 16) + (char) (value & 0xFFFF);
        };
    }

    /** The code of a feature string of the model file; −1 if no template makes it. */
    static long parse(String name) {
        for (int j = 0; j < TEMPLATES.size(); j++) {
            String p = TEMPLATES.get(j);
            if (name.startsWith(p) && name.length() == p.length() + WIDTH[j]) {
                String v = name.substring(p.length());
                return key(j, switch (WIDTH[j]) {
                    case 0 -> 0;
                    case 1 -> v.charAt(0);
                    default -> pair(v.charAt(0), v.charAt(1));
                });
            }
        }
        return -1;
    }

    /** The features of each character of {@code t} as strings (package-private: the experiment harness in the tests). */
    static String[][] features(String t) {
        long[] keys = keys(t);
        String[][] out = new String[t.length()][PER_POSITION];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < PER_POSITION; j++) {
                out[i][j] = name(keys[i * PER_POSITION + j]);
            }
        }
        return out;
    }

    /** Character class: digit, quote, punctuation, Latin, Han (or other); 'E' (edge) is outside the text. */
    private static char cls(char c) {
        if (Character.isDigit(c)) {
            return 'D';
        }
        if ("“”\"「」‘’".indexOf(c) >= 0) {
            return 'Q';
        }
        if ("、，。；：！？,.;:（）()\n".indexOf(c) >= 0) {
            return 'P';
        }
        return Character.isLetter(c) && c < 0x3000 ? 'L' : 'H';
    }

    /** Writes the model (gzip; features by name, sorted, so the same model gives the same bytes). */
    public void write(OutputStream o) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(o));
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(TAGS);
        for (float x : transitions) {
            out.writeFloat(x);
        }
        Map<String, Integer> sorted = new TreeMap<>();
        for (long k : weights.keys()) {
            sorted.put(name(k), weights.offset(k));
        }
        float[] rows = weights.rows();
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            for (int t = 0; t < TAGS; t++) {
                out.writeFloat(rows[e.getValue() + t]);
            }
        }
        out.flush();
        gz.finish();
        gz.flush();
    }

    public static CharTagger read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(new BufferedInputStream(in)));
        if (d.readInt() != TAGS) {
            throw new IOException("tagger model with another tag set");
        }
        float[] trans = new float[TAGS * TAGS];
        for (int k = 0; k < trans.length; k++) {
            trans[k] = d.readFloat();
        }
        int n = d.readInt();
        FeatureTable w = new FeatureTable(n, TAGS);
        float[] row = new float[TAGS];
        for (int i = 0; i < n; i++) {
            String name = d.readUTF();
            long key = parse(name);
            if (key < 0) {
                throw new IOException("tagger model with an unknown feature: " + name);
            }
            for (int t = 0; t < TAGS; t++) {
                row[t] = d.readFloat();
            }
            w.put(key, row);
        }
        return new CharTagger(w, trans);
    }

    /** The bundled model, or null when none is on the class path. */
    public static CharTagger bundled() {
        try (InputStream in = CharTagger.class.getResourceAsStream(MODEL)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
