package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * How the {@code reappear} query did on one pair of reports.
 *
 * @param gold           the pair's continuity gold
 * @param score          entities listed that match a gold row / entities listed; gold rows found / gold rows
 * @param strictRecall   strict ({@code strict=yes}) rows found / strict rows
 * @param misses         gold rows no listed entity matched
 * @param falsePositives listed entities that match no gold row
 */
public record ReappearScore(ReappearGold gold, Score score, Accuracy strictRecall, List<ReappearRow> misses,
                            List<PredictedReappearance> falsePositives) {
    public ReappearScore {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(strictRecall, "strictRecall");
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }
}
