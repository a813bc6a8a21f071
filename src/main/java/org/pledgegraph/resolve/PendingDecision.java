package org.pledgegraph.resolve;

import java.util.List;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/**
 * A {@link Decision} taken before the final entity keys are known: it names the two normalised
 * names compared, and {@link Resolver} maps them to their entities once merging is done.
 */
record PendingDecision(String rule, Decision.Outcome outcome, Relation.Kind relation, double score, EntityType type,
                       String a, EntityType otherType, String b, List<StoredMention> mentions) {
}
