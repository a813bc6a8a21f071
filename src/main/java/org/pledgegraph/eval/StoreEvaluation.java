package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgegraph.model.Mention;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQuery;

/**
 * Evaluates a store: its mentions against the document gold, and the named query {@code reappear} against
 * the continuity gold (for each pair: from/to = the pair's years, rows kept when they come from the pair's
 * two documents, one prediction per listed entity, named by its labels and its surfaces in the two
 * documents). Documents are grouped by their {@code dct:spatial} label.
 *
 * <pre>
 * EvalReport r = StoreEvaluation.evaluate(store, GoldReader.readSet(dir), NamedQueries.load(q).get("reappear"));
 * </pre>
 */
public final class StoreEvaluation {
    private StoreEvaluation() {
    }

    /** Scores everything; {@code reappear} may be null to leave the continuity pairs out. */
    public static EvalReport evaluate(GraphStore store, GoldSet gold, NamedQuery reappear) {
        return store.read(() -> {
            Map<String, List<Mention>> predicted = store.mentionsByDocument();
            List<ReappearScore> pairs = new ArrayList<>();
            if (reappear != null) {
                for (ReappearGold pair : gold.reappear()) {
                    pairs.add(ReappearScorer.score(pair, reappearances(store, reappear, pair)));
                }
            }
            return Scorer.score(gold, predicted, store.governmentsByStem(), pairs);
        });
    }

    /** The stems of the stored documents. */
    public static Set<String> storedStems(GraphStore store) {
        return store.read(store::documentStems);
    }

    /**
     * The entities {@code reappear} lists for the pair's years whose rows come from the pair's two documents;
     * call inside a read transaction.
     */
    static List<PredictedReappearance> reappearances(GraphStore store, NamedQuery reappear, ReappearGold pair) {
        return store.reappearing(reappear, pair.fromYear(), pair.toYear(), pair.firstStem(), pair.secondStem()).stream()
                .map(e -> new PredictedReappearance(e.iri(), e.label(), e.names())).toList();
    }
}
