package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.text.Places;

/**
 * A line named by its two ends, written out or by the first character of each end: {@code 甲乙至丙丁铁路} /
 * {@code 甲丙铁路}. This is how railways, expressways, waterways and pipelines are shortened in planning
 * documents (the "起讫点简称" form); each end is a place name of 2–4 Han characters, and what follows the second
 * end (铁路, 城际铁路, 航道, 输气管道 …; 2+ characters) must be the same in both, except that 高铁 (高速铁路) and
 * 铁路 are one word here: a new line's written-out project name says 铁路 where the short form says 高铁
 * ({@code 甲乙至丙丁铁路} / {@code 甲丙高铁}). The tail must name a line (铁路, 城际, 公路, 高速, 快速路, 航道, 运河,
 * 管道, 管线, 轨道交通, 干线, with an optional works word after it): "甲至乙段改造工程" names a stretch of works, not a
 * line. The short form's two characters must not be a direction, numeral or level ({@link MergeRule#distinguishing}:
 * 南北大道, 东西快速路 are names of their own in many cities) nor a place's name (a line named after that place).
 * Score 0.9.
 */
final class TerminiAbbreviation implements MergeRule {
    private static final char TO = '至';
    private static final int MIN_END = 2;
    private static final int MAX_END = 4;
    private static final int MIN_TAIL = 2;
    private static final Pattern LINE = Pattern.compile(
            "(?:铁路|城际|公路|高速|快速路|航道|运河|管道|管线|轨道交通|干线)(?:改扩建|扩建|扩容|改造|建设)?(?:工程|项目)?$");

    private final Places places;

    TerminiAbbreviation(Places places) {
        this.places = places;
    }

    /** 高速铁路 and 高铁 at the end read as 铁路 (see above). */
    private static String tail(String s) {
        return s.replaceFirst("(?:高速铁路|高铁)$", "铁路");
    }

    @Override
    public String name() {
        return "termini-abbreviation";
    }

    /** The short form itself, and for a written-out name each short form its ends could give. */
    @Override
    public Collection<String> signatures(EntityType type, String key) {
        List<String> out = new ArrayList<>(4);
        out.add(tail(key));
        int to = key.indexOf(TO);
        if (to >= MIN_END && to <= MAX_END && key.indexOf(TO, to + 1) < 0) {
            for (int b = MIN_END; b <= MAX_END && to + 1 + b + MIN_TAIL <= key.length(); b++) {
                out.add(tail("" + key.charAt(0) + key.charAt(to + 1) + key.substring(to + 1 + b)));
            }
        }
        return out;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = tail(a.length() <= b.length() ? a : b);
        String longer = tail(a.length() <= b.length() ? b : a);
        int to = longer.indexOf(TO);
        if (shorter.length() < 2 + MIN_TAIL || shorter.indexOf(TO) >= 0 || to < MIN_END || to > MAX_END
                || longer.indexOf(TO, to + 1) >= 0) {
            return OptionalDouble.empty();
        }
        String tail = shorter.substring(2);
        int end2 = longer.length() - tail.length() - (to + 1);
        if (!longer.endsWith(tail) || end2 < MIN_END || end2 > MAX_END || longer.charAt(0) != shorter.charAt(0)
                || longer.charAt(to + 1) != shorter.charAt(1) || !allHan(longer, 0, to + 1 + end2)
                || !MergeRule.han(tail.charAt(0)) || !LINE.matcher(tail).find()
                || MergeRule.distinguishing(shorter.charAt(0)) || MergeRule.distinguishing(shorter.charAt(1))
                || places.isName(shorter.substring(0, 2))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(0.9);
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!MergeRule.han(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
