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

    /**
     * A whole word of two or three characters inserted into a long name is a descriptive word
     * ({@code 邮政国际航空枢纽}-like: 国际, 制造业) when the rest is long enough to be a name by itself: 8+
     * characters for two, 12+ for three (Dice ≥ 0.89). Shorter names keep the stricter test above, so
     * 边境经济合作区 / 边境跨境经济合作区 stay apart.
     */
    static final int INSERTED_WORD_MIN = 8;
    static final int INSERTED_WORD3_MIN = 12;

    @Override
    public String name() {
        return "wording-variant";
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (extra == 3) {
            return insertedWord(shorter, longer);
        }
        if (extra == 2 && shorter.length() >= INSERTED_WORD_MIN) {
            OptionalDouble word = insertedWord(shorter, longer);
            if (word.isPresent()) {
                return word;
            }
        }
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

    /** The longer name is the shorter with one contiguous word inserted, away from the first and last two characters. */
    private static OptionalDouble insertedWord(String shorter, String longer) {
        int extra = longer.length() - shorter.length();
        if (extra == 3 && shorter.length() < INSERTED_WORD3_MIN) {
            return OptionalDouble.empty();
        }
        for (int k = 2; k <= shorter.length() - 2; k++) {
            if (longer.startsWith(shorter.substring(0, k)) && longer.endsWith(shorter.substring(k))) {
                String word = longer.substring(k, k + extra);
                if (word.chars().allMatch(c -> MergeRule.han((char) c) && !MergeRule.distinguishing((char) c))) {
                    double dice = 2.0 * shorter.length() / (shorter.length() + longer.length());
                    return OptionalDouble.of(Math.round(dice * 1000) / 1000.0);
                }
            }
        }
        return OptionalDouble.empty();
    }
}
