package org.pledgegraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A binary classifier of gradient-boosted regression trees over string features (present = 1, absent = missing),
 * evaluated in plain Java so that judging needs no native library: the sum of the trees' leaves is the log-odds of
 * {@link CandidateJudge#KEEP}. Built from XGBoost's text dump ({@link #fromDump}); read and written in a small text
 * format of its own. Presented as a {@link MaxentModel} so the judge takes it in place of the maxent model.
 * Immutable; evaluation is thread-safe.
 */
public final class BoostedTrees implements MaxentModel {
    private static final String[] OUTCOMES = {CandidateJudge.KEEP, CandidateJudge.DROP};
    private static final Pattern SPLIT = Pattern.compile("(\\d+):\\[f(\\d+)<([^\\]]+)\\] yes=(\\d+),no=(\\d+),missing=(\\d+)");
    private static final Pattern LEAF = Pattern.compile("(\\d+):leaf=(\\S+)");

    private final List<String> features;
    private final Map<String, Integer> index;
    private final List<Tree> trees;

    /**
     * One tree in arrays by node id: a node with {@code feature[n] < 0} is a leaf of value {@code value[n]}; else
     * {@code value[n]} is the split condition (XGBoost's: go to {@code yes} when the feature's value is below it).
     */
    record Tree(int[] feature, float[] value, int[] yes, int[] no, int[] missing) {
        double eval(int[] present) {
            int n = 0;
            while (feature[n] >= 0) {
                if (Arrays.binarySearch(present, feature[n]) < 0) {
                    n = missing[n];
                } else {
                    n = 1f < value[n] ? yes[n] : no[n];
                }
            }
            return value[n];
        }
    }

    private BoostedTrees(List<String> features, List<Tree> trees) {
        this.features = List.copyOf(features);
        this.trees = List.copyOf(trees);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < this.features.size(); i++) {
            m.putIfAbsent(this.features.get(i), i);
        }
        this.index = Map.copyOf(m);
    }

    /** From XGBoost's text dump (one string per tree, features named f0, f1, … by position in {@code features}). */
    public static BoostedTrees fromDump(List<String> features, String[] dump) {
        List<Tree> trees = new ArrayList<>();
        for (String t : dump) {
            trees.add(parse(t.split("\n")));
        }
        return new BoostedTrees(features, trees);
    }

    private static Tree parse(String[] lines) {
        int size = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                size = Math.max(size, Integer.parseInt(l.strip().replaceFirst(":.*", "")) + 1);
            }
        }
        int[] feature = new int[size];
        float[] value = new float[size];
        int[] yes = new int[size];
        int[] no = new int[size];
        int[] missing = new int[size];
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = SPLIT.matcher(s);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                feature[n] = Integer.parseInt(m.group(2));
                value[n] = Float.parseFloat(m.group(3));
                yes[n] = Integer.parseInt(m.group(4));
                no[n] = Integer.parseInt(m.group(5));
                missing[n] = Integer.parseInt(m.group(6));
                continue;
            }
            Matcher f = LEAF.matcher(s);
            if (!f.matches()) {
                throw new IllegalArgumentException("not a tree node: " + s);
            }
            int n = Integer.parseInt(f.group(1));
            feature[n] = -1;
            value[n] = Float.parseFloat(f.group(2));
        }
        return new Tree(feature, value, yes, no, missing);
    }

    /** Log-odds of keep: the sum of the leaves each tree sends these features to. */
    public double margin(String[] context) {
        int[] present = Arrays.stream(context).map(index::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sorted().distinct().toArray();
        double sum = 0;
        for (Tree t : trees) {
            sum += t.eval(present);
        }
        return sum;
    }

    @Override
    public double[] eval(String[] context) {
        double p = 1 / (1 + Math.exp(-margin(context)));
        return new double[] {p, 1 - p};
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        double[] p = eval(context);
        System.arraycopy(p, 0, probs, 0, 2);
        return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return outcomes[0] >= outcomes[1] ? OUTCOMES[0] : OUTCOMES[1];
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return OUTCOMES[0] + "[" + outcomes[0] + "] " + OUTCOMES[1] + "[" + outcomes[1] + "]";
    }

    @Override
    public String getOutcome(int i) {
        return OUTCOMES[i];
    }

    @Override
    public int getIndex(String outcome) {
        return Arrays.asList(OUTCOMES).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return 2;
    }

    public int trees() {
        return trees.size();
    }

    /**
     * Writes the model: a line "features N", the N feature strings one a line, then per tree a line "tree M" and M
     * nodes "feature value yes no missing" (a leaf: -1 and its value).
     */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("features " + features.size() + "\n");
        for (String f : features) {
            w.write(f + "\n");
        }
        for (Tree t : trees) {
            w.write("tree " + t.feature().length + "\n");
            for (int n = 0; n < t.feature().length; n++) {
                w.write(t.feature()[n] < 0 ? "-1 " + t.value()[n] + "\n"
                        : t.feature()[n] + " " + t.value()[n] + " " + t.yes()[n] + " " + t.no()[n] + " "
                        + t.missing()[n] + "\n");
            }
        }
        w.flush();
    }

    public static BoostedTrees read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = Integer.parseInt(r.readLine().substring("features ".length()));
        List<String> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            features.add(r.readLine());
        }
        List<Tree> trees = new ArrayList<>();
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            int size = Integer.parseInt(l.substring("tree ".length()));
            int[] feature = new int[size];
            float[] value = new float[size];
            int[] yes = new int[size];
            int[] no = new int[size];
            int[] missing = new int[size];
            for (int i = 0; i < size; i++) {
                String[] p = r.readLine().split(" ");
                feature[i] = Integer.parseInt(p[0]);
                value[i] = Float.parseFloat(p[1]);
                if (feature[i] >= 0) {
                    yes[i] = Integer.parseInt(p[2]);
                    no[i] = Integer.parseInt(p[3]);
                    missing[i] = Integer.parseInt(p[4]);
                }
            }
            trees.add(new Tree(feature, value, yes, no, missing));
        }
        return new BoostedTrees(features, trees);
    }
}
