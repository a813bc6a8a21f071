package org.pledgegraph.resolve;

import java.util.List;

/** The result of resolution: canonical entities, the relations between them, and every decision taken. */
public record Resolution(List<ResolvedEntity> entities, List<Relation> relations, List<Decision> decisions) {
    public Resolution {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        decisions = List.copyOf(decisions);
    }
}
