package org.pledgegraph.model;

/**
 * A named-entity mention as read back from the store: the input of resolution and of the per-entity
 * statistics written with it.
 *
 * @param iri           the mention's IRI
 * @param type          entity type (never a figure)
 * @param surface       the name as written
 * @param document      document stem
 * @param year          the year the statement is about, or null
 * @param industry      industry concept id, or null
 * @param place         place name, or null
 * @param evidenceStart offset of the mention's sentence in its document (with {@code document}, identifies
 *                      the sentence), or -1 when unknown
 * @param documentYear  the year of the mention's document
 * @param modality      promise, report or reference
 * @param stage         the stage the sentence gives, or null
 * @param jurisdiction  the place id of the government whose document it is ({@code 410503}), another key of
 *                      that government when the place table does not know it, or empty when unknown
 * @param corroborated  true for a mention the cross-year pass added (the name another report of the government
 *                      kept, written here), false for one the extractor kept on this document's own evidence
 */
public record StoredMention(String iri, EntityType type, String surface, String document, Integer year,
                            String industry, String place, int evidenceStart, int documentYear,
                            Modality modality, Stage stage, String jurisdiction, boolean corroborated) {
    public StoredMention {
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
    }

    /** A mention kept on its document's own evidence. */
    public StoredMention(String iri, EntityType type, String surface, String document, Integer year,
                         String industry, String place, int evidenceStart, int documentYear,
                         Modality modality, Stage stage, String jurisdiction) {
        this(iri, type, surface, document, year, industry, place, evidenceStart, documentYear, modality, stage,
                jurisdiction, false);
    }

    /** Without a known jurisdiction. */
    public StoredMention(String iri, EntityType type, String surface, String document, Integer year,
                         String industry, String place, int evidenceStart, int documentYear,
                         Modality modality, Stage stage) {
        this(iri, type, surface, document, year, industry, place, evidenceStart, documentYear, modality, stage, "");
    }

    /** A mention whose sentence, document year, modality and stage do not matter (resolution alone). */
    public StoredMention(String iri, EntityType type, String surface, String document, Integer year,
                         String industry, String place) {
        this(iri, type, surface, document, year, industry, place, -1, 0, Modality.REFERENCE, null);
    }
}
