package org.pledgegraph.extract;

import java.util.regex.Pattern;

/**
 * 建设 as the object noun that closes a clause ("支持A、B等平台建设，", "强化A建设。", "提升A建设水平"): the
 * thing is being built whatever verb governs the phrase, also when that verb names no stage of its own
 * (支持, 强化, 提升, 打造). Both gold sets call these under construction (training gold 740 of 851 rows
 * whose name is followed by "…建设" at a clause end; dev 116 of 143, the rest named by an explicit 启动/规划/完成).
 * Deepening (深化A建设) is left to {@link Cues}: the dev gold leaves it empty (2 of 2), the training gold not (10 of 10).
 */
final class BuildingNoun {
    /** Optional shared head of a list ("等国家战略科技力量"), then the noun at the end of the clause. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?:等[^,，;；。、等“”\"]{0,12}?)?(?:项目|工程)?(?:开发)?建设(?:水平|力度|进度|步伐)?(?=[,，;；。]|$)");

    private BuildingNoun() {
    }

    /** True when {@code rest}, the words after the name (or its list) up to the clause end, is that noun. */
    static boolean closes(String rest) {
        return CLOSING.matcher(rest).matches();
    }
}
