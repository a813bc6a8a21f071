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
 */
public final class CharTagger {
    /** The bundled model, relative to this class. */
    public static final String MODEL = "char-tagger.bin";
    private static final List<EntityType> TYPES = List.of(EntityType.PARK, EntityType.PROJECT, EntityType.ROAD,
            EntityType.ENTERPRISE, EntityType.FACILITY);
    private static final int TAGS = 1 + 2 * TYPES.size();
    /** Indexes of a position's features (every position has the same 13). */
    private static final int[] POSITIONS = java.util.stream.IntStream.range(0, 13).toArray();
    private final Map<String, float[]> weights;
    private final float[] transitions;

    private CharTagger(Map<String, float[]> weights, float[] transitions) {
        this.weights = weights;
        this.transitions = transitions;
    }

    /** A training sentence and its names (offsets into the text). */
    public record Sequence(String text, List<Candidate> names) {
    }

    /** Trains on the sequences in order, {@code epochs} passes, weights averaged over every step. */
    public static CharTagger train(List<Sequence> data, int epochs) {
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> feats = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (Sequence s : data) {
            String[][] f = features(s.text());
            int[][] ids = new int[f.length][];
            for (int i = 0; i < f.length; i++) {
                ids[i] = new int[f[i].length];
                for (int j = 0; j < f[i].length; j++) {
                    ids[i][j] = index.computeIfAbsent(f[i][j], k -> index.size());
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
                    int guess = best(f[i], prev, (id, t) -> w[id * TAGS + t], t -> w[tr + t]);
                    if (guess != g[i]) {
                        for (int id : f[i]) {
                            update(w, acc, id * TAGS + g[i], 1, step);
                            update(w, acc, id * TAGS + guess, -1, step);
                        }
                        update(w, acc, tr + prev * TAGS + g[i], 1, step);
                        update(w, acc, tr + prev * TAGS + guess, -1, step);
                    }
                    prev = g[i];
                    step++;
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> en : index.entrySet()) {
            float[] row = new float[TAGS];
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                int k = en.getValue() * TAGS + t;
                row[t] = w[k] - acc[k] / step;
                any |= row[t] != 0;
            }
            if (any) {
                weights.put(en.getKey(), row);
            }
        }
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

    private interface Weight {
        float of(int feature, int tag);
    }

    private interface Transition {
        float of(int k);
    }

    /** The best tag after {@code prev}; an I tag only continues a B or I of its type. */
    private static int best(int[] f, int prev, Weight w, Transition tr) {
        int bestTag = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < TAGS; t++) {
            if (!allowed(prev, t)) {
                continue;
            }
            float s = tr.of(prev * TAGS + t);
            for (int id : f) {
                s += w.of(id, t);
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
        String[][] f = features(text);
        List<Candidate> out = new ArrayList<>();
        int prev = 0;
        int start = -1;
        for (int i = 0; i <= f.length; i++) {
            int tag = 0;
            if (i < f.length) {
                // one map look-up per feature, not one per feature and tag (this was most of the tagger's time)
                float[][] rows = new float[f[i].length][];
                for (int id = 0; id < rows.length; id++) {
                    rows[id] = weights.get(f[i][id]);
                }
                tag = best(POSITIONS, prev, (id, t) -> rows[id] == null ? 0 : rows[id][t], k -> transitions[k]);
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

    /** The features of each character of {@code t} (package-private: the experiment harness in the tests uses them). */
    static String[][] features(String t) {
        String[][] out = new String[t.length()][];
        for (int i = 0; i < t.length(); i++) {
            String c0 = at(t, i);
            String m1 = at(t, i - 1);
            String p1 = at(t, i + 1);
            String m2 = at(t, i - 2);
            String p2 = at(t, i + 2);
            out[i] = new String[] {"c0=" + c0, "c-1=" + m1, "c1=" + p1, "c-2=" + m2, "c2=" + p2, "b-1=" + m1 + c0,
                "b1=" + c0 + p1, "b-2=" + m2 + m1, "b2=" + p1 + p2, "k0=" + cls(t, i),
                "k-1=" + cls(t, i - 1) + cls(t, i), "k1=" + cls(t, i) + cls(t, i + 1), "bias"};
        }
        return out;
    }

    private static String at(String t, int i) {
        return i < 0 ? "^" : i >= t.length() ? "$" : String.valueOf(t.charAt(i));
    }

    /** Character class: digit, quote, punctuation, Latin, Han (or other), edge. */
    private static String cls(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return "E";
        }
        char c = t.charAt(i);
        if (Character.isDigit(c)) {
            return "D";
        }
        if ("“”\"「」‘’".indexOf(c) >= 0) {
            return "Q";
        }
        if ("、，。；：！？,.;:（）()\n".indexOf(c) >= 0) {
            return "P";
        }
        return Character.isLetter(c) && c < 0x3000 ? "L" : "H";
    }

    /** Writes the model (gzip; features sorted, so the same model gives the same bytes). */
    public void write(OutputStream o) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(o));
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(TAGS);
        for (float x : transitions) {
            out.writeFloat(x);
        }
        Map<String, float[]> sorted = new TreeMap<>(weights);
        out.writeInt(sorted.size());
        for (Map.Entry<String, float[]> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            for (float x : e.getValue()) {
                out.writeFloat(x);
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
        Map<String, float[]> w = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = d.readUTF();
            float[] row = new float[TAGS];
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
