package org.pledgegraph.store;

import java.util.Set;

/**
 * An entity a named query lists, with the names it goes by in the documents asked about.
 *
 * @param iri   the entity
 * @param label its label (the IRI when it has none)
 * @param names labels, alternative labels and the surfaces of its mentions in those documents
 */
public record ListedEntity(String iri, String label, Set<String> names) {
    public ListedEntity {
        names = Set.copyOf(names);
    }
}
