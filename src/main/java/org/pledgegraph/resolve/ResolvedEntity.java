package org.pledgegraph.resolve;

import java.util.List;
import java.util.SortedSet;
import org.pledgegraph.model.EntityType;

/**
 * A canonical entity and the mentions resolved to it.
 *
 * @param type       entity type
 * @param key        normalised name; with the type, the stable key of the entity's IRI
 * @param label      canonical name
 * @param altLabels  every other surface seen
 * @param mentions   IRIs of the mentions about it, sorted
 * @param industries industry concept ids its mentions suggest
 * @param places     place names its mentions give
 * @param partOfKey  key of the whole this is a phase or part of (same type), or null
 * @param rule       the rule that grouped the mentions, for the record
 */
public record ResolvedEntity(EntityType type, String key, String label, SortedSet<String> altLabels,
                             List<String> mentions, SortedSet<String> industries, SortedSet<String> places,
                             String partOfKey, String rule) {
}
