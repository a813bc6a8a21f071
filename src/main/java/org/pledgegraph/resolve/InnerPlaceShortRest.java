package org.pledgegraph.resolve;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.text.Places;

/**
 * A place inside the government in front of a four-character name, written or left out by another report
 * ({@code 某市奥体中心} / {@code 奥体中心}, {@code 某县新城} / …): {@link DropPlacePrefix} wants a rest of 5+ characters
 * because a short rest is often a kind that many places have; one government's two reports naming it with and
 * without the place mostly name one thing, so this looser form joins only across reports. The place is a county
 * or larger inside the government (not the government itself); the rest is Han and starts with no direction,
 * numeral or level word. Score 0.75.
 */
final class InnerPlaceShortRest implements MergeRule {
    private static final int REST = 4;

    private final Places places;
    private final String gov;

    InnerPlaceShortRest(Places places, String gov) {
        this.places = places;
        this.gov = gov;
    }

    @Override
    public String name() {
        return "inner-place-short-rest";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    @Override
    public Collection<String> signatures(EntityType type, String key) {
        return key.length() >= REST ? List.of(key.substring(key.length() - REST)) : List.of();
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() != REST || longer.length() <= REST || !longer.endsWith(shorter)
                || !shorter.chars().allMatch(c -> MergeRule.han((char) c)) || MergeRule.distinguishing(shorter.charAt(0))) {
            return OptionalDouble.empty();
        }
        return inner(longer.substring(0, longer.length() - REST)) ? OptionalDouble.of(0.75) : OptionalDouble.empty();
    }

    private boolean inner(String prefix) {
        return DropPlacePrefix.inner(places, gov, prefix);
    }
}
