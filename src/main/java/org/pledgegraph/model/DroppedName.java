package org.pledgegraph.model;

import java.util.Objects;

/**
 * A name a recogniser proposed that the extractor decided is not an entity (a category, a generic
 * phrase, a bad boundary), kept so that the decision can be shown and questioned.
 *
 * @param type   the type the recogniser proposed
 * @param name   the proposed name
 * @param span   offsets of the name in the original text
 * @param reason why it was dropped, e.g. {@code judge 0.12 < 0.50; name used by 31 governments}
 */
public record DroppedName(EntityType type, String name, Span span, String reason) {
    public DroppedName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }
}
