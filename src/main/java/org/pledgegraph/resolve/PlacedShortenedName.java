package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A later report leaving out both the place in front and a modifier inside: {@code 明城北部综合物流枢纽} /
 * {@code 北部物流枢纽}. The longer name is a place prefix as {@link DropPlacePrefix} knows it (the government's own
 * name, an enclosing government's, or a county-or-larger place inside it) followed by a rest that
 * {@link ShortenedName} joins with the shorter name. Each step alone is an accepted join; this takes both at once,
 * so, like {@link ShortenedName}, only across reports ({@link #acrossReportsOnly()}), and the rest must keep more
 * of itself than shortened-name alone asks (a share of {@value #MIN_KEPT}, not one half): two steps at once leave
 * less of the name to vouch for the join. Score: the shortened-name score of the rest, times 0.9.
 */
final class PlacedShortenedName implements MergeRule {
    /** Place prefixes tried: 2 (深圳) to 6 (深圳市某某区) characters. */
    private static final int MIN_PREFIX = 2;
    private static final int MAX_PREFIX = 6;
    static final double MIN_KEPT = 0.55;

    private final DropPlacePrefix places;
    private final ShortenedName shortened = new ShortenedName();

    /** @param places the government's drop-place-prefix rule: which prefixes are its places */
    PlacedShortenedName(DropPlacePrefix places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "placed-shortened-name";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    /** Shortened-name's signatures of the name and of every rest after a place prefix. */
    @Override
    public Collection<String> signatures(EntityType type, String key) {
        List<String> out = new ArrayList<>(shortened.signatures(type, key));
        for (int i = MIN_PREFIX; i <= MAX_PREFIX && i < key.length(); i++) {
            if (places.placePrefix(key.substring(0, i))) {
                out.addAll(shortened.signatures(type, key.substring(i)));
            }
        }
        return out;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        OptionalDouble best = OptionalDouble.empty();
        for (int i = MIN_PREFIX; i <= MAX_PREFIX && longer.length() - i > shorter.length(); i++) {
            String rest = longer.substring(i);
            String prefix = longer.substring(0, i);
            // a direction after a district's name is the district's (青江区北部), not the government's
            if (!places.placePrefix(prefix) || !DropPlacePrefix.restAfterPlace(rest)
                    || MergeRule.distinguishing(rest.charAt(0)) && !places.ownPrefix(prefix)) {
                continue;
            }
            OptionalDouble s = shortened.score(type, rest, shorter);
            if (s.isPresent() && s.getAsDouble() >= MIN_KEPT && (best.isEmpty() || s.getAsDouble() > best.getAsDouble())) {
                best = s;
            }
        }
        return best.isPresent() ? OptionalDouble.of(Math.round(900.0 * best.getAsDouble()) / 1000.0) : best;
    }
}
