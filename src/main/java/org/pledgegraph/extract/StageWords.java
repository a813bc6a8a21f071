package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.Stage;

/**
 * The words {@link Cues} reads a stage from: the verbs that name one (建成 → completed), longest first so that
 * a compound wins over its parts, and the classes of verbs the rules treat apart. General usage of work reports,
 * each entry with the reading it stands for.
 */
final class StageWords {
    static final List<StageCue> STAGE_CUES = sorted(List.of(
            StageCue.of("谋划", Stage.PLANNED), StageCue.of("规划建设", Stage.PLANNED), StageCue.of("规划", Stage.PLANNED),
            StageCue.of("筹建", Stage.PLANNED), StageCue.of("启动", Stage.PLANNED), StageCue.of("申报", Stage.PLANNED),
            StageCue.of("计划", Stage.PLANNED), StageCue.of("创建", Stage.PLANNED), StageCue.of("拟建", Stage.PLANNED),
            StageCue.of("争创", Stage.PLANNED), StageCue.of("申遗", Stage.PLANNED), StageCue.of("前期工作", Stage.PLANNED),
            // applying to build (申建A), laying out or studying where to build (布局建设A, 研究布局A), and planning
            // to push a thing (谋划推动A建设): the planning verb, not the push after it, tells the stage
            StageCue.of("申建", Stage.PLANNED), StageCue.of("布局建设", Stage.PLANNED), StageCue.of("研究布局", Stage.PLANNED),
            StageCue.of("谋划推动", Stage.PLANNED), StageCue.of("谋划推进", Stage.PLANNED),
            StageCue.of("加快推进", Stage.UNDER_CONSTRUCTION), StageCue.of("加快建设", Stage.UNDER_CONSTRUCTION),
            StageCue.of("推进", Stage.UNDER_CONSTRUCTION), StageCue.of("加快", Stage.UNDER_CONSTRUCTION),
            StageCue.of("开工", Stage.UNDER_CONSTRUCTION), StageCue.of("在建", Stage.UNDER_CONSTRUCTION),
            StageCue.of("施工", Stage.UNDER_CONSTRUCTION), StageCue.of("续建", Stage.UNDER_CONSTRUCTION),
            StageCue.of("落地建设", Stage.UNDER_CONSTRUCTION), StageCue.of("推动", Stage.UNDER_CONSTRUCTION),
            StageCue.of("建设中", Stage.UNDER_CONSTRUCTION), StageCue.of("动工", Stage.UNDER_CONSTRUCTION),
            StageCue.of("封顶", Stage.UNDER_CONSTRUCTION), StageCue.of("抓好", Stage.UNDER_CONSTRUCTION),
            StageCue.of("改造提升", Stage.UNDER_CONSTRUCTION), StageCue.of("进展顺利", Stage.UNDER_CONSTRUCTION),
            // speeding a thing up or breaking ground on it: it is being built
            StageCue.of("提速", Stage.UNDER_CONSTRUCTION), StageCue.of("开建", Stage.UNDER_CONSTRUCTION),
            StageCue.of("建成运营", Stage.OPERATING), StageCue.of("建成", Stage.COMPLETED), StageCue.of("竣工", Stage.COMPLETED),
            StageCue.of("投用", Stage.COMPLETED), StageCue.of("投产", Stage.COMPLETED), StageCue.of("通车", Stage.COMPLETED),
            StageCue.of("交付", Stage.COMPLETED), StageCue.of("完成", Stage.COMPLETED), StageCue.of("挂牌", Stage.COMPLETED),
            StageCue.of("落地", Stage.COMPLETED), StageCue.of("获批", Stage.PLANNED), StageCue.of("打通", Stage.COMPLETED),
            StageCue.of("落户", Stage.COMPLETED), StageCue.of("揭牌", Stage.COMPLETED), StageCue.of("开园", Stage.COMPLETED),
            StageCue.of("开放", Stage.COMPLETED), StageCue.of("进驻", Stage.COMPLETED), StageCue.of("入驻", Stage.COMPLETED),
            // opened through its whole length, connected to the grid, wound up: done
            StageCue.of("贯通", Stage.COMPLETED), StageCue.of("并网", Stage.COMPLETED), StageCue.of("收官", Stage.COMPLETED),
            // a school opens its term, a street or museum opens, water flows: the thing is finished
            StageCue.of("开学", Stage.COMPLETED), StageCue.of("开街", Stage.COMPLETED), StageCue.of("开馆", Stage.COMPLETED),
            StageCue.of("开诊", Stage.COMPLETED), StageCue.of("复业", Stage.COMPLETED), StageCue.of("通水", Stage.COMPLETED),
            StageCue.of("落成", Stage.COMPLETED), StageCue.of("投入运作", Stage.COMPLETED),
            StageCue.of("运营", Stage.OPERATING), StageCue.of("达效", Stage.OPERATING), StageCue.of("运行", Stage.OPERATING),
            StageCue.of("营业", Stage.OPERATING), StageCue.of("达产", Stage.OPERATING), StageCue.of("投入运营", Stage.OPERATING),
            StageCue.of("投运", Stage.OPERATING),
            // releasing capacity (A等项目释放产能) is said only of a plant that already produces
            StageCue.of("释放产能", Stage.OPERATING),
            // lighting up a computing centre (全面点亮A) puts it into service
            StageCue.of("点亮", Stage.OPERATING),
            // before a name, a compound that starts with 建成 reports the building done
            StageCue.of("建成投运", Stage.COMPLETED), StageCue.of("建成开业", Stage.COMPLETED), StageCue.of("建成投用", Stage.COMPLETED),
            StageCue.of("投入使用", Stage.COMPLETED), StageCue.of("启用", Stage.COMPLETED), StageCue.of("完工", Stage.COMPLETED), StageCue.of("亮相", Stage.COMPLETED),
            StageCue.of("开业", Stage.COMPLETED), StageCue.of("成功创建", null, null), StageCue.of("成功申报", null, null),
            StageCue.of("申报国家", null, null), StageCue.of("申报省级", null, null), StageCue.of("申报全国", null, null),
            // founding verbs: a plan to found it, or a report that it was founded
            StageCue.of("设立", Stage.PLANNED, Stage.COMPLETED), StageCue.of("组建", Stage.PLANNED, Stage.COMPLETED),
            StageCue.of("成立", Stage.PLANNED, Stage.COMPLETED), StageCue.of("引进", null, Stage.COMPLETED),
            StageCue.of("建立", Stage.UNDER_CONSTRUCTION, Stage.COMPLETED), StageCue.of("建好", Stage.UNDER_CONSTRUCTION),
            // governing verbs that name no stage: supporting, shaping or deepening something is not building it
            StageCue.of("支持", null, null), StageCue.of("打造", null, null), StageCue.of("深化", null, null),
            StageCue.of("依托", null, null), StageCue.of("提升", null, null),
            StageCue.of("新建", Stage.PLANNED, Stage.COMPLETED), StageCue.of("改建", Stage.PLANNED, Stage.COMPLETED),
            StageCue.of("实施", Stage.UNDER_CONSTRUCTION, null),
            // deepening or continuing the carrying out of a named programme: it goes on, in a review too
            StageCue.of("深入实施", Stage.UNDER_CONSTRUCTION), StageCue.of("持续实施", Stage.UNDER_CONSTRUCTION),
            // building a thing jointly (共建A, 携手共建A), like founding it: planned to be built, or reported built
            // (only before the name: after it, "A与B共建C", the name is a partner); approved to build it jointly is a plan
            StageCue.of("共建", Stage.UNDER_CONSTRUCTION, Stage.COMPLETED), StageCue.of("获批共建", Stage.PLANNED),
            // building to a standard is building; improving or polishing a thing means it runs already
            StageCue.of("高标准打造", Stage.UNDER_CONSTRUCTION), StageCue.of("高水平打造", Stage.UNDER_CONSTRUCTION),
            StageCue.of("高质量打造", Stage.UNDER_CONSTRUCTION), StageCue.of("高品质打造", Stage.UNDER_CONSTRUCTION),
            StageCue.of("完善", Stage.OPERATING), StageCue.of("擦亮", Stage.OPERATING),
            // exploring a thing plans it; upgrading one rebuilds it
            StageCue.of("探索打造", Stage.PLANNED), StageCue.of("探索建设", Stage.PLANNED), StageCue.of("探索设立", Stage.PLANNED),
            StageCue.of("探索建立", Stage.PLANNED),
            // seeking a thing (争取A, 争取A落户) in a plan: it is still to be won
            StageCue.of("争取", Stage.PLANNED, null),
            // running an existing thing well (办好A, 管好A): it operates; strengthening or enlarging it (建强A,
            // 做优A, 做大做强A) is an improvement, which the format and the dev gold leave without a stage;
            // building it well and then using it (建好用好A) is still building (the dev gold's reading, 2 of 3; the
            // training gold says operating, 9 of 9: the independent dev gold's convention is kept)
            StageCue.of("办好", Stage.OPERATING), StageCue.of("建强", null, null), StageCue.of("做优", null, null),
            StageCue.of("做大做强", null, null), StageCue.of("做强做优", null, null), StageCue.of("做优做强", null, null),
            StageCue.of("管好", Stage.OPERATING), StageCue.of("用好", Stage.OPERATING), StageCue.of("建好用好", Stage.UNDER_CONSTRUCTION),
            StageCue.of("改造升级", Stage.UNDER_CONSTRUCTION), StageCue.of("建设提升", Stage.UNDER_CONSTRUCTION),
            StageCue.of("新建提升", Stage.UNDER_CONSTRUCTION),
            // launching and bringing in: reported, the thing is there
            StageCue.of("上线", null, Stage.COMPLETED), StageCue.of("推出", null, Stage.COMPLETED),
            StageCue.of("引入", null, Stage.COMPLETED), StageCue.of("搭建", Stage.UNDER_CONSTRUCTION, Stage.COMPLETED),
            StageCue.of("开通", Stage.COMPLETED),
            // reported as added, the thing is there ("新增A等文化设施6个"); planned additions name no stage yet
            StageCue.of("新增", null, Stage.COMPLETED),
            // exploiting a thing or its role presupposes that it runs ("发挥A…作用", "管好用好A")
            StageCue.of("发挥", null, null), StageCue.of("强化", null, null), StageCue.of("管好用好", Stage.OPERATING),
            // achieving a state of the thing ("实现A与B互联互通", "A实现整车下线") reports or promises it done
            StageCue.of("实现", Stage.COMPLETED),
            // optimising a thing, like improving it, means it runs already
            StageCue.of("优化", Stage.OPERATING),
            StageCue.of("建设", Stage.UNDER_CONSTRUCTION, Stage.UNDER_CONSTRUCTION)));
    /**
     * Cues read only as the predicate after a name: an airport opening to flights (A通航) is done, but the word
     * also starts names (通航所, 通航产业) that a cue before or near a name must not be taken from.
     */
    static final List<StageCue> END_CUES = sorted(concat(STAGE_CUES, List.of(StageCue.of("通航", Stage.COMPLETED),
            // passing acceptance (A通过验收) and moving in (A等企业迁入…) are said only of a finished thing
            StageCue.of("验收", Stage.COMPLETED), StageCue.of("迁入", Stage.COMPLETED), StageCue.of("迁驻", Stage.COMPLETED))));
    /**
     * Weak cues, used only when nothing else is said: the object noun of a governing verb ("加快…建设"), and
     * 实现, whose object's own verb tells the stage when it has one ("实现A主体开工建设", "A实现降压运行").
     */
    static final Set<String> WEAK = Set.of("建设", "实施", "实现");
    /** Moving into a place ("机构入驻A", "进驻A"): the name is the host, not the thing that arrives. */
    static final Set<String> MOVING_IN = Set.of("入驻", "进驻");
    /** Founding verbs: a plan to found a firm ("推动组建A集团") plans it, unlike building verbs, which a firm does not take. */
    static final Set<String> FOUNDING = Set.of("组建", "成立", "设立", "筹建");
    /**
     * Cues that govern only what follows them: after a name ("支持A做大做强", "A发展壮大") the name grows by
     * its own predicate, which annotators leave without a stage.
     */
    static final Set<String> BEFORE_ONLY = Set.of("办好", "建强", "做优", "做大做强", "做强做优", "做优做强",
            "管好", "用好", "争取", "共建");
    /**
     * Verbs that push a whole event forward ("推动A交工投用", "支持A实体化运行"): the name is the subject of the
     * event, so a stage verb of its own predicate, not the pushing, tells its stage.
     */
    static final Set<String> PIVOT = Set.of("推动", "推进", "加快推进", "支持", "加快");
    static final Set<String> PLANNING_PREDICATE = Set.of("创建", "争创", "申报", "申遗", "前期工作", "设立", "筹建", "组建");

    private StageWords() {
    }

    private static List<StageCue> concat(List<StageCue> a, List<StageCue> b) {
        List<StageCue> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static List<StageCue> sorted(List<StageCue> cues) {
        List<StageCue> l = new ArrayList<>(cues);
        l.sort(Comparator.comparingInt((StageCue c) -> c.word().length()).reversed());
        return List.copyOf(l);
    }
}
