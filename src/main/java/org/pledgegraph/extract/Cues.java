package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * The verbs that name a stage (建成 → completed) and the words that mark a promise (要, 将, 力争)
 * or a report (了, 已, 顺利). The cue nearest the mention in its clause wins.
 */
final class Cues {
    /** A cue and the stage it names in a plan and in a report (null: no stage). */
    private record StageCue(String word, Stage inPlan, Stage inReport) {
    }

    private static final List<StageCue> STAGE_CUES = sorted(List.of(
            cue("谋划", Stage.PLANNED), cue("规划建设", Stage.PLANNED), cue("规划", Stage.PLANNED),
            cue("筹建", Stage.PLANNED), cue("启动", Stage.PLANNED), cue("申报", Stage.PLANNED),
            cue("计划", Stage.PLANNED), cue("创建", Stage.PLANNED), cue("拟建", Stage.PLANNED),
            cue("加快推进", Stage.UNDER_CONSTRUCTION), cue("加快建设", Stage.UNDER_CONSTRUCTION),
            cue("推进", Stage.UNDER_CONSTRUCTION), cue("加快", Stage.UNDER_CONSTRUCTION),
            cue("开工", Stage.UNDER_CONSTRUCTION), cue("在建", Stage.UNDER_CONSTRUCTION),
            cue("施工", Stage.UNDER_CONSTRUCTION), cue("续建", Stage.UNDER_CONSTRUCTION),
            cue("落地建设", Stage.UNDER_CONSTRUCTION), cue("推动", Stage.UNDER_CONSTRUCTION),
            cue("建设中", Stage.UNDER_CONSTRUCTION),
            cue("建成运营", Stage.OPERATING), cue("建成", Stage.COMPLETED), cue("竣工", Stage.COMPLETED),
            cue("投用", Stage.COMPLETED), cue("投产", Stage.COMPLETED), cue("通车", Stage.COMPLETED),
            cue("交付", Stage.COMPLETED), cue("完成", Stage.COMPLETED), cue("挂牌", Stage.COMPLETED),
            cue("落地", Stage.COMPLETED), cue("获批", Stage.COMPLETED), cue("打通", Stage.COMPLETED),
            cue("运营", Stage.OPERATING), cue("达效", Stage.OPERATING), cue("运行", Stage.OPERATING),
            cue("营业", Stage.OPERATING), cue("达产", Stage.OPERATING),
            new StageCue("新建", Stage.PLANNED, Stage.COMPLETED), new StageCue("改建", Stage.PLANNED, Stage.COMPLETED),
            new StageCue("实施", Stage.PLANNED, Stage.COMPLETED), new StageCue("建设", Stage.PLANNED, null)));
    private static final List<String> COMMIT = List.of("要", "将", "力争", "确保", "加快", "推动", "全力", "积极", "计划",
            "拟", "争取", "着力", "大力");
    private static final List<String> REPORT = List.of("了", "已", "顺利", "实现", "建成", "完成", "获批", "被评为", "被授予",
            "开工", "累计");
    private static final List<String> REFERENCE = List.of("依托", "围绕", "借助", "依靠", "凭借", "用好");
    private static final String CLAUSE_BREAK = ",，;；。:：!！?？";
    private static final int AFTER_WINDOW = 6;

    private Cues() {
    }

    private static StageCue cue(String w, Stage s) {
        return new StageCue(w, s, s);
    }

    /** The stage the verb nearest {@code [begin, end)} of {@code t} names, or null. */
    static Stage stage(String t, int begin, int end, TimeScope scope) {
        int from = clauseStart(t, begin);
        int to = clauseEnd(t, end);
        StageCue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (StageCue c : STAGE_CUES) {
            for (int i = t.indexOf(c.word, from); i >= 0 && i < to; i = t.indexOf(c.word, i + 1)) {
                int distance;
                if (i + c.word.length() <= begin) {
                    distance = begin - (i + c.word.length());
                } else if (i >= end && i - end <= AFTER_WINDOW) {
                    distance = i - end;
                } else {
                    continue;
                }
                if (distance < bestDistance) {
                    best = c;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return null;
        }
        return scope == TimeScope.RETROSPECTIVE ? best.inReport : best.inPlan;
    }

    /** Commitment, report or reference, from the section scope and the words of the clause. */
    static Modality modality(String t, int begin, int end, TimeScope scope, Stage stage) {
        String before = t.substring(clauseStart(t, begin), begin);
        if (stage == null && endsWithAny(before, REFERENCE)) {
            return Modality.REFERENCE;
        }
        if (scope == TimeScope.PLAN) {
            return Modality.COMMITMENT;
        }
        if (scope == TimeScope.RETROSPECTIVE) {
            return Modality.REPORT;
        }
        String clause = t.substring(clauseStart(t, begin), clauseEnd(t, end));
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

    static int clauseStart(String t, int at) {
        int i = at;
        while (i > 0 && CLAUSE_BREAK.indexOf(t.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    static int clauseEnd(String t, int at) {
        int i = at;
        while (i < t.length() && CLAUSE_BREAK.indexOf(t.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static List<StageCue> sorted(List<StageCue> cues) {
        List<StageCue> l = new ArrayList<>(cues);
        l.sort(Comparator.comparingInt((StageCue c) -> c.word.length()).reversed());
        return List.copyOf(l);
    }
}
