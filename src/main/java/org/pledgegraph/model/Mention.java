package org.pledgegraph.model;

import java.util.Objects;

/**
 * One place where a document names an entity or states a figure.
 *
 * @param type      what kind of thing is mentioned
 * @param surface   the name as written (line breaks of the original removed)
 * @param span      offsets of the name in the original text
 * @param sentence  offsets of the whole sentence (the evidence) in the original text
 * @param evidence  the sentence, verbatim from the original text
 * @param stage     stage named by the sentence's verb, or null
 * @param modality  promised, reported or merely referred to
 * @param aboutYear the year the statement is about, or null if unknowable
 * @param figure    the number, for {@link EntityType#TARGET} and {@link EntityType#ACTUAL}; otherwise null
 * @param industry  industry concept id from ontology/industries.ttl, or null
 * @param place     name of the place the entity is said to be in, or null
 */
public record Mention(
        EntityType type,
        String surface,
        Span span,
        Span sentence,
        String evidence,
        Stage stage,
        Modality modality,
        Integer aboutYear,
        Figure figure,
        String industry,
        String place) {
    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(modality, "modality");
        if (type.isFigure() != (figure != null)) {
            throw new IllegalArgumentException("figure must be given exactly for targets and actuals: " + surface);
        }
        if (!sentence.contains(span)) {
            throw new IllegalArgumentException("mention " + span + " outside its sentence " + sentence);
        }
    }

    @Override
    public String toString() {
        return type.key().toUpperCase() + "[" + span + "]" + surface;
    }
}
