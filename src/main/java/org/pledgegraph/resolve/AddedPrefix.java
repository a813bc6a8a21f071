package org.pledgegraph.resolve;

import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A name with and without a short qualifier in front that is not a place of the place table: an area or
 * cooperation zone's short name, a programme's name ({@code 湾北精细材料产业园} / {@code 精细材料产业园}). The
 * qualifier is two or three Han characters, none a direction, numeral or level word, and the rest at least
 * six characters (a name of its own, not a bare kind like 产业园). Looser than {@link DropPlacePrefix}, so
 * only across reports ({@link #acrossReportsOnly()}). Score 0.8.
 */
final class AddedPrefix implements MergeRule {
    private static final int MIN_REST = 6;

    @Override
    public String name() {
        return "added-prefix";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    /** The shorter name is the longer one without its first two or three characters: itself, or such a tail. */
    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        List<String> out = new java.util.ArrayList<>(3);
        out.add(key);
        for (int p = 2; p <= 3 && key.length() - p >= MIN_REST; p++) {
            out.add(key.substring(p));
        }
        return out;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int p = longer.length() - shorter.length();
        if (p < 2 || p > 3 || shorter.length() < MIN_REST || !longer.endsWith(shorter)) {
            return OptionalDouble.empty();
        }
        for (int k = 0; k < p; k++) {
            char c = longer.charAt(k);
            if (!MergeRule.han(c) || MergeRule.distinguishing(c)) {
                return OptionalDouble.empty();
            }
        }
        char first = shorter.charAt(0);
        return MergeRule.han(first) && !MergeRule.distinguishing(first) ? OptionalDouble.of(0.8) : OptionalDouble.empty();
    }
}
