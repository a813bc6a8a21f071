package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores the {@code reappear} query's entities for one pair against the pair's continuity gold. A listed
 * entity matches a gold row when one of its names (label, alternative labels, surfaces in the two
 * documents) has the lenient key ({@link Names#key}) of the row's first or second mention. Precision
 * counts listed entities, recall counts gold rows, as for entities.
 *
 * <pre>
 * ReappearScore s = ReappearScorer.score(pairGold, listedEntities);
 * </pre>
 */
public final class ReappearScorer {
    private ReappearScorer() {
    }

    public static ReappearScore score(ReappearGold gold, List<PredictedReappearance> predicted) {
        List<Set<String>> rowKeys = gold.rows().stream()
                .map(r -> Stream.of(r.firstName(), r.secondName()).map(Names::key).collect(Collectors.toSet())).toList();
        List<Set<String>> predictedKeys = predicted.stream()
                .map(p -> p.names().stream().map(Names::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet()))
                .toList();
        List<PredictedReappearance> falsePositives = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < predicted.size(); i++) {
            Set<String> keys = predictedKeys.get(i);
            if (rowKeys.stream().anyMatch(rk -> rk.stream().anyMatch(keys::contains))) {
                correct++;
            } else {
                falsePositives.add(predicted.get(i));
            }
        }
        List<ReappearRow> misses = new ArrayList<>();
        Accuracy strict = Accuracy.ZERO;
        for (int j = 0; j < gold.rows().size(); j++) {
            Set<String> rk = rowKeys.get(j);
            boolean found = predictedKeys.stream().anyMatch(keys -> rk.stream().anyMatch(keys::contains));
            ReappearRow row = gold.rows().get(j);
            if (!found) {
                misses.add(row);
            }
            if (row.strict()) {
                strict = strict.count(found);
            }
        }
        int found = gold.rows().size() - misses.size();
        return new ReappearScore(gold, new Score(correct, predicted.size(), found, gold.rows().size()), strict,
                misses, falsePositives);
    }
}
