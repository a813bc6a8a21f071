package org.pledgegraph.eval;

import java.util.Objects;
import java.util.Set;

/**
 * One entity the {@code reappear} query lists for a pair of documents, with every name it goes by there.
 *
 * @param entity the entity's IRI (or any id unique within the pair)
 * @param label  its canonical label, for reports
 * @param names  its label, alternative labels and the surfaces of its mentions in the two documents
 */
public record PredictedReappearance(String entity, String label, Set<String> names) {
    public PredictedReappearance {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(label, "label");
        names = Set.copyOf(names);
    }
}
