package org.pledgegraph.extract;

import java.util.List;

/**
 * How sure the learned proposer ({@link CharTagger}) is that a candidate's span is a name, for every candidate
 * (a rule's, a proposer's, a variant): the judge reads the tagger's characters (memorised names) only through its
 * own spans today, and the tagger's agreement as a relation (same span, inside, crossing) was a tie (session 12).
 * Here its score margins, binned ({@link CharTagger.Scored}: each tag kind's score over the best other tag, read
 * at the decoder's own previous tag, so the same text gives the same numbers):
 * <ul>
 *   <li>for the span: {@code tcb} a name starts at its first character, {@code tcim} / {@code tcin} the mean and
 *   the least lead of "inside a name" over its other characters, {@code tce} the name ends after its last character
 *   (not inside at the next one; {@code edge} at the sentence end), {@code tcw} the weakest of these links;
 *   <li>against it: {@code tcx} the strongest start of a name and {@code tco} the strongest "no name" over its
 *   other characters (the tagger puts a boundary inside it).
 * </ul>
 * Issue 11, session 20 (branch {@code margin20}): measured by dev-only LOGO with the stacked judge; the bins were
 * fixed from the margins' spread on unannotated reports before any LOGO (docs/evaluation-history.md). Each
 * training document's scores are those of the tagger that proposed its spans, one that never saw its government
 * ({@code TaggerTraining.crossTagged}), so the judge learns how far an unseen government's margins can be trusted.
 */
final class TaggerConfidenceFeatures {
    /**
     * Bin edges of a lead (sums of averaged-perceptron weights): on candidates of three unannotated provinces'
     * reports the lead of B at a candidate's start has quartiles −39 / −35 / −30, of I over its other characters
     * −1 / 4 / 9, of not-I after its end 4 / 21 / 34, the decoder's margin 31 / 36 / 42 ({@code
     * TaggerMarginSpreadMain}, test sources); fixed before any LOGO.
     */
    private static final float[] EDGES = {-35f, -25f, -15f, -5f, 0f, 5f, 15f, 25f};

    private TaggerConfidenceFeatures() {
    }

    /** Adds the features of the span [{@code b}, {@code e}) of a sentence the tagger scored (sentence offsets). */
    static void add(List<String> f, CharTagger.Scored s, int b, int e) {
        int n = s.begin().length;
        if (b < 0 || e > n || b >= e) {
            return;
        }
        float start = s.begin()[b];
        f.add("tcb=" + bin(start));
        float weakest = start;
        if (e - b >= 2) {
            float sum = 0;
            float least = Float.POSITIVE_INFINITY;
            float starts = Float.NEGATIVE_INFINITY;
            float outs = Float.NEGATIVE_INFINITY;
            for (int i = b + 1; i < e; i++) {
                sum += s.inside()[i];
                least = Math.min(least, s.inside()[i]);
                starts = Math.max(starts, s.begin()[i]);
                outs = Math.max(outs, s.outside()[i]);
            }
            f.add("tcim=" + bin(sum / (e - b - 1)));
            f.add("tcin=" + bin(least));
            f.add("tcx=" + bin(starts));
            f.add("tco=" + bin(outs));
            weakest = Math.min(weakest, least);
        }
        if (e == n) {
            f.add("tce=edge");
        } else {
            float end = -s.inside()[e];
            f.add("tce=" + bin(end));
            weakest = Math.min(weakest, end);
        }
        f.add("tcw=" + bin(weakest));
    }

    /** The bin of a lead: its index among {@link #EDGES} (0: ≤ −35 … 8: above 25). */
    static int bin(float x) {
        int i = 0;
        while (i < EDGES.length && x > EDGES[i]) {
            i++;
        }
        return i;
    }
}
