package org.pledgegraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * Whether a mention is promised, reported or only referred to: the section's time scope decides first (a plan
 * promises, a review reports), then the words of the clause. Kept apart from {@link Cues}, which reads the stage.
 */
final class ModalityCues {
    private static final List<String> COMMIT = List.of("要", "将", "力争", "确保", "加快", "推动", "全力", "积极", "计划",
            "拟", "争取", "着力", "大力");
    private static final List<String> REPORT = List.of("了", "已", "顺利", "实现", "建成", "完成", "获批", "被评为", "被授予",
            "开工", "累计");
    private static final List<String> REFERENCE = List.of("依托", "围绕", "借助", "依靠", "凭借", "用好");
    /** Named as a means ("以A、B等为消费载体"), not promised. */
    private static final Pattern USE_AS = Pattern.compile("为(?:[^,，。]{0,8})?(?:抓手|载体|依托|重点|龙头|引领|核心|支撑|平台|中心|示范|代表|地标|窗口|样板|基础)");

    private ModalityCues() {
    }

    /**
     * Commitment, report or reference, from the section scope and the words of the clause; a verb before the list
     * the mention is in ("依托A和B等优势") counts for every member.
     */
    static Modality modality(String t, int begin, int end, TimeScope scope, Stage stage, List<int[]> members) {
        String before = t.substring(Clause.start(t, begin), ListScope.start(t, begin, Clause.start(t, begin), members));
        if (stage == null && endsWithAny(before, REFERENCE)) {
            return Modality.REFERENCE;
        }
        if (stage == null && before.startsWith("以") && USE_AS.matcher(t.substring(end, Clause.end(t, end))).find()) {
            return Modality.REFERENCE; // "以A、B等为消费载体": named as a means, not promised
        }
        if (scope == TimeScope.PLAN) {
            return Modality.COMMITMENT;
        }
        if (scope == TimeScope.RETROSPECTIVE) {
            return Modality.REPORT;
        }
        String clause = t.substring(Clause.start(t, begin), Clause.end(t, end));
        if (containsAny(clause, REPORT)) {
            return Modality.REPORT;
        }
        if (containsAny(clause, COMMIT)) {
            return Modality.COMMITMENT;
        }
        return Modality.REFERENCE;
    }

    private static boolean endsWithAny(String before, List<String> words) {
        for (String w : words) {
            int i = before.lastIndexOf(w);
            if (i >= 0 && before.length() - (i + w.length()) <= 12 && !containsAny(before.substring(i), List.of("建设", "推进"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
