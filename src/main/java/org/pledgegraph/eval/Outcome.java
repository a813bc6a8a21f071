package org.pledgegraph.eval;

import java.util.List;
import org.pledgegraph.model.Mention;

/**
 * What scoring one kind (named entities or figures) of one document found.
 *
 * @param score          precision/recall counts
 * @param attributes     attribute agreement on matched pairs
 * @param misses         gold rows no prediction matched
 * @param falsePositives unmatched predictions (for entities, the first mention of each predicted entity)
 * @param disagreements  matched pairs that disagree on an attribute
 */
record Outcome(Score score, Attributes attributes, List<GoldRow> misses, List<Mention> falsePositives,
               List<Disagreement> disagreements) {
    static final Outcome NONE = new Outcome(Score.ZERO, Attributes.ZERO, List.of(), List.of(), List.of());

    Outcome {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        disagreements = List.copyOf(disagreements);
    }
}
