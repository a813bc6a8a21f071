package org.pledgegraph.model;

/**
 * A named-entity mention as read back from the store, the input of resolution.
 *
 * @param iri      the mention's IRI
 * @param type     entity type (never a figure)
 * @param surface  the name as written
 * @param document document stem
 * @param year     the year the statement is about, or null
 * @param industry industry concept id, or null
 * @param place    place name, or null
 */
public record StoredMention(String iri, EntityType type, String surface, String document, Integer year,
                            String industry, String place) {
}
