package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;
import org.pledgegraph.model.Mention;

/**
 * The scores of one document.
 *
 * @param stem               document stem
 * @param coverage           the annotated parts; predictions elsewhere were not scored
 * @param entities           lenient named-entity counts
 * @param strictEntities     strict named-entity counts (exact spelling and type)
 * @param figures            target/actual counts
 * @param entityAttributes   type, stage, modality and year agreement of lenient-matched entities
 * @param figureAttributes   kind, label, modality and year agreement of matched figures
 * @param misses             gold rows not matched (entities, then figures)
 * @param falsePositives     predictions not matched (first mention of each entity, then figures)
 * @param disagreements      attribute disagreements of matched pairs
 * @param unscorableFigures  gold figure rows with a value in words ({@link GoldFigure.Form#TEXT}), left out
 *                           of {@code figures}
 */
public record DocumentScore(String stem, Coverage coverage, Score entities, Score strictEntities, Score figures,
                            Attributes entityAttributes, Attributes figureAttributes, List<GoldRow> misses,
                            List<Mention> falsePositives, List<Disagreement> disagreements,
                            int unscorableFigures) {
    public DocumentScore {
        Objects.requireNonNull(stem, "stem");
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        disagreements = List.copyOf(disagreements);
    }
}
