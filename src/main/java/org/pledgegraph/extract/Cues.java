package org.pledgegraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * The stage a sentence gives a mention: the predicate after the name or its list first, then the nearest stage
 * verb in its clause ({@link StageWords}). Modality is {@link ModalityCues}'s.
 */
final class Cues {
    /** A quoted whole the members make up ("A、B实现“五园连通”", "A、B等“八园”连通"): the stage is the whole's. */
    private static final Pattern QUOTED_WHOLE = Pattern.compile("(?:实现)?等?[“\"]");
    private static final Pattern OWN_PREDICATE = Pattern.compile(
            "(?:[^,，;；。、等]{0,8}?(?:融合|协同|高质量|跨越|转型)?发展|打造|提档升级|提质增效|扩大[^,，;；。、]{0,8}?规模"
            + "|[与同][^,，;；。、等]{1,12}?(?:一体化|协同|联动|衔接|对接)(?![^,，;；。、]{0,4}?(?:建设|工程|项目|可行性|研究))"
            + "|建设(?![^,，;；。、]{0,2}(?:加快|推进|与|和|及|取得|进展|全面|顺利|完成|开工|工作|进度|任务|提质|提速|提效|提档|政策)|的)[^,，;；。、]{3,})");
    private static final Pattern PARTIAL = Pattern.compile(
            "[^,，;；。、]{0,4}?(?:主体(?:结构)?[^,，;；。、]{0,4}?(?:完成|完工|封顶|竣工)|基本完成[^,，;；。、]{1,6}工作"
            + "|(?:完成|完工)\\d+(?:\\.\\d+)?[%％]|(?:顺利|如期)?完成封顶)");
    /** Planning words right after a name: its stage is still planning whatever verb governs it (not once 成功/已 reports it). */
    private static final Pattern PLANNING_AFTER = Pattern.compile(
            "(?![^,，;；。、]{0,6}?(?:成功|已))(?:[^,，;；。、]{0,10}?(?:创建|申遗|前期工作|争创|(?<!并)申报)|(?:[^,，;；。、]{0,4}?获批))");
    /**
     * Planning steps right after a name, in any scope: its plan or scheme is written or approved, it is filed
     * for approval or taken into a higher plan or studied ("A纳入国家规划", "出台A工作方案", "A完成计划立项", "A…可行性研究"),
     * its site is chosen (A选址) or its zoning plan or urban design drawn (完成A法定图则修编, A城市设计).
     */
    private static final Pattern PLANNED_AFTER = Pattern.compile(
            "[”\"]?(?:[^,，;；。]{0,8}?纳入[^,，;；。]{0,16}?(?:规划|清单|布局|计划)|[^,，;；。]{0,16}?纳规|[^,，;；。、]{0,6}?(?:工作方案|实施方案|方案|规划体系|规划建设)|[^,，;；。]{0,12}?立项"
            + "|[^,，;；。]{0,14}?(?:可行性研究|规划研究|论证)|[^,，;；。]{0,12}?选址"
            + "|[^,，;；。]{0,10}?(?:图则|规划设计|城市设计|空间规划)"
            // approved to be built, founded or set up ("A获批建设", "A获批筹建", "A获批设置", "A获批创建国家级…"),
            // in a report too: the plan is approved
            + "|(?:正式)?获批(?:(?:建设|筹建|设置)(?=[,，;；。、]|$)|创建)"
            // approved with no more said ("A获批。"), or backed by the state to be built ("A获国家支持建设"): a plan
            + "|(?:正式)?获批(?=[,，;；。]|$)|获(?:国家|省)?支持建设"
            // the state's approval to build a power or grid project ("推进A核准", "A等电网项目核准建设"): still a
            // plan; not across 、 ("A建成投产、B获核准" says nothing more of A)
            + "|[^,，;；。、]{0,10}?核准)");
    /** Seeking the list in a plan ("争取A落户", "积极争取A、B纳入…"): it is to be won, whatever end state follows. */
    private static final Pattern SEEK_BEFORE = Pattern.compile("争取$");
    /**
     * …unless what is sought is the start of building ("争取A开工建设"), which annotators read either way, or
     * its finishing or running ("争取A并网发电", "争取A建成投用"), a promised end state.
     */
    private static final Pattern BUILDING_AFTER = Pattern.compile(
            "[^,，;；。]{0,8}?(?:开工|动工|建设|施工|并网|投产|投运|运营|运行|通车|建成|竣工|投用|完工|达产)");
    /** A school's first intake ("A完成首批招生", "设立A并完成首届招生"): it runs, not just stands built. */
    private static final Pattern FIRST_INTAKE = Pattern.compile(
            "并?(?:已|顺利|正式)?(?:完成|开始|启动|实现)?(?:首批|首届|首次)[^,，;；。、]{0,4}?招生"
            // a school formally enrolling, or enrolling once opened or upgraded ("A正式招生", "A升本招生"); not
            // 建成招生/开学招生, where the finishing is what is reported
            + "|(?:正式|开办|升本|挂牌)招生");
    /** Starting to run ("A启动运行", "A试运行", a bonded zone's "开关运作"): running, not the plan 启动 names. */
    private static final Pattern RUN_START = Pattern.compile("(?:已|顺利|正式)?(?:启动运行|启动运作|开关运作|试运行)");
    /**
     * Reported work of the named thing as a subject, counted ("A累计整合50个场馆", "A接入停车场300家",
     * "A助力6家企业上市"): it is running.
     */
    private static final Pattern SERVES_AFTER = Pattern.compile(
            "[”\"]?(?:已|累计|先后|共)?(?:整合|接入|服务|助力|支持|带动|吸引|孵化|汇聚|帮助)[^,，;；。]{0,12}?\\d"
            // what only a running thing counts: a hospital's visits, an incubator's firms, a school's intake, a
            // theatre's shows, a platform's credit or cases, a lock's freight ("A门诊量达N万人次", "A年过货量…")
            + "|[”\"]?[^,，;；。、]{0,3}?(?:累计|新增|年|全年)?(?:门诊量|接诊|诊疗|在孵|招收|上演|授信|办结|过货量)[^,，;；。]{0,12}?\\d");
    /**
     * A series of stage verbs after a list ("A、B等一批项目接续落地、建设、投产"): the members stand at
     * different stages, and the sentence does not say which is where.
     */
    private static final Pattern STAGE_SERIES = Pattern.compile(
            "(?:接续|相继|先后|陆续|分别)?(?:签约|落地|开工|建设|投产|建成|竣工|投用)(?:、(?:落地|开工|建设|投产|建成|竣工|投用|运营|达产|达效))+");
    /** About to reach an end state ("A即将通车", "A即将完工"): reported, it is still being built. */
    private static final Pattern ABOUT_TO = Pattern.compile("[^,，;；。、]{0,4}?即将");
    /**
     * The named institution carries out work ("A正式开展业务", "支持A开展数据交易"): it operates — not when the
     * name is the partner (与A开展) or the object (对A开展改造).
     */
    private static final Pattern ACTIVITY_AFTER = Pattern.compile("(?:正式|高质量|持续|深入|积极|常态化)?开展");
    /** The name's own predicate is building it ("支持A建设。"), or after a start ("启动A主体工程建设"). */
    private static final Pattern BUILT_AFTER = Pattern.compile(
            "(?:高标准|高质量|高水平)*(?:主体)?(?:工程)?(?:建设|施工)(?=[,，;；。、]|$|的|政策)");
    /** Works that go on once begun: deepening or carrying out a named clean-up or restoration continues it. */
    private static final Pattern ONGOING_WORKS = Pattern.compile(".*(?:治理|整治|修复)$");
    private static final Pattern END_STATE = Pattern.compile(
            "[”\"]?(?:[“\"][^”\"]{1,8}[”\"])?(?:[和与及][^,，。;；、]{2,12}?)?(?:\\d+(?:\\.\\d+)?(?:公里|千米|米))?"
            // signed and then settled ("A签约落户"): the settling, not the signing, is the predicate
            + "(?:签约(?=落户|落地|设立|入驻))?"
            + "(?:已|已经|均|全部|全面|全线|顺利|成功|正式|基本|如期|将|年内|年底前|尽快|加快|圆满"
            + "|相继|先后|陆续|精彩|对外|获批)?"
            + "((?:亮相|建成|竣工|投用|投产|通车|交付|完成|完工|启用|投入使用|投入运营|运营|达效|达产|营业|开业|运行|上线|开通"
            + "|落户|落地(?!建设)|揭牌|挂牌|成立|设立|组建|开园|开放|进驻|入驻|投运|贯通|并网|收官"
            + "|开学|开街|开馆|开诊|复业|通水|通航(?![所产])|落成|投入运作|通过(?:国家|竣工)?验收|迁入|迁驻)+(?:并(?=投|运|开|启)"
            + "(?:投用|投运|投产|投入使用|投入运营|运营|运行|开通|开放|开业|启用)+)?)");
    private static final Pattern EVENT_AFTER = Pattern.compile(
            "(?:[“\"][^”\"]{1,8}[”\"])?(?:顺利|成功|正式|加快|尽快)?(?:签约|上市|挂牌上市|改革|合作|招商|申报|创建|获评|入选|被评为|被授予|获批)");
    private static final Pattern PROMISED = Pattern.compile(
            "(?:尽快|确保|力争|年内|年底前|早日)+((?:建成|竣工|投用|投产|通车|交付|完工|启用|投入使用|投入运营|运营|达效|达产)+)");
    /**
     * The name is the agent of a launch with its own object ("A上线9种外语服务版本", "A开通…直赔服务", "A获批设立…专板"):
     * the sentence is about what it launched, not about launching it.
     */
    private static final Pattern AGENT_AFTER = Pattern.compile(
            "(?:已|成功|正式|率先|获批)?(?:开通|上线|推出|设立|引入|发布)(?!运行|运营|使用|投用|投入|至|到)[^,，;；。、]{2,}");
    /** A list whose shared head names projects ("A、B等5500个重大项目"), or a phase of works ("…二期"): not a firm. */
    private static final Pattern PROJECT_HEAD = Pattern.compile("项目|工程");
    private static final Pattern PHASE_NAME = Pattern.compile(".*" + RouteType.PHASE + "(?:项目|工程)?");
    /** The role a name is to play ("发挥A…作用/效能/功能"): only a running thing plays it (not "发挥A名校优势"). */
    private static final Pattern ROLE_AFTER = Pattern.compile("[^,，;；。]{0,24}?(?:作用|效能|功能)");
    /** The name modifies the head of a longer name ("A半导体基地", "A三跑道", "A三期"): the stage is that thing's. */
    private static final Pattern MODIFIES = Pattern.compile(
            "(?![^,，;；。、]{0,8}?(?:工程|项目|建设|改造|创建|打造|入选|作用|纳入|功能|期(?:建成|竣工|开工|投用|完工|开诊|开业|通车)))"
            + "(?!\\d|[一二三四五六七八九十]+[大个家项类])[^,，;；。、等和与及“”\"]{0,8}?"
            + "(?:基地|中心|生产线|跑道|[一二三四五六七八九十]期|园区|产业园|大楼|院区|学院|航站楼|地块|研究院|平台)");
    /** Joining with a partner ("A与B一体化…", "城区战略与A规划有机衔接"): neither side is being built by it. */
    private static final Pattern JOINED_WITH = Pattern.compile("[^,，;；。、]{0,10}?(?:一体化|协同|联动|衔接|对接)");
    private static final Pattern ALONG = Pattern.compile("(?:沿线|周边|沿岸|两岸|一带)");
    /** A dash joins the name to another place ("A—B—C生态廊道", "A-B连通工程"): it is an end of a route or link. */
    private static final String DASHES = "-－—–~～";
    /** A quoted programme of the named body is built ("A、B“双一流”建设"): the programme, not the body, is being built. */
    private static final Pattern PROGRAMME_AFTER = Pattern.compile("[“\"][^”\"]{1,8}[”\"](?:建设|创建)");
    /** The name is where an event is held ("办好A荷花展", "A毛棉杜鹃花会"): the stage, if any, is the event's. */
    private static final Pattern EVENT_HEAD = Pattern.compile(
            "[^,，;；。、等和与及“”\"]{0,8}?(?:(?<![发开进])展|节|花会|灯会|庙会|论坛|博览会|峰会|大赛|马拉松)(?=[,，;；。、等和与及以]|$)");
    /** A verb before a conjunction ends the phrase of a thing before it ("A北向贯通和B改线"). */
    private static final Pattern CONJOINED = Pattern.compile("(?:和|及|与|以及)(?!其)");
    /**
     * Words of building, opening, planning or running a thing: a name pushed to do something (推动A…) that its
     * predicate names none of is not being built ("推动A高质量发展", "推动A集聚创新资源", "推动A扩围").
     */
    private static final Pattern WORKS_WORD = Pattern.compile(
            "建设|建成|开工|动工|施工|封顶|改造|扩建|迁建|续建|竣工|完工|投用|投产|运营|运行|落地|落户|开业|通车|贯通"
            + "|创建|申报|纳入|前期|扩容|提升|开放|使用|量产|产能|规划|提速|开发|复工|衔接|整治|治理|修复|复明");
    /**
     * Further members of the name's list that were not recognised as names ("A、B成功落户", "A、B等项目落户"):
     * the predicate after them is still the list's.
     */
    private static final Pattern UNLISTED = Pattern.compile("(?:、[^、,，;；。:：等]{2,16})+");
    /**
     * An amount of work done on or by the named thing ("A完成投资N亿元", "A完成N平方公里…", "A完成土地出让",
     * "A主业资产完成重整"): progress, not the thing finished.
     */
    private static final Pattern WORK_DONE = Pattern.compile(
            "[^,，;；。、]{0,6}?(?:力争)?完成(?:\\d|[^,，;；。、]{0,4}?(?:投资|出让|征收|评审|重整))");
    /** A quality of the name raised ("A功能品质再提升", "A整合提升", "A等品质提升"): it exists already. */
    private static final Pattern QUALITY_RAISED = Pattern.compile("等?[^,，;；。、]{0,4}?(?:功能|品质|能级|整合)再?提升");
    private static final int PIVOT_WINDOW = 12;
    private static final int AFTER_WINDOW = 6;
    /** 实现 governs a name only from close by ("实现A…", "实现区级A…"). */
    private static final int ACHIEVE_WINDOW = 4;

    private Cues() {
    }

    /** The stage the verb nearest {@code [begin, end)} of {@code t} names, or null. */
    static Stage stage(String t, int begin, int end, TimeScope scope) {
        return stage(t, begin, end, scope, null, List.of());
    }

    /**
     * The stage of the mention {@code [begin, end)} of {@code t}, of type {@code type} (may be null), among
     * the other names {@code members} of its sentence ({begin, end} in the same offsets; they make up the
     * lists a verb is shared by, {@link ListScope}). Rules, in order: the predicate after the mention (or
     * after the list it is in, "A、B等项目建成交付") wins when it names an end state (建成, 投用, 落户, 揭牌)
     * and the last verb of a compound counts ("竣工达效" → operating); an event after the mention that is
     * not construction (签约, 上市, 改革) leaves no stage; planning words after it ("…创建", "…前期工作",
     * "…申遗") make it planned whatever verb governs the list; a promised end state in the next clause
     * ("…,尽快建成投用") wins; otherwise the nearest cue before the list or right after it, a bare
     * "建设"/"实施" counting only when no other cue is in the clause, and governing verbs that name no
     * stage (支持, 打造) leaving none. Enterprises take only completed/operating stages: 推动/支持 a firm is
     * not building it.
     */
    static Stage stage(String t, int begin, int end, TimeScope scope, EntityType named, List<int[]> members) {
        return reading(t, begin, end, scope, named, members).stage();
    }

    /** The stage of {@link #stage(String, int, int, TimeScope, EntityType, List)} and the rule that gave it. */
    static StageReading reading(String t, int begin, int end, TimeScope scope, EntityType named, List<int[]> members) {
        int from = Clause.start(t, begin);
        int to = Clause.end(t, end);
        int first = ListScope.start(t, begin, from, members);
        int anchor = ListScope.end(t, end, to, members);
        boolean member = end < to && "、等和与及".indexOf(t.charAt(end)) >= 0; // not a modifier ("A博物馆等项目")
        EntityType type = named == EntityType.ENTERPRISE && (member && PROJECT_HEAD.matcher(t.substring(end, anchor)).find()
                || PHASE_NAME.matcher(t.substring(begin, end)).matches()) ? EntityType.PROJECT : named;
        if (first > from && "在于".indexOf(t.charAt(first - 1)) >= 0) {
            return new StageReading(null, "place"); // "在A探索…", "在A云际观光层等地标建成…": the name is where something happens
        }
        if (first > from && "与同跟".indexOf(t.charAt(first - 1)) >= 0 && JOINED_WITH.matcher(t.substring(anchor, to)).lookingAt()) {
            return new StageReading(null, "partner"); // the name is the partner of a joining
        }
        if (ALONG.matcher(t.substring(end, to)).lookingAt() || MODIFIES.matcher(t.substring(end, to)).lookingAt()
                || EVENT_HEAD.matcher(t.substring(end, to)).lookingAt()) {
            return new StageReading(null, "modifier"); // "A沿线城市", "A周边片区", "建成A半导体基地": the name locates or owns something else
        }
        if (end < to && DASHES.indexOf(t.charAt(end)) >= 0 || begin > from && DASHES.indexOf(t.charAt(begin - 1)) >= 0) {
            return new StageReading(null, "route-end"); // "打通A-B-C", "A—B交通专线": the name is an end of a route or link
        }
        if (PARTIAL.matcher(t.substring(anchor, to)).lookingAt()) {
            return new StageReading(Stage.UNDER_CONSTRUCTION, "partial"); // "主体结构完成50%", "基本完成拆除工作": a step, not the end
        }
        String rest = t.substring(anchor, to);
        if (PROGRAMME_AFTER.matcher(rest).lookingAt()) {
            return new StageReading(null, "programme");
        }
        if (PLANNED_AFTER.matcher(rest).lookingAt()) {
            return new StageReading(type == EntityType.ENTERPRISE ? null : Stage.PLANNED, "planned-after"); // before 完成: "完成计划立项" is a plan
        }
        if (AGENT_AFTER.matcher(rest).lookingAt()) {
            return new StageReading(null, "agent");
        }
        if (FIRST_INTAKE.matcher(rest).lookingAt()) {
            return new StageReading(type == EntityType.ENTERPRISE ? null : Stage.OPERATING, "intake");
        }
        if (RUN_START.matcher(rest).lookingAt()) {
            return new StageReading(Stage.OPERATING, "run-start");
        }
        if (scope != TimeScope.PLAN && first == from && SERVES_AFTER.matcher(rest).lookingAt()) {
            return new StageReading(Stage.OPERATING, "serves");
        }
        if (STAGE_SERIES.matcher(rest).lookingAt()) {
            return new StageReading(null, "series");
        }
        if (scope == TimeScope.PLAN && SEEK_BEFORE.matcher(t.substring(from, first)).find()
                && !BUILDING_AFTER.matcher(rest).lookingAt()) {
            return new StageReading(type == EntityType.ENTERPRISE ? null : Stage.PLANNED, "seek");
        }
        if (scope == TimeScope.RETROSPECTIVE && ABOUT_TO.matcher(rest).lookingAt()) {
            return new StageReading(Stage.UNDER_CONSTRUCTION, "about-to"); // "A即将通车" in a review: not yet done
        }
        if (WORK_DONE.matcher(rest).lookingAt()) {
            return new StageReading(null, "work-done"); // "A完成投资N亿元", "A完成土地出让": an amount of work on it, not its end
        }
        Stage after = afterPredicate(t, anchor, to, scope);
        Matcher unlisted = UNLISTED.matcher(rest);
        if (after == null && unlisted.lookingAt()) {
            after = afterUnlisted(t, anchor, anchor + unlisted.end(), to, scope);
        }
        if (after != null) {
            return new StageReading(after, "end-state");
        }
        if (ACTIVITY_AFTER.matcher(rest).lookingAt() && (first == from || "与同和跟对向".indexOf(t.charAt(first - 1)) < 0)) {
            return new StageReading(Stage.OPERATING, "activity");
        }
        if (scope != TimeScope.RETROSPECTIVE && PLANNING_AFTER.matcher(t.substring(anchor, to)).lookingAt()) {
            return new StageReading(type == EntityType.ENTERPRISE ? null : Stage.PLANNED, "planning-after");
        }
        if (EVENT_AFTER.matcher(t.substring(anchor, to)).lookingAt()) {
            return new StageReading(null, "event");
        }
        Stage promised = promisedInNextClause(t, to, scope);
        if (promised != null) {
            return new StageReading(promised, "promised");
        }
        if (OWN_PREDICATE.matcher(t.substring(anchor, to)).lookingAt()) {
            return new StageReading(null, "own-predicate"); // the name is the subject of its own predicate: "支持A建设一流大学", "推动A高质量发展"
        }
        Nearest near = nearest(t, from, first, anchor, to);
        StageCue best = near == null ? null : near.cue();
        boolean bestBefore = near != null && near.before();
        if (best != null && (bestBefore && StageWords.MOVING_IN.contains(best.word())
                || best.word().equals("实现") && QUOTED_WHOLE.matcher(rest).lookingAt())) {
            return new StageReading(null, "moving-in");
        }
        Stage st = best == null ? null : best.in(scope);
        if (best != null && bestBefore && StageWords.PIVOT.contains(best.word()) && type != EntityType.ENTERPRISE) {
            Stage own = ownPredicate(t, anchor, to, scope);
            st = own != null ? own : st;
            if (own == null && best.word().equals("推动") && !rest.isEmpty() && "、等和与及".indexOf(rest.charAt(0)) < 0
                    && !WORKS_WORD.matcher(rest).find()) {
                // 推动 makes the name the doer of its own predicate; with no works word in it, nothing is built
                st = null;
            }
            if (own == null && best.word().equals("推动") && QUALITY_RAISED.matcher(rest).lookingAt()) {
                st = null; // "推动A功能提升", "推动A、B等品质提升": an existing thing improves, nothing is built
            }
        }
        if (best != null && st == null && bestBefore && scope != TimeScope.RETROSPECTIVE && first >= 2
                && t.startsWith("建设", first - 2) && type != EntityType.ENTERPRISE) {
            st = Stage.UNDER_CONSTRUCTION; // "支持X建设A": the governor names no stage, the verb right before A does
        }
        if (best != null && (best.word().equals("发挥") || best.word().equals("强化")) && ROLE_AFTER.matcher(rest).lookingAt()
                || best != null && best.word().equals("发挥") && bestBefore && rest.isEmpty()) {
            // "发挥A…作用" (its role may follow a list), or "更好发挥A" closing the clause: only a running thing plays it
            st = Stage.OPERATING;
        }
        Matcher built = BUILT_AFTER.matcher(rest);
        if (scope != TimeScope.RETROSPECTIVE && type != EntityType.ENTERPRISE && built.lookingAt()
                && (best == null || best.word().equals("支持") || best.word().equals("启动"))) {
            // "支持A建设", "全面启动A主体工程建设"; starting the building itself ("启动A建设") is the plan's first step
            return new StageReading(best != null && best.word().equals("启动") && !built.group().startsWith("主体") ? Stage.PLANNED
                    : Stage.UNDER_CONSTRUCTION, "built-after");
        }
        // "强化A建设", "支持A、B等平台建设": the closing noun, not the governor; with no governing cue only in a plan
        // ("持续加强A、B等国家战略科技力量建设")
        if (st == null && type != EntityType.ENTERPRISE && BuildingNoun.closes(rest)
                && (best != null ? !best.word().equals("深化") : scope != TimeScope.RETROSPECTIVE)) {
            return new StageReading(Stage.UNDER_CONSTRUCTION, "building-noun");
        }
        if (st == null && type == EntityType.PROJECT
                && ONGOING_WORKS.matcher(t.substring(begin, end)).matches()) {
            return new StageReading(Stage.UNDER_CONSTRUCTION, "ongoing-works"); // "深化A综合治理"
        }
        if (st == null) {
            return new StageReading(null, "no-cue");
        }
        if (type == EntityType.ENTERPRISE && st != Stage.COMPLETED && st != Stage.OPERATING
                && !(st == Stage.PLANNED && bestBefore && StageWords.FOUNDING.contains(best.word()))) {
            return new StageReading(null, "enterprise");
        }
        return new StageReading(st, "nearest");
    }

    /** A cue and whether it stands before the name's list. */
    record Nearest(StageCue cue, boolean before) {
    }

    /**
     * The cue nearest the list {@code [first, anchor)} in its clause {@code [from, to)}: before it, or within a
     * few characters after it; a weak cue only when no strong one is in the clause.
     */
    static Nearest nearest(String t, int from, int first, int anchor, int to) {
        StageCue best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestBefore = false;
        boolean strongSeen = false;
        for (StageCue c : StageWords.STAGE_CUES) {
            for (int i = t.indexOf(c.word(), from); i >= 0 && i < to; i = t.indexOf(c.word(), i + 1)) {
                int distance;
                if (i + c.word().length() <= first && CONJOINED.matcher(t.substring(i + c.word().length(), first)).lookingAt()) {
                    continue; // "推动A贯通和B改线": the verb is A's, joined to B's phrase, not governing B
                } else if (i + c.word().length() <= first) {
                    distance = first - (i + c.word().length());
                } else if (i >= anchor && i - anchor <= AFTER_WINDOW && !StageWords.BEFORE_ONLY.contains(c.word())) {
                    distance = i - anchor;
                } else {
                    continue;
                }
                if (c.word().equals("实现") && i < first && distance > ACHIEVE_WINDOW) {
                    continue; // "实现30分钟通达A、B": what is achieved is the verb phrase before the name
                }
                boolean weak = StageWords.WEAK.contains(c.word());
                if (!weak && !strongSeen) {
                    strongSeen = true;
                    best = null;
                    bestDistance = Integer.MAX_VALUE;
                }
                if (weak && strongSeen) {
                    continue;
                }
                if (distance < bestDistance) {
                    best = c;
                    bestDistance = distance;
                    bestBefore = i < first;
                }
            }
        }
        return best == null ? null : new Nearest(best, bestBefore);
    }

    /**
     * The stage the first cue of the name's own predicate names: an end state ("A…交工投用" → completed, "A高水平
     * 建设运行" → operating) or a planning step ("A…创建国家级…", "A…设立"); null
     * when the first cue is another word ("A等新建项目", "A…建设规划": a head word, not the name's predicate).
     */
    private static Stage ownPredicate(String t, int anchor, int to, TimeScope scope) {
        for (int i = anchor; i < Math.min(to, anchor + PIVOT_WINDOW); i++) {
            for (StageCue c : StageWords.END_CUES) {
                if (t.startsWith(c.word(), i) && !c.word().equals("建设") && !c.word().equals("实施")) {
                    Stage st = c.in(scope);
                    return st == Stage.COMPLETED || st == Stage.OPERATING
                            || st == Stage.PLANNED && StageWords.PLANNING_PREDICATE.contains(c.word()) ? st : null;
                }
            }
        }
        return null;
    }

    /** The end state the words right after {@code anchor} name, last verb of a compound winning. */
    private static Stage afterPredicate(String t, int anchor, int to, TimeScope scope) {
        Matcher m = END_STATE.matcher(t.substring(anchor, to));
        if (!m.lookingAt()) {
            return null;
        }
        String verbs = m.group(1);
        Stage last = null;
        for (int i = 0; i < verbs.length(); ) {
            StageCue hit = null;
            for (StageCue c : StageWords.END_CUES) {
                if (verbs.startsWith(c.word(), i)) {
                    hit = c;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            Stage st = hit.in(scope);
            if (st != null) {
                last = st;
            }
            i += hit.word().length();
        }
        return last == Stage.COMPLETED || last == Stage.OPERATING ? last : null;
    }

    /**
     * The end state that follows the unrecognised members {@code [anchor, chain)} (a member is two or more
     * characters after its 、; the predicate may begin inside the run the chain took), or that follows a shared
     * head ("等项目") after them.
     */
    private static Stage afterUnlisted(String t, int anchor, int chain, int to, TimeScope scope) {
        int last = t.lastIndexOf('、', chain - 1);
        for (int k = last + 3; k <= chain; k++) {
            Stage st = afterPredicate(t, k, to, scope);
            if (st != null) {
                return st;
            }
        }
        if (chain >= to || t.charAt(chain) != '等') {
            return null;
        }
        Stage st = null;
        for (int k = chain + 1; k < Math.min(to, chain + 13) && st == null; k++) {
            st = afterPredicate(t, k, to, scope);
        }
        return st;
    }

    private static Stage promisedInNextClause(String t, int to, TimeScope scope) {
        if (scope == TimeScope.RETROSPECTIVE || to >= t.length() || "，,".indexOf(t.charAt(to)) < 0) {
            return null;
        }
        Matcher m = PROMISED.matcher(t.substring(to + 1, Math.min(t.length(), to + 14)));
        if (!m.lookingAt()) {
            return null;
        }
        return m.group(1).matches(".*(?:运营|达效|达产|运行)$") ? Stage.OPERATING : Stage.COMPLETED;
    }
}
