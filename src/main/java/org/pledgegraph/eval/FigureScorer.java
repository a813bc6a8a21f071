package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.Mention;

/**
 * Scores the targets and actuals of one document. Each predicted figure mention is one statement. A gold
 * row and a prediction match when the predicted value equals the gold number (either bound of a range, a
 * term of a ratio: {@link GoldFigure#matches}) and the units agree after NFKC and removing spaces. Matching is one-to-one and greedy in two passes: first pairs whose predicted
 * evidence contains the gold evidence, then, for the rows left, any unused prediction with the same
 * value and unit, in document order. Kind (target/actual), label, modality and year are compared on
 * the matched pairs.
 */
final class FigureScorer {
    private FigureScorer() {
    }

    static Outcome score(List<GoldRow> gold, List<Mention> predicted) {
        Mention[] pairedWith = new Mention[gold.size()];
        Set<Mention> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (boolean byEvidence : new boolean[] {true, false}) {
            for (int i = 0; i < gold.size(); i++) {
                if (pairedWith[i] != null) {
                    continue;
                }
                GoldRow g = gold.get(i);
                for (Mention m : predicted) {
                    if (!used.contains(m) && sameQuantity(g, m)
                            && (!byEvidence || Names.evidenceContains(m.evidence(), g.evidence()))) {
                        pairedWith[i] = m;
                        used.add(m);
                        break;
                    }
                }
            }
        }
        AttributeTally tally = new AttributeTally();
        List<GoldRow> misses = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            GoldRow g = gold.get(i);
            Mention m = pairedWith[i];
            if (m == null) {
                misses.add(g);
                continue;
            }
            tally.type(g, m);
            tally.label(g, m);
            tally.modality(g, m);
            tally.year(g, m);
        }
        List<Mention> falsePositives = predicted.stream().filter(m -> !used.contains(m)).toList();
        int matched = used.size();
        Score score = new Score(matched, predicted.size(), matched, gold.size());
        return new Outcome(score, tally.attributes(), misses, falsePositives, tally.disagreements());
    }

    private static boolean sameQuantity(GoldRow g, Mention m) {
        return g.figure().matches(m.figure().value())
                && Names.squeeze(g.figure().unit()).equals(Names.squeeze(m.figure().unit()));
    }
}
