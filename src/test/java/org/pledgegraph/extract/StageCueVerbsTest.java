package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * Stage cues that recur across many of the training governments' reports (verbs of speeding up, seeking,
 * running well, opening, zoning and linking), on invented sentences and names.
 */
class StageCueVerbsTest {
    private static final TimeScope PLAN = TimeScope.PLAN;
    private static final TimeScope REPORT = TimeScope.RETROSPECTIVE;

    private static Stage stage(String sentence, TimeScope scope, String name, String... names) {
        return stage(sentence, scope, EntityType.FACILITY, name, names);
    }

    /** The stage of {@code name} in {@code sentence}, the other {@code names} being the sentence's other names. */
    static Stage stage(String sentence, TimeScope scope, EntityType type, String name, String... names) {
        int b = sentence.indexOf(name);
        List<int[]> ms = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(name)) {
                int i = sentence.indexOf(n);
                ms.add(new int[] {i, i + n.length()});
            }
        }
        return Cues.stage(sentence, b, b + name.length(), scope, type, ms);
    }

    @Test
    void speedingUpOrBreakingGroundBuilds() {
        String s = "提速青梅港一期、白鹭物流基地等项目。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, PLAN, "青梅港一期", "青梅港一期", "白鹭物流基地"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, PLAN, "白鹭物流基地", "青梅港一期", "白鹭物流基地"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("年内开建星河快速路。", PLAN, "星河快速路"));
    }

    @Test
    void seekingAThingInAPlanPlansItWhateverEndStateFollows() {
        assertEquals(Stage.PLANNED, stage("积极争取星河算力中心落户。", PLAN, "星河算力中心"));
        assertEquals(Stage.PLANNED, stage("争取白鹭城际纳入国家规划。", PLAN, "白鹭城际"));
        // seeking the start of building is read as building
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("争取星河水库扩建工程开工建设。", PLAN, "星河水库扩建工程"));
    }

    @Test
    void runningAnExistingThingWellMeansItOperates() {
        assertEquals(Stage.OPERATING, stage("办好星河职业学校。", PLAN, "星河职业学校"));
        assertEquals(Stage.OPERATING, stage("持续用好“星河通”平台。", PLAN, "“星河通”平台"));
        // building it well and then using it is still building (the dev gold's convention)
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("建好用好白鹭交易市场。", PLAN, "白鹭交易市场"));
        // after a name the growth is the name's own predicate
        assertNull(stage("支持星河文旅集团做大做强。", PLAN, EntityType.ENTERPRISE, "星河文旅集团"));
    }

    @Test
    void strengtheningOrImprovingAnExistingThingNamesNoStage() {
        // the format lists only running words (运营/运行/达效/营业) as operating; the dev gold leaves 做强/提升/升级 empty
        assertNull(stage("建强白鹭技术研究院、青梅创新院。", PLAN, "白鹭技术研究院", "白鹭技术研究院", "青梅创新院"));
        assertNull(stage("做大做强星河产业学院。", PLAN, "星河产业学院"));
        assertNull(stage("做优青梅综合服务平台。", PLAN, "青梅综合服务平台"));
        assertNull(stage("提升白鹭科学城创新能级。", PLAN, "白鹭科学城"));
    }

    @Test
    void aPushedEventTakesTheStageOfItsOwnPredicate() {
        // 推动/支持/推进 push the whole event: the name's own end-state verb tells its stage
        assertEquals(Stage.COMPLETED, stage("推动星河医院一期建成开诊。", PLAN, "星河医院"));
        assertEquals(Stage.COMPLETED, stage("推动青梅快线、白鹭环线交工投用。", PLAN, "白鹭环线", "青梅快线", "白鹭环线"));
        assertEquals(Stage.OPERATING, stage("推动星河高等研究院实体化运行。", PLAN, "星河高等研究院"));
        assertEquals(Stage.OPERATING, stage("推进白鹭实验室高水平建设运行。", PLAN, "白鹭实验室"));
        assertEquals(Stage.PLANNED, stage("支持青梅湿地、白鹭山等创建国家级自然保护区。", PLAN, "青梅湿地", "青梅湿地", "白鹭山"));
        // a head word after a list is not the members' predicate, and a firm is not built by the push
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("大力推进星河港二期、白鹭铁路等100个新建项目。", PLAN, "白鹭铁路", "星河港二期", "白鹭铁路"));
        assertNull(stage("推动星河电子扩产项目建成投产。", PLAN, EntityType.ENTERPRISE, "星河电子"));
        // without a predicate of its own the push still builds
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动星河大桥建设。", PLAN, "星河大桥"));
    }

    @Test
    void filingOrApprovalToBuildPlans() {
        assertEquals(Stage.PLANNED, stage("推动星河古镇申报国家历史文化名镇。", PLAN, "星河古镇"));
        assertEquals(Stage.PLANNED, stage("青梅综合试验区获批建设。", REPORT, "青梅综合试验区"));
        assertEquals(Stage.PLANNED, stage("白鹭物流枢纽获批筹建。", REPORT, "白鹭物流枢纽"));
        // filing alongside the building ("推进A改造并申报…") leaves the building
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("统筹推进星河街区改造并申报省级示范街区。", PLAN, "星河街区"));
    }

    @Test
    void foundingAFirmInAPlanPlansIt() {
        assertEquals(Stage.PLANNED, stage("推动组建星河物流集团。", PLAN, EntityType.ENTERPRISE, "星河物流集团"));
        // a firm that founds something else is not itself planned
        assertNull(stage("星河航空集团等单位设立测试基地。", PLAN, EntityType.ENTERPRISE, "星河航空集团"));
        // building verbs still name no stage of a firm
        assertNull(stage("推动星河电子扩大产能。", PLAN, EntityType.ENTERPRISE, "星河电子"));
    }

    @Test
    void aNameWhereAnEventIsHeldTakesNone() {
        String s = "办好青梅公园荷花展、白鹭湖灯会等活动。";
        assertNull(stage(s, PLAN, "青梅公园", "青梅公园", "白鹭湖"));
        assertNull(stage(s, PLAN, "白鹭湖", "青梅公园", "白鹭湖"));
        // a plain name after 办好 runs
        assertEquals(Stage.OPERATING, stage("办好白鹭湖美术馆。", PLAN, "白鹭湖美术馆"));
    }

    @Test
    void openingVerbsComplete() {
        String schools = "星河实验学校、白鹭幼儿园等8所中小学和幼儿园开学。";
        assertEquals(Stage.COMPLETED, stage(schools, REPORT, "星河实验学校", "星河实验学校", "白鹭幼儿园"));
        assertEquals(Stage.COMPLETED, stage("星河文化街区正式开街。", REPORT, "星河文化街区"));
        assertEquals(Stage.COMPLETED, stage("白鹭水厂一期顺利通水。", REPORT, "白鹭水厂一期"));
        assertEquals(Stage.COMPLETED, stage("青梅广场地标建筑群落成。", REPORT, "青梅广场"));
        assertEquals(Stage.COMPLETED, stage("推动星河机场、白鹭机场通航。", PLAN, "白鹭机场", "星河机场", "白鹭机场"));
        // 通航 that starts a name is no cue
        assertNull(stage("加强与星河检测集团、白鹭研究院通航所合作。", PLAN, "星河检测集团", "星河检测集团", "白鹭研究院"));
    }

    @Test
    void aDashJoinedRouteEndTakesNone() {
        String s = "打通青梅公园-白鹭公园-松涛公园生态廊道。";
        for (String n : new String[] {"青梅公园", "白鹭公园", "松涛公园"}) {
            assertNull(stage(s, PLAN, n, "青梅公园", "白鹭公园", "松涛公园"), n);
        }
        assertNull(stage("星河科学城—白鹭机场交通专线开通。", REPORT, "白鹭机场", "星河科学城", "白鹭机场"));
    }

    @Test
    void zoningPlansUrbanDesignAndSitingPlan() {
        assertEquals(Stage.PLANNED, stage("完成星河片区法定图则修编。", PLAN, "星河片区"));
        assertEquals(Stage.PLANNED, stage("深化白鹭湖片区城市设计。", PLAN, "白鹭湖片区"));
        assertEquals(Stage.PLANNED, stage("推进青梅学校选址。", PLAN, "青梅学校"));
    }

    @Test
    void aQuotedProgrammeOfANamedBodyDoesNotBuildTheBody() {
        String s = "推动星河大学、白鹭大学“双一流”建设。";
        assertNull(stage(s, PLAN, "星河大学", "星河大学", "白鹭大学"));
        assertNull(stage(s, PLAN, "白鹭大学", "星河大学", "白鹭大学"));
    }

    @Test
    void buildingRightBeforeANameBuildsItUnderAGovernorOfNoStage() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("支持星河市建设白鹭种业基地。", PLAN, "白鹭种业基地"));
        String parks = "建设提升青梅公园、白鹭公园等公园10座。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(parks, PLAN, "白鹭公园", "青梅公园", "白鹭公园"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("新建提升松涛公园。", PLAN, "松涛公园"));
    }

    @Test
    void buildingClosingTheClauseBuildsWhateverVerbGoverns() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("强化星河综合交通枢纽建设。", PLAN, "星河综合交通枢纽"));
        // deepening a zone's building is left without a stage, as the dev gold reads it
        assertNull(stage("深化星河金融改革试验区建设。", PLAN, "星河金融改革试验区"));
        String list = "支持白鹭医学院、青梅研究院等建设，加强临床研究。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(list, PLAN, "白鹭医学院", "白鹭医学院", "青梅研究院"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(list, PLAN, "青梅研究院", "白鹭医学院", "青梅研究院"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("持续加强星河实验室等国家战略科技力量建设。", PLAN, "星河实验室"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("提升白鹭能源基地建设水平。", PLAN, "白鹭能源基地"));
        // building something else is the name's own predicate
        assertNull(stage("支持星河大学建设一流学科。", PLAN, "星河大学"));
    }

    @Test
    void acceptanceMovingInAndSettlingAfterSigningAreDone() {
        assertEquals(Stage.COMPLETED, stage("白鹭物流中心通过国家验收。", REPORT, "白鹭物流中心"));
        assertEquals(Stage.COMPLETED, stage("星河集团全面迁入新区。", REPORT, EntityType.ENTERPRISE, "星河集团"));
        assertEquals(Stage.COMPLETED, stage("青梅生物区域总部签约落户。", REPORT, "青梅生物区域总部"));
        assertEquals(Stage.COMPLETED, stage("星河路等24条断头路顺利打通。", REPORT, "星河路"));
    }

    @Test
    void applyingLayingOutStudyingAndApprovalPlan() {
        assertEquals(Stage.PLANNED, stage("积极申建星河综合保税区。", PLAN, "星河综合保税区"));
        assertEquals(Stage.PLANNED, stage("布局建设白鹭算力走廊。", PLAN, "白鹭算力走廊"));
        assertEquals(Stage.PLANNED, stage("谋划推动青梅协作先行区建设。", PLAN, "青梅协作先行区"));
        assertEquals(Stage.PLANNED, stage("研究布局星河创新广场。", PLAN, "星河创新广场"));
        assertEquals(Stage.PLANNED, stage("推动星河铁路、白鹭铁路纳规。", PLAN, "星河铁路", "星河铁路", "白鹭铁路"));
        assertEquals(Stage.PLANNED, stage("加快白鹭生态航运工程研究论证。", PLAN, "白鹭生态航运工程"));
        assertEquals(Stage.PLANNED, stage("星河理工大学、白鹭学院等3所高校获批设置。", REPORT, "白鹭学院", "星河理工大学", "白鹭学院"));
        assertEquals(Stage.PLANNED, stage("青梅古城获批创建国家文物保护利用示范区。", REPORT, "青梅古城"));
    }

    @Test
    void achievingGovernsOnlyANameCloseBy() {
        String s = "实现30分钟快速通达星河科学城、白鹭新城。";
        assertNull(stage(s, REPORT, "白鹭新城", "星河科学城", "白鹭新城"));
        assertEquals(Stage.COMPLETED, stage("实现青梅港与白鹭港互联互通。", PLAN, "青梅港"));
    }

    @Test
    void aboutToFinishOrToppedOutIsStillBuildingFoundedAndRunningRuns() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("星河通道即将通车。", REPORT, "星河通道"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("白鹭妇幼保健院完成封顶。", REPORT, "白鹭妇幼保健院"));
        assertEquals(Stage.OPERATING, stage("星河文旅集团组建运营。", REPORT, EntityType.ENTERPRISE, "星河文旅集团"));
        assertEquals(Stage.OPERATING, stage("“星河通”上线运行。", REPORT, "星河通"));
    }

    @Test
    void pushingANameToDoSomethingElseBuildsNothing() {
        // 推动 makes the name the doer of its own predicate; with no works word in it, there is no stage
        assertNull(stage("推动星河科学城集聚高端创新资源。", PLAN, EntityType.PARK, "星河科学城"));
        assertNull(stage("积极推动白鹭口岸24小时通关。", PLAN, "白鹭口岸"));
        // contrast: a works word in its predicate, or nothing after the name, keeps the building reading
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动星河科学城开发提速。", PLAN, EntityType.PARK, "星河科学城"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动白鹭口岸改造。", PLAN, "白鹭口岸"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动白鹭口岸、青梅码头建设。", PLAN, "白鹭口岸", "白鹭口岸", "青梅码头"));
        // and 推进 takes the name as the work itself ("推进A整治"), not as a doer
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推进青梅老街活化利用。", PLAN, "青梅老街"));
    }

    @Test
    void enrollingOrStartingToRunMeansItRuns() {
        assertEquals(Stage.OPERATING, stage("星河理工学院正式招生。", REPORT, "星河理工学院"));
        assertEquals(Stage.OPERATING, stage("白鹭职业学院升本招生。", REPORT, "白鹭职业学院"));
        assertEquals(Stage.OPERATING, stage("青梅创新中心启动运行。", REPORT, "青梅创新中心"));
        assertEquals(Stage.OPERATING, stage("星河云巴一期试运行。", REPORT, EntityType.PROJECT, "星河云巴一期"));
        // contrast: finished and opened to pupils is the finishing; a plan to start is a plan
        assertEquals(Stage.COMPLETED, stage("星河理工学院建成招生。", REPORT, "星河理工学院"));
        assertEquals(Stage.PLANNED, stage("启动青梅创新中心建设。", PLAN, "青梅创新中心"));
    }

    @Test
    void supportingANamesBuildingBuildsIt() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("支持星河新区建设、加快白鹭片区发展。", PLAN, EntityType.PARK, "星河新区"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("落实支持星河新区建设的政策举措。", PLAN, EntityType.PARK, "星河新区"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("更好支持星河新区高标准高质量建设。", PLAN, EntityType.PARK, "星河新区"));
        // contrast: the name building something else is its own predicate
        assertNull(stage("支持星河新区建设国际科技创新高地。", PLAN, EntityType.PARK, "星河新区"));
    }

    @Test
    void theEndStateAfterUnrecognisedListMembersIsTheListsToo() {
        // only the first member is a recognised name; the predicate after the others is still the list's
        assertEquals(Stage.COMPLETED, stage("星河证券、白鹭人寿成功落户。", REPORT, EntityType.ENTERPRISE, "星河证券"));
        assertEquals(Stage.OPERATING, stage("星河数据交易所、白鹭产权交易所揭牌运营。", REPORT, "星河数据交易所"));
        assertEquals(Stage.COMPLETED, stage("星河公园、青梅农贸市场等项目建成开业。", REPORT, "星河公园"));
        // contrast: no end state after the list
        assertNull(stage("星河证券、白鹭人寿加快发展。", REPORT, EntityType.ENTERPRISE, "星河证券"));
    }

    @Test
    void buildingJointlyOrDeepeningAProgrammeNameTheirStage() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("携手共建星河生态先行区。", PLAN, EntityType.PARK, "星河生态先行区"));
        assertEquals(Stage.COMPLETED, stage("与白鹭大学共建青梅联合创新基地。", REPORT, "青梅联合创新基地"));
        assertEquals(Stage.PLANNED, stage("获批共建星河视频创新中心。", REPORT, "星河视频创新中心"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("深入实施星河补短板工程。", REPORT, EntityType.PROJECT, "星河补短板工程"));
        // contrast: after the name, 共建 makes it a partner; bare 实施 in a review names no stage
        assertNull(stage("白鹭大学与企业共建青梅研究院。", REPORT, "白鹭大学"));
        assertNull(stage("实施星河补短板工程。", REPORT, EntityType.PROJECT, "星河补短板工程"));
    }

    @Test
    void theRoleANamePlaysMayFollowItsListOrBeLeftUnsaid() {
        assertEquals(Stage.OPERATING, stage("发挥星河自创区、环大学创新创业生态圈作用。", PLAN, EntityType.PARK, "星河自创区"));
        assertEquals(Stage.OPERATING, stage("更好发挥白鹭实验室青梅研究院。", PLAN, "白鹭实验室青梅研究院"));
        // contrast: an advantage is not a role
        assertNull(stage("充分发挥星河中学名校优势。", PLAN, "星河中学"));
    }
}
