package org.pledgegraph.eval;

/**
 * Agreement of the attributes of matched pairs.
 *
 * @param type     entity type (named entities) or kind target/actual (figures)
 * @param stage    stage (named entities)
 * @param modality modality
 * @param year     the year the statement is about
 * @param label    indicator label, lenient substring either way (figures)
 */
public record Attributes(Accuracy type, Accuracy stage, Accuracy modality, Accuracy year, Accuracy label) {
    public static final Attributes ZERO =
            new Attributes(Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO);

    public Attributes plus(Attributes o) {
        return new Attributes(type.plus(o.type), stage.plus(o.stage), modality.plus(o.modality),
                year.plus(o.year), label.plus(o.label));
    }
}
