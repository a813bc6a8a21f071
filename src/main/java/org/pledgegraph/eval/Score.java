package org.pledgegraph.eval;

/**
 * Counts behind precision and recall. Precision counts predictions, recall counts gold rows, so the two
 * numerators may differ (two predicted spellings of one gold entity are both correct, the gold row once).
 *
 * @param correct   predictions that match a gold row
 * @param predicted predictions scored
 * @param found     gold rows matched by some prediction
 * @param gold      gold rows
 */
public record Score(int correct, int predicted, int found, int gold) {
    public static final Score ZERO = new Score(0, 0, 0, 0);

    public Score {
        if (correct < 0 || correct > predicted || found < 0 || found > gold) {
            throw new IllegalArgumentException("bad counts " + correct + "/" + predicted + ", " + found + "/" + gold);
        }
    }

    /** Precision, or NaN when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? Double.NaN : (double) correct / predicted;
    }

    /** Recall, or NaN when there is no gold row. */
    public double recall() {
        return gold == 0 ? Double.NaN : (double) found / gold;
    }

    /**
     * Harmonic mean of precision and recall, an undefined one counting as 0 (nothing predicted against
     * gold scores 0); NaN only when there is neither a prediction nor a gold row.
     */
    public double f1() {
        if (predicted == 0 && gold == 0) {
            return Double.NaN;
        }
        double p = predicted == 0 ? 0 : precision();
        double r = gold == 0 ? 0 : recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Score plus(Score o) {
        return new Score(correct + o.correct, predicted + o.predicted, found + o.found, gold + o.gold);
    }

    @Override
    public String toString() {
        return "P=" + correct + "/" + predicted + " R=" + found + "/" + gold;
    }
}
