package org.pledgegraph.extract;

import java.util.regex.Pattern;

/**
 * Whether a 等 closes an enumeration ("甲、乙等项目": and so on) or belongs to a word (平等, 等级, 高等教育, 高等研究院, 中等).
 * One answer for every list proposer, so that the two list readings cannot disagree about the same character.
 */
final class Etc {
    /** Words with 等 that are not "and so on" (common words of the Modern Chinese Dictionary). */
    private static final Pattern NOT_ETC = Pattern.compile(
            "平等|同等|对等|均等|相等|等等|等级|等待|等同|高等(?:教育|学校|院校|职业|数学|研究|技术|金融)|中等|初等|上等");

    private Etc() {
    }

    /** Whether the 等 at {@code i} of {@code text} closes a list rather than being part of a word. */
    static boolean closesList(String text, int i) {
        if (i <= 0 || text.charAt(i) != '等') {
            return false;
        }
        return !NOT_ETC.matcher(text.substring(i - 1, Math.min(text.length(), i + 3))).find() || placeBeforeEtc(text, i);
    }

    /**
     * "甲、乙平等高速公路", "甲、乙中等城市": a list member ending in 平 or 中 (many place names of GB/T 2260 end in
     * them) before 等, not the word 平等 or 中等 — a 、 lies within the member's reach before it in the same clause
     * and the 平 or 中 does not follow it.
     */
    private static boolean placeBeforeEtc(String text, int i) {
        if ("平中".indexOf(text.charAt(i - 1)) < 0 || i < 3 || text.charAt(i - 2) == '、') {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 2 - SharedHeadProposer.MAX_MEMBER); k--) {
            char c = text.charAt(k);
            if (c == '、') {
                return true;
            }
            if (!NameScanner.isNameChar(c)) {
                return false;
            }
        }
        return false;
    }
}
