package org.pledgegraph.resolve;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.text.Places;

/**
 * A place name in brackets inside a name, against the same name without it or with the place written in
 * front: {@code 大湾区（东城）材料实验室} / {@code 大湾区材料实验室} / {@code 东城大湾区材料实验室}. The bracketed
 * words must be a place's full or short name (so {@code （一期）} or {@code （试行）} never qualify) and the
 * name without them at least four characters. Score 0.9.
 */
final class ParentheticalPlace implements MergeRule {
    static final String NAME = "parenthetical-place";
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]{2,8})[）)]");

    private final Places places;

    ParentheticalPlace(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        if (!bracket(a) && !bracket(b)) {
            return OptionalDouble.empty(); // the common case, before any regular expression
        }
        return matches(a, b) || matches(b, a) ? OptionalDouble.of(0.9) : OptionalDouble.empty();
    }

    private boolean matches(String bracketed, String other) {
        Matcher m = BRACKETED.matcher(bracketed);
        if (!m.find() || BRACKETED.matcher(other).find()) {
            return false;
        }
        String place = m.group(1);
        String without = bracketed.substring(0, m.start()) + bracketed.substring(m.end());
        if (without.length() < 4 || !places.isName(place)) {
            return false;
        }
        return other.equals(without) || other.equals(place + without);
    }

    private static boolean bracket(String s) {
        return s.indexOf('（') >= 0 || s.indexOf('(') >= 0;
    }
}
