package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import opennlp.tools.ml.model.Event;
import org.pledgegraph.extract.BoostedTrees;
import org.pledgegraph.extract.CandidateJudge;

/**
 * Trains the judge as gradient-boosted trees (XGBoost, binary:logistic) over the same events as the maxent judge:
 * a sparse matrix whose columns are the features seen at least {@link JudgeTrainer#CUTOFF} times in the training
 * events (as the maxent cutoff), a feature present = 1, absent = missing. One thread, a fixed seed and no
 * subsampling, so the same events give the same trees.
 */
public final class BoostedJudgeTrainer {
    private BoostedJudgeTrainer() {
    }

    /** Tree depth, learning rate, rounds and minimum hessian of a leaf. */
    public record Params(int depth, double eta, int rounds, double minChildWeight) {
    }

    /** Guards the Java evaluation: it must give XGBoost's own probabilities on the training events. */
    private static void check(BoostedTrees trees, float[][] predicted, List<Event> events) {
        for (int i = 0; i < events.size(); i += 97) {
            double p = trees.eval(events.get(i).getContext())[0];
            if (Math.abs(p - predicted[i][0]) > 1e-4) {
                throw new IllegalStateException("tree evaluation differs from XGBoost at event " + i + ": " + p
                        + " vs " + predicted[i][0]);
            }
        }
    }

    public static BoostedTrees train(List<Event> events, Params p) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            for (String f : new TreeSet<>(List.of(e.getContext()))) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        // columns in order of first occurrence, so the same events give the same numbering
        Map<String, Integer> column = new LinkedHashMap<>();
        for (Event e : events) {
            for (String f : e.getContext()) {
                if (counts.get(f) >= JudgeTrainer.CUTOFF) {
                    column.putIfAbsent(f, column.size());
                }
            }
        }
        long[] rows = new long[events.size() + 1];
        List<int[]> cols = new ArrayList<>(events.size());
        float[] labels = new float[events.size()];
        long nnz = 0;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int[] c = java.util.Arrays.stream(e.getContext()).map(column::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().distinct().toArray();
            cols.add(c);
            nnz += c.length;
            rows[i + 1] = nnz;
            labels[i] = e.getOutcome().equals(CandidateJudge.KEEP) ? 1 : 0;
        }
        int[] indices = new int[Math.toIntExact(nnz)];
        int k = 0;
        for (int[] c : cols) {
            System.arraycopy(c, 0, indices, k, c.length);
            k += c.length;
        }
        float[] values = new float[indices.length];
        java.util.Arrays.fill(values, 1f);
        DMatrix m = null;
        Booster b = null;
        try {
            m = new DMatrix(rows, indices, values, DMatrix.SparseType.CSR, column.size());
            m.setLabel(labels);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("base_score", 0.5); // a margin of 0 before the first tree, which BoostedTrees assumes
            params.put("tree_method", "hist");
            params.put("max_depth", p.depth());
            params.put("eta", p.eta());
            params.put("min_child_weight", p.minChildWeight());
            params.put("nthread", 1);
            params.put("seed", 19);
            params.put("verbosity", 0);
            b = XGBoost.train(m, params, p.rounds(), Map.of(), null, null);
            BoostedTrees trees = BoostedTrees.fromDump(List.copyOf(column.keySet()), b.getModelDump((String) null, false));
            check(trees, b.predict(m), events);
            return trees;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        } finally {
            if (b != null) {
                b.dispose();
            }
            if (m != null) {
                m.dispose();
            }
        }
    }
}
