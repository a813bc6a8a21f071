package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * What follows a name in the text: whether the words after it, up to the next break, go on naming a longer thing
 * (a suffix, an event, a one-character head) or say something about it (降压运行, 入选首批). The cross-year pass asks
 * it where a name another year kept is written straight before its predicate, with no punctuation between.
 */
final class NameTail {
    /** Characters that, right after a name, make it part of a longer one (X站, X南区, X路, X二期). */
    private static final String CONTINUES = "期段号线站馆院所校园区路街桥港湾岛山湖河村镇城楼厂场库塔门苑府宫寺池坊里巷道厅东西南北";
    /**
     * Events named after a place are other things (X论坛 is no mention of X being built), and so is a body's work
     * report that a session hears (某法院工作报告).
     */
    private static final List<String> EVENTS = List.of("论坛", "峰会", "大会", "博览会", "交易会", "展会", "年会",
            "会议", "大赛", "联赛", "音乐节", "艺术节", "文化节", "工作报告");
    /** How far after a name a suffix is looked for: a longer name's tail is seldom longer. */
    private static final int MAX_PREDICATE = 10;
    /** Every name suffix of two characters or more, of the lexicon and the proposers. */
    private static final WordIndex SUFFIX_INDEX = suffixIndex();

    private NameTail() {
    }

    /**
     * Whether the words after a name up to the next break say something about it (降压运行, 入选首批, 高质量发展)
     * rather than go on naming a longer thing: they start with no number, letter, direction or one-character
     * head (站, 馆, 路 …) and no name suffix ({@link Suffixes}, the proposers' suffixes: 片区, 景区, 系统 …) ends in
     * them. A kept name is often written straight before its predicate, with no punctuation between.
     */
    static boolean predicateFollows(String t, int end) {
        if (end >= t.length()) {
            return true;
        }
        char c = t.charAt(end);
        if (!NameScanner.isNameChar(c)) {
            return c != '（' && c != '('; // a parenthesis continues a name: 某大学（深圳）
        }
        if (NameScanner.isNumeral(c) || NameScanner.isAsciiLetter(c) || CONTINUES.indexOf(c) >= 0) {
            return false;
        }
        int k = end;
        while (k < Math.min(t.length(), end + MAX_PREDICATE) && NameScanner.isNameChar(t.charAt(k))
                && "等和及与".indexOf(t.charAt(k)) < 0) {
            k++;
            if (SUFFIX_INDEX.endingAt(t, k, end) != null) {
                return false;
            }
        }
        // a run that ends at a break on a one-character head is a longer name too (X候机楼, X东站)
        return k >= t.length() || NameScanner.isNameChar(t.charAt(k)) || CONTINUES.indexOf(t.charAt(k - 1)) < 0;
    }

    /** Whether {@code name} is, or ends in, a name suffix of two characters or more. */
    static boolean endsInSuffix(String name) {
        return SUFFIX_INDEX.endingAt(name, name.length()) != null;
    }

    private static WordIndex suffixIndex() {
        List<String> all = new ArrayList<>(EVENTS);
        for (EntityType type : EntityType.values()) {
            all.addAll(Suffixes.of(type));
            all.addAll(ProposingRecognizer.SUFFIXES.getOrDefault(type, List.of()));
        }
        return new WordIndex(all.stream().filter(x -> x.length() >= 2).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
    }
}
