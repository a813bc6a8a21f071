package org.pledgegraph.resolve;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.text.Places;

/**
 * A name with and without a note in brackets at its end: the area it serves or another name the same body bears
 * ({@code 农业技术推广中心（滨湖地区）} / {@code 农业技术推广中心}, {@code 青江妇幼保健院（儿童医院）} /
 * {@code 青江妇幼保健院}). The note is 2–8 Han characters with no numeral, phase, section, number, direction or
 * 新/老 (a bracketed （二期）, （北段）, （东区）, （新馆） names a part: {@link NameKey} and the relations see to those),
 * does not end in a part's word (院区, 校区, 分院, 分校, 园区 …) or hold works (扩建, 迁建, 改造), and is no place
 * of the place table (a campus or base of a body with several: 某大学（某市）), and the name without it has 5+
 * characters. One report writing both forms may mean a body and its branch, so only across
 * reports ({@link #acrossReportsOnly()}). Score 0.85.
 */
final class BracketNote implements MergeRule {
    private static final int MIN_NAME = 5;
    private static final int MIN_NOTE = 2;
    private static final int MAX_NOTE = 8;
    /** A note naming a part (…院区, …分校) or works on the thing (扩建, 迁建): another thing, not another name. */
    private static final Pattern PART_OR_WORKS = Pattern.compile("(?:院区|校区|分院|分校|分中心|新馆|园区|馆区)$|扩建|迁建|改造|新建");

    private final Places places;

    BracketNote(Places places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "bracket-note";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    /** The name itself, and the name without a note at its end. */
    @Override
    public Collection<String> signatures(EntityType type, String key) {
        int open = noteStart(key);
        return open < 0 ? List.of(key) : List.of(key, key.substring(0, open));
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int open = noteStart(longer);
        return open >= 0 && open == shorter.length() && longer.startsWith(shorter) ? OptionalDouble.of(0.85)
                : OptionalDouble.empty();
    }

    /** Where a note the rule may leave out opens, or -1. */
    private int noteStart(String key) {
        if (!key.endsWith("）") && !key.endsWith(")")) {
            return -1;
        }
        int open = Math.max(key.lastIndexOf('（'), key.lastIndexOf('('));
        int len = key.length() - 2 - open;
        if (open < MIN_NAME || len < MIN_NOTE || len > MAX_NOTE) {
            return -1;
        }
        for (int i = open + 1; i < key.length() - 1; i++) {
            char c = key.charAt(i);
            if (!MergeRule.han(c) || "一二三四五六七八九十百千两期段号东南西北中上下内外新老旧".indexOf(c) >= 0) {
                return -1;
            }
        }
        String note = key.substring(open + 1, key.length() - 1);
        return places.isName(note) || PART_OR_WORKS.matcher(note).find() ? -1 : open;
    }
}
