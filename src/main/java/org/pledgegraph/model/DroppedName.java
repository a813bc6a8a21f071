package org.pledgegraph.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name a recogniser proposed that the extractor decided is not an entity (a category, a generic
 * phrase, a bad boundary), kept so that the decision can be shown and questioned.
 *
 * @param type   the type the recogniser proposed
 * @param name   the proposed name
 * @param span   offsets of the name in the original text
 * @param reason why it was dropped, e.g. {@code judge 0.12 < 0.50; name used by 31 governments}, or
 *               {@link #OUTSCORED} for a name the judge would keep that lost to another reading of its words
 */
public record DroppedName(EntityType type, String name, Span span, String reason) {
    /**
     * The reason's tail for a name the judge scored at or above its threshold that another reading of the same words
     * (a longer or shorter name, an overlapping one) displaced: a doubt the cross-year pass may settle when other
     * reports of the government propose the same string too.
     */
    public static final String OUTSCORED = "another reading kept";
    /** The stored form {@link #literal()} of an outscored name: name, type key, probability, threshold. */
    private static final Pattern OUTSCORED_LITERAL = Pattern.compile(
            "(.+) \\((\\w+)\\): judge [0-9.]+ ≥ [0-9.]+; " + Pattern.quote(OUTSCORED));

    public DroppedName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }

    /** An outscored name: {@code judge 0.61 ≥ 0.25; another reading kept}. */
    public static DroppedName outscored(EntityType type, String name, Span span, double probability, double threshold) {
        return new DroppedName(type, name, span, String.format(java.util.Locale.ROOT, "judge %.2f ≥ %.2f; %s",
                probability, threshold, OUTSCORED));
    }

    /** How the store writes it ({@code pg:droppedName}): {@code name (type): reason}. */
    public String literal() {
        return name + " (" + type.key() + "): " + reason;
    }

    /** The name and type of a stored {@link #literal()} of an outscored name; empty for any other literal. */
    public static Optional<Outscored> outscored(String literal) {
        Matcher m = OUTSCORED_LITERAL.matcher(literal);
        if (!m.matches()) {
            return Optional.empty();
        }
        return EntityType.fromKey(m.group(2)).map(t -> new Outscored(t, m.group(1)));
    }

    /** A stored outscored name read back: its type and name (no offsets: the literal has none). */
    public record Outscored(EntityType type, String name) {
    }
}
