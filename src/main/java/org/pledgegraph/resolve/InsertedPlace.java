package org.pledgegraph.resolve;

import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.text.Places;

/**
 * A place's name inserted inside a name: {@code 甲乙[东海]丙丁馆} / {@code 甲乙丙丁馆} ({@code 汉魏故城遗址博物馆}-like
 * names that one report writes with the city inside). The inserted word must be a place's full or short name
 * of the place table (GB/T 2260), away from the first and last two characters, and the shorter name at least
 * five characters (a firm and its plant: {@code 甲乙丙电厂} / {@code 甲乙丙[东海]电厂}). Other inserted words are not joined: a field word can be exactly what tells two
 * institutions apart (…信息职业技术学院 / …职业技术学院). Score 0.9.
 */
final class InsertedPlace implements MergeRule {
    static final String NAME = "inserted-place";
    private static final int MIN_REST = 5;

    private final Places places;

    InsertedPlace(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (extra < 2 || extra > 4 || shorter.length() < MIN_REST) {
            return OptionalDouble.empty();
        }
        for (int k = 2; k <= shorter.length() - 2; k++) {
            if (longer.startsWith(shorter.substring(0, k)) && longer.endsWith(shorter.substring(k))) {
                String word = longer.substring(k, k + extra);
                if (places.isName(word)) {
                    return OptionalDouble.of(0.9);
                }
            }
        }
        return OptionalDouble.empty();
    }
}
