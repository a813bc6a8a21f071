package org.pledgegraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Proposed "names" that are pieces of a clause rather than names: the clause's verb or adverb at the start
 * (通车某某隧道, 申建某某试验区), a verb of report prose inside (某地成为某某中心, 某某打造某某医院), a count inside
 * (某某4个街道中心) or a head written twice (某某高铁高铁, a shared head given to a member that had it). The judge
 * keeps too many of these on governments it never saw (issue 11); the boundary variants without the verb
 * (the later starts of {@link BoundaryVariants}) still compete. The words are the clause verbs of the judge's
 * features ({@link JunkFeatures}, {@link CandidateFeatures}) and common verbs and adverbs of planning prose, kept
 * only where no name of the development and training gold (8,156 names and aliases) starts with, resp. contains,
 * the word; words that plausibly end up in a name elsewhere (规划馆, 培育基地, 建成区, 探索馆, 新开路) are left out.
 */
final class ClauseFragments {
    /** Verbs and adverbs of report prose that no name contains: a name with one inside spans a clause. */
    static final List<String> INSIDE = List.of("打造", "加快", "开工", "竣工", "投用", "投产", "完成", "实施", "引进", "招引",
            "支持", "推动", "落地", "落户", "签约", "获批", "谋划", "争创", "举办", "开展", "实现", "健全", "强化", "积极", "大力",
            "全力", "着力", "坚持", "聚焦", "围绕", "依托", "用好", "做强", "做优", "做大", "壮大", "建立", "组建", "设立", "成立",
            "举行", "确保", "力争", "预计", "累计", "新增", "开通", "布局", "搭建", "制定", "出台", "编制", "引入", "瞄准", "召开",
            "启用", "开设", "打通", "建好", "办好", "推出", "形成", "构建", "申报", "争取", "入选", "认定", "获评", "荣获", "成为",
            "参与", "开业", "抢抓", "申建", "兴办", "分批", "打破", "纳入", "致信", "签署", "位居", "达到", "超过", "列入", "带动",
            "吸引", "落实", "加大", "做好", "抓好", "鼓励", "稳步", "有序", "妥善", "稳妥", "深入", "不断", "率先");
    /**
     * Verbs that may sit inside a name (某某改造工程, 某某开放大学, 某某管理中心) but never start one: at the start they
     * are the clause's verb.
     */
    static final List<String> START = List.of("推进", "启动", "新建", "改造", "创建", "提升", "加强", "促进", "完善", "优化",
            "持续", "发展", "承办", "保障", "计划", "通车", "运营", "升级", "整治", "治理", "修复", "保护", "更新", "提质", "扩容",
            "改建", "扩建", "开放", "贯通", "加速", "处置", "管理", "引导", "高效", "规划", "培育", "建成", "探索");
    /** Arabic digits and a measure word (国家法定计量单位 and classifiers): a count of things inside the name. */
    private static final Pattern COUNT = Pattern.compile("[0-9０-９]+[个座条家所处栋套名户批]");
    /** A head of two characters written twice at the end. */
    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2})\\1$");

    private ClauseFragments() {
    }

    /** The reason {@code name} is a piece of a clause, or null when it is not. */
    static String reason(String name) {
        for (String w : START) {
            if (name.startsWith(w) && name.length() > w.length()) {
                return "starts with the verb " + w;
            }
        }
        for (String w : INSIDE) {
            if (name.contains(w) && name.length() > w.length()) {
                return "contains the verb " + w;
            }
        }
        if (COUNT.matcher(name).find()) {
            return "contains a count";
        }
        if (DOUBLED.matcher(name).find()) {
            return "head written twice";
        }
        return null;
    }
}
