package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.train.AnnotatedDocument;

/**
 * Dev experiment (issue 11): would a learned character-level proposer raise proposal coverage? A greedy
 * averaged-perceptron BIO tagger over single characters (window ±2, bigrams, character class, previous tag)
 * is trained leave-one-government-out on the dev and training gold (held-out and helper governments excluded
 * before reading) and its spans on the left-out government are added to the rule proposals. Prints, per
 * fold and in total: gold rows the rules' proposals cover, the rows the tagger adds, and how many tagger
 * spans are new candidates (noise the judge would have to drop).
 *
 * <pre>java -cp target/pledgegraph.jar:target/test-classes org.pledgegraph.extract.TaggerExperimentMain [epochs]</pre>
 */
public final class TaggerExperimentMain {
    private static final int O = 0;
    private static final int B = 1;
    private static final int I = 2;

    private TaggerExperimentMain() {
    }

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<AnnotatedDocument> docs = new ArrayList<>(DevGoldDocuments.load());
        docs.removeIf(d -> d.gold().stem().startsWith("001") || d.gold().stem().startsWith("004")
                || d.gold().stem().startsWith("national"));
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> feats = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            feats.add(features(d.text(), index));
            tags.add(labels(d));
        }
        Extractor x = Extractor.defaults();
        Map<String, List<Integer>> byGov = new TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byGov.computeIfAbsent(docs.get(i).government(), k -> new ArrayList<>()).add(i);
        }
        int gold = 0;
        int rules = 0;
        int both = 0;
        int tagHit = 0;
        long spans = 0;
        long newSpans = 0;
        for (Map.Entry<String, List<Integer>> g : byGov.entrySet()) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (!g.getValue().contains(i)) {
                    train.add(i);
                }
            }
            float[][] w = train(train, feats, tags, index.size(), epochs);
            int fg = 0;
            int fr = 0;
            int fb = 0;
            for (int i : g.getValue()) {
                AnnotatedDocument d = docs.get(i);
                Set<String> keys = new HashSet<>();
                x.proposals(x.analyse(d.meta(), d.text()), x.judge().specificity())
                        .forEach(p -> keys.add(AnnotatedDocument.key(p.name())));
                Set<String> tagged = new HashSet<>();
                for (String s : decode(d.text(), feats.get(i), w)) {
                    spans++;
                    String k = AnnotatedDocument.key(s);
                    if (tagged.add(k) && !keys.contains(k)) {
                        newSpans++;
                    }
                }
                for (GoldRow r : d.gold().entities()) {
                    boolean byRules = r.names().stream().anyMatch(n -> keys.contains(AnnotatedDocument.key(n)));
                    boolean byTagger = r.names().stream().anyMatch(n -> tagged.contains(AnnotatedDocument.key(n)));
                    fg++;
                    fr += byRules ? 1 : 0;
                    fb += byRules || byTagger ? 1 : 0;
                    tagHit += byTagger ? 1 : 0;
                }
            }
            gold += fg;
            rules += fr;
            both += fb;
            System.out.printf("%-12s gold %4d rules %.3f +tagger %.3f%n", g.getKey(), fg, fr / (double) fg,
                    fb / (double) fg);
        }
        System.out.printf("TOTAL gold %d rules %d (%.3f) rules+tagger %d (%.3f); tagger alone %d (%.3f); "
                + "tagger spans %d, new candidates %d%n", gold, rules, rules / (double) gold, both,
                both / (double) gold, tagHit, tagHit / (double) gold, spans, newSpans);
    }

    /** BIO labels: every occurrence of a gold name or alias in the text, longest names first, no overlaps. */
    private static int[] labels(AnnotatedDocument d) {
        String t = d.text();
        int[] tag = new int[t.length()];
        List<String> names = new ArrayList<>();
        d.gold().entities().forEach(r -> names.addAll(r.names()));
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        boolean[] taken = new boolean[t.length()];
        for (String n : names) {
            if (n.length() < 2) {
                continue;
            }
            for (int at = t.indexOf(n); at >= 0; at = t.indexOf(n, at + 1)) {
                boolean free = true;
                for (int j = at; j < at + n.length(); j++) {
                    free &= !taken[j];
                }
                if (free) {
                    for (int j = at; j < at + n.length(); j++) {
                        taken[j] = true;
                        tag[j] = j == at ? B : I;
                    }
                }
            }
        }
        return tag;
    }

    /** CharTagger's features (since session 8; the measured run had its own copy without ‘’ as quotes), indexed. */
    private static int[][] features(String t, Map<String, Integer> index) {
        String[][] names = CharTagger.features(t);
        int[][] out = new int[names.length][];
        for (int i = 0; i < names.length; i++) {
            out[i] = new int[names[i].length];
            for (int j = 0; j < names[i].length; j++) {
                out[i][j] = index.computeIfAbsent(names[i][j], k -> index.size());
            }
        }
        return out;
    }

    /** Weights [feature*3+tag] then 9 transition weights [prev*3+tag] at the end; averaged over every update. */
    private static float[][] train(List<Integer> train, List<int[][]> feats, List<int[]> tags, int nf, int epochs) {
        int n = nf * 3 + 9;
        float[] w = new float[n];
        float[] acc = new float[n];
        long step = 1;
        for (int e = 0; e < epochs; e++) {
            for (int d : train) {
                int[][] f = feats.get(d);
                int[] gold = tags.get(d);
                int prev = O;
                for (int i = 0; i < f.length; i++) {
                    int guess = best(w, f[i], prev, nf);
                    if (guess != gold[i]) {
                        for (int id : f[i]) {
                            w[id * 3 + gold[i]] += 1;
                            acc[id * 3 + gold[i]] += step;
                            w[id * 3 + guess] -= 1;
                            acc[id * 3 + guess] -= step;
                        }
                        w[nf * 3 + prev * 3 + gold[i]] += 1;
                        acc[nf * 3 + prev * 3 + gold[i]] += step;
                        w[nf * 3 + prev * 3 + guess] -= 1;
                        acc[nf * 3 + prev * 3 + guess] -= step;
                    }
                    prev = gold[i];
                    step++;
                }
            }
        }
        float[] avg = new float[n];
        for (int i = 0; i < n; i++) {
            avg[i] = w[i] - acc[i] / step;
        }
        return new float[][] {avg};
    }

    private static int best(float[] w, int[] f, int prev, int nf) {
        int bestTag = O;
        float best = Float.NEGATIVE_INFINITY;
        for (int tag = 0; tag < 3; tag++) {
            if (tag == I && prev == O) {
                continue;
            }
            float s = w[nf * 3 + prev * 3 + tag];
            for (int id : f) {
                s += w[id * 3 + tag];
            }
            if (s > best) {
                best = s;
                bestTag = tag;
            }
        }
        return bestTag;
    }

    private static List<String> decode(String t, int[][] f, float[][] model) {
        float[] w = model[0];
        int nf = (w.length - 9) / 3;
        List<String> out = new ArrayList<>();
        int prev = O;
        int start = -1;
        for (int i = 0; i <= f.length; i++) {
            int tag = i < f.length ? best(w, f[i], prev, nf) : O;
            if (tag != I && start >= 0) {
                if (i - start >= 2) {
                    out.add(t.substring(start, i));
                }
                start = -1;
            }
            if (tag == B) {
                start = i;
            }
            prev = tag;
        }
        return out;
    }
}
