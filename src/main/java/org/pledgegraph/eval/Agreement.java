package org.pledgegraph.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two annotations of one document compared with the scorer's lenient key ({@link Names#key}), counted by row, with
 * aliases on both sides: an entity row matches when a name or alias of it has the key of a name or alias of the
 * other annotation, type ignored. Precision counts the second annotation's rows, recall the reference's. This is how
 * far two careful annotators agree, the ceiling an extractor scored against either of them can be expected to reach.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Entity agreement of {@code other} with {@code reference}, as a {@link Score}. */
    public static Score entities(GoldDocument reference, GoldDocument other) {
        List<GoldRow> ref = reference.entities();
        List<GoldRow> oth = other.entities();
        Set<String> refKeys = keys(ref);
        Set<String> othKeys = keys(oth);
        int correct = (int) oth.stream().filter(r -> matches(r, refKeys)).count();
        int found = (int) ref.stream().filter(r -> matches(r, othKeys)).count();
        return new Score(correct, oth.size(), found, ref.size());
    }

    private static Set<String> keys(List<GoldRow> rows) {
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> r.names().forEach(n -> keys.add(Names.key(n))));
        return keys;
    }

    private static boolean matches(GoldRow row, Set<String> keys) {
        return row.names().stream().anyMatch(n -> keys.contains(Names.key(n)));
    }
}
