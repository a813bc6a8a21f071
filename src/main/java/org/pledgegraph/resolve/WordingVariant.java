package org.pledgegraph.resolve;

import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A wording variant: the shorter name is the longer with one or two characters left out
 * ({@code 国家级电池检测中心} / {@code 国家级电池检验检测中心}, {@code 跨境电商} / {@code 跨境电子商务}),
 * both share the first two and the last two characters (the head noun), the left-out characters are
 * not directions, numerals, phases, sections or administrative levels, and the Dice score over the
 * common subsequence 2·|short| / (|a| + |b|) is at least {@value #THRESHOLD} for one left-out
 * character and {@value #THRESHOLD_TWO} for two (so 边境经济合作区 / 边境跨境经济合作区 and
 * 重大装备专项 / 重大短板装备专项 stay apart). The score is that Dice value.
 */
final class WordingVariant implements MergeRule {
    static final double THRESHOLD = 0.85;
    /** Two added characters are often a whole modifier (重大, 跨境): only long names (10+ characters) pass. */
    static final double THRESHOLD_TWO = 0.9;

    @Override
    public String name() {
        return "wording-variant";
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (shorter.length() < 4 || extra < 1 || extra > 2
                || !longer.startsWith(shorter.substring(0, 2)) || !longer.endsWith(shorter.substring(shorter.length() - 2))) {
            return OptionalDouble.empty();
        }
        // Greedy subsequence match; record what the longer name adds.
        int i = 0;
        StringBuilder added = new StringBuilder();
        for (int j = 0; j < longer.length(); j++) {
            if (i < shorter.length() && shorter.charAt(i) == longer.charAt(j)) {
                i++;
            } else {
                added.append(longer.charAt(j));
            }
        }
        if (i < shorter.length()) {
            return OptionalDouble.empty();
        }
        for (int k = 0; k < added.length(); k++) {
            if (MergeRule.distinguishing(added.charAt(k)) || !MergeRule.han(added.charAt(k))) {
                return OptionalDouble.empty();
            }
        }
        double dice = 2.0 * shorter.length() / (a.length() + b.length());
        double threshold = extra == 1 ? THRESHOLD : THRESHOLD_TWO;
        return dice >= threshold ? OptionalDouble.of(Math.round(dice * 1000) / 1000.0) : OptionalDouble.empty();
    }
}
