package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/** Stage and modality cues by rule category, on invented sentences and names. */
class CuesTest {
    private static final TimeScope PLAN = TimeScope.PLAN;
    private static final TimeScope REPORT = TimeScope.RETROSPECTIVE;

    /** The stage of {@code name} in {@code sentence}, the other {@code names} being the sentence's candidates. */
    private static Stage stage(String sentence, TimeScope scope, String name, String... names) {
        int b = sentence.indexOf(name);
        return Cues.stage(sentence, b, b + name.length(), scope, EntityType.FACILITY, members(sentence, name, names));
    }

    private static List<int[]> members(String sentence, String name, String... names) {
        List<int[]> ms = new ArrayList<>();
        for (String n : names) {
            if (!n.equals(name)) {
                int i = sentence.indexOf(n);
                ms.add(new int[] {i, i + n.length()});
            }
        }
        return ms;
    }

    @Test
    void theReadingNamesTheRuleThatGaveTheStage() {
        // the learned-stage experiment (StageExperimentMain) reads the rule as a feature: it must be the one that decided
        String s = "青梅湖公园、白鹭岭公园等项目建成开放。";
        List<int[]> ms = members(s, "青梅湖公园", "白鹭岭公园");
        StageReading r = Cues.reading(s, 0, 5, REPORT, EntityType.FACILITY, ms);
        assertEquals(new StageReading(Stage.COMPLETED, "end-state"), r);
        String p = "推进青梅湖公园建设，谋划白鹭岭公园纳入省级规划。";
        int b = p.indexOf("白鹭岭公园");
        assertEquals(new StageReading(Stage.PLANNED, "planned-after"), Cues.reading(p, b, b + 5, PLAN, EntityType.FACILITY, List.of()));
        assertEquals(new StageReading(Stage.UNDER_CONSTRUCTION, "nearest"), Cues.reading(p, 2, 7, PLAN, EntityType.FACILITY, List.of()));
        String at = "在青梅湖公园举办活动。";
        assertEquals(new StageReading(null, "place"), Cues.reading(at, 1, 6, PLAN, EntityType.FACILITY, List.of()));
        // the members' end is before the shared head, the list's end after it
        assertEquals(11, ListScope.membersEnd(s, 5, s.length() - 1, ms));
        assertEquals(s.indexOf("建成"), ListScope.end(s, 5, s.length() - 1, ms));
    }

    @Test
    void aPredicateAfterAListGovernsEveryMember() {
        String s = "青梅湖公园、白鹭岭公园和松涛公园等4个市政公园建成开放。";
        String[] names = {"青梅湖公园", "白鹭岭公园", "松涛公园"};
        for (String n : names) {
            assertEquals(Stage.COMPLETED, stage(s, REPORT, n, names), n);
        }
        String started = "星河音乐厅、白鹭体育馆相继开工。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(started, REPORT, "星河音乐厅", "星河音乐厅", "白鹭体育馆"));
    }

    @Test
    void aSharedHeadOfAnyNounEndsTheListBeforeItsVerb() {
        String s = "星河街、白鹭巷等两个试点片区完工。";
        assertEquals(Stage.COMPLETED, stage(s, REPORT, "星河街", "星河街", "白鹭巷"));
        String first = "青梅驿站、白鹭驿站等首批20个改造提升试点项目完工并取得良好效果。";
        assertEquals(Stage.COMPLETED, stage(first, REPORT, "青梅驿站", "青梅驿站", "白鹭驿站"));
    }

    @Test
    void aVerbBeforeAListGovernsItsLaterMembersPastVerbsInsideNames() {
        String s = "加快建设星河水厂、白鹭电厂升级改造、松涛水库等项目。";
        String[] names = {"星河水厂", "白鹭电厂升级改造", "松涛水库"};
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, PLAN, "松涛水库", names));
    }

    @Test
    void buildingANamedThingIsUnderConstructionNotPlanned() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("高水平建设星河实验室。", PLAN, "星河实验室"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("加快星河实验室建设。", PLAN, "星河实验室"));
        assertEquals(Stage.PLANNED, stage("规划建设星河实验室。", PLAN, "星河实验室"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("星河中学正式动工。", REPORT, "星河中学"));
    }

    @Test
    void foundingVerbsArePlansInAPlanAndCompletionsInAReport() {
        assertEquals(Stage.COMPLETED, stage("揭牌成立星河研究院。", REPORT, "星河研究院"));
        assertEquals(Stage.COMPLETED, stage("新引进星河研究院、白鹭实验室等30家机构。", REPORT, "白鹭实验室",
                "星河研究院", "白鹭实验室"));
        assertEquals(Stage.PLANNED, stage("推动设立星河研究院。", PLAN, "星河研究院"));
        assertNull(stage("引进星河研究院。", PLAN, "星河研究院"));
        assertEquals(Stage.COMPLETED, stage("星河研究院揭牌。", REPORT, "星河研究院"));
        assertEquals(Stage.COMPLETED, stage("星河联合中心落户青梅。", REPORT, "星河联合中心"));
    }

    @Test
    void governingVerbsThatNameNoStageLeaveNone() {
        assertNull(stage("支持星河大学建设高水平研究型大学。", PLAN, "星河大学"));
        assertNull(stage("打造星河服务平台。", PLAN, "星河服务平台"));
        assertNull(stage("深化星河试验区建设。", PLAN, "星河试验区"));
    }

    @Test
    void aNameWithItsOwnPredicateTakesNoStageFromTheVerbBefore() {
        assertNull(stage("推动星河新区高质量发展。", PLAN, "星河新区"));
        assertNull(stage("加快星河学院与白鹭实验室一体化融合发展。", PLAN, "白鹭实验室", "星河学院", "白鹭实验室"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推进星河产业园建设提质增效。", PLAN, "星河产业园"));
    }

    @Test
    void planningWordsAfterANameWinOverTheVerbThatGovernsIt() {
        assertEquals(Stage.PLANNED, stage("加快推进星河国家公园创建。", PLAN, "星河国家公园"));
        assertEquals(Stage.PLANNED, stage("推动星河学院获批升本。", PLAN, "星河学院"));
        assertEquals(Stage.PLANNED, stage("加快开展星河铁路、白鹭通道等项目前期工作。", PLAN, "星河铁路", "星河铁路", "白鹭通道"));
        assertEquals(Stage.PLANNED, stage("获批建设星河创新中心。", REPORT, "星河创新中心"));
        assertNull(stage("星河卫生服务中心成功创建省级示范。", TimeScope.UNKNOWN, "星河卫生服务中心"));
    }

    @Test
    void aPartialStepIsStillUnderConstruction() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("星河储备库项目主体结构完成50%。", REPORT, "星河储备库项目"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("星河音乐厅主体结构基本完工。", REPORT, "星河音乐厅"));
        assertEquals(Stage.COMPLETED, stage("星河音乐厅竣工。", REPORT, "星河音乐厅"));
    }

    @Test
    void compoundsBeforeANameReportTheBuildingAfterItTheLastVerb() {
        String s = "建成投运星河医院、白鹭医院等8个医疗卫生项目。";
        assertEquals(Stage.COMPLETED, stage(s, REPORT, "白鹭医院", "星河医院", "白鹭医院"));
        assertEquals(Stage.OPERATING, stage("星河智算中心揭牌投运。", REPORT, "星河智算中心"));
        assertEquals(Stage.OPERATING, stage("星河创新中心设立运行。", REPORT, "星河创新中心"));
        assertEquals(Stage.OPERATING, stage("星河拍卖中心挂牌运营。", REPORT, "星河拍卖中心"));
    }

    @Test
    void aReferenceVerbBeforeAListMarksEveryMember() {
        String s = "依托星河测试基地和白鹭检验中心等优势,吸引一批企业";
        int b = s.indexOf("白鹭检验中心");
        List<int[]> ms = members(s, "白鹭检验中心", "星河测试基地");
        assertEquals(Modality.REFERENCE, ModalityCues.modality(s, b, b + 6, TimeScope.UNKNOWN, null, ms));
    }

    @Test
    void theExtractorSharesAListPredicateAcrossItsCandidates() {
        var ms = Extracts.extract("过去一年，主要工作如下。星河科技园、白鹭产业园等项目建成投产。", 2024);
        assertEquals(Stage.COMPLETED, Extracts.find(ms, "星河科技园").stage());
        assertEquals(Stage.COMPLETED, Extracts.find(ms, "白鹭产业园").stage());
    }
    @Test
    void planningStepsAfterANameMakeItPlannedInAnyScope() {
        assertEquals(Stage.PLANNED, stage("争取星河机场纳入国家口岸发展规划。", PLAN, "星河机场"));
        assertEquals(Stage.PLANNED, stage("白鹭铁路纳入国家重点项目清单。", REPORT, "白鹭铁路"));
        assertEquals(Stage.PLANNED, stage("出台“白鹭示范区”工作方案。", PLAN, "白鹭示范区"));
        assertEquals(Stage.PLANNED, stage("力争完成星河水库项目实施方案审批。", PLAN, "星河水库项目"));
        String s = "青梅片区、白鹭枢纽等4个更新单元完成计划立项。";
        assertEquals(Stage.PLANNED, stage(s, REPORT, "青梅片区", "青梅片区", "白鹭枢纽"));
        // taken into a list that is not a plan: no planning stage from it
        assertNull(stage("星河科技城被纳入市级重点区域。", REPORT, "星河科技城"));
    }

    @Test
    void exploringAThingPlansItAndUpgradingOneRebuildsIt() {
        assertEquals(Stage.PLANNED, stage("探索打造星河金融改革试验区。", PLAN, "星河金融改革试验区"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("改造升级星河渔港。", PLAN, "星河渔港"));
    }

    @Test
    void anInstitutionCarryingOutWorkOperatesUnlessItIsOnlyThePartner() {
        assertEquals(Stage.OPERATING, stage("星河药品审评分中心正式开展业务。", REPORT, "星河药品审评分中心"));
        assertEquals(Stage.OPERATING, stage("支持星河数据交易所开展数据交易工作。", PLAN, "星河数据交易所"));
        assertNull(stage("与星河医院开展合作办医。", REPORT, "星河医院"));
        assertNull(stage("对星河大道开展绿化改造。", PLAN, "星河大道"), "the object of 开展 does not operate");
    }

    @Test
    void aNameWhereSomethingHappensTakesNoStage() {
        assertNull(stage("推进星河口岸规划建设，在白鹭口岸探索实施合作查验新模式。", PLAN, "白鹭口岸"));
    }

    @Test
    void buildingAsTheNamesOwnPredicateIsUnderConstruction() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("支持星河实验室建设。", PLAN, "星河实验室"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("全面启动星河交流中心、白鹭文化中心主体工程建设。", PLAN, "白鹭文化中心",
                "星河交流中心", "白鹭文化中心"));
        assertEquals(Stage.PLANNED, stage("启动星河交流中心。", PLAN, "星河交流中心"));
        assertNull(stage("深化星河试验区建设，发展新模式。", PLAN, "星河试验区"), "deepening a zone names no stage");
        String works = "深化青梅湖流域综合治理。";
        int b = works.indexOf("青梅湖流域综合治理");
        assertEquals(Stage.UNDER_CONSTRUCTION, Cues.stage(works, b, b + 9, PLAN, EntityType.PROJECT, List.of()),
                "deepening named works goes on with them");
    }

    @Test
    void aListHeadOfManyWordsStillReachesItsVerb() {
        String s = "青梅驿站、白鹭驿站等首批20个城市第六立面改造提升试点项目完工。";
        assertEquals(Stage.COMPLETED, stage(s, REPORT, "白鹭驿站", "青梅驿站", "白鹭驿站"));
        String shown = "星河体育中心、白鹭海洋世界等11个重大文旅项目精彩亮相。";
        assertEquals(Stage.COMPLETED, stage(shown, REPORT, "白鹭海洋世界", "星河体育中心", "白鹭海洋世界"));
    }

    private static Stage stageOf(String sentence, TimeScope scope, EntityType type, String name, String... names) {
        int b = sentence.indexOf(name);
        return Cues.stage(sentence, b, b + name.length(), scope, type, members(sentence, name, names));
    }

    @Test
    void openingAndAddingReportTheThingCompleted() {
        String s = "青梅天地、白鹭广场等商业综合体开业。";
        assertEquals(Stage.COMPLETED, stage(s, REPORT, "白鹭广场", "青梅天地", "白鹭广场"));
        assertEquals(Stage.COMPLETED, stage("新增星河书房等基层文化设施8个。", REPORT, "星河书房"));
        assertNull(stage("新增星河书房等基层文化设施8个。", PLAN, "星河书房"), "a planned addition names no stage yet");
    }

    @Test
    void playingARoleOrBeingLookedAfterMeansItRuns() {
        assertEquals(Stage.OPERATING, stage("充分发挥星河创新中心平台作用。", PLAN, "星河创新中心"));
        assertEquals(Stage.OPERATING, stage("管好用好白鹭大桥。", PLAN, "白鹭大桥"));
        assertNull(stage("发挥星河中学名校优势。", PLAN, "星河中学"), "an advantage is not a role it plays");
    }

    @Test
    void anAgentLaunchingSomethingElseTakesNoStage() {
        assertNull(stage("“星河通”上线12种办事服务。", REPORT, "“星河通”"));
        assertNull(stage("白鹭交易中心获批设立科创专板。", REPORT, "白鹭交易中心"));
        assertEquals(Stage.COMPLETED, stage("地铁9号线开通至白鹭湾。", REPORT, "地铁9号线"), "a line opened to a place");
        assertEquals(Stage.OPERATING, stage("星河服务平台正式上线运行。", REPORT, "星河服务平台"));
    }

    @Test
    void aListHeadedByProjectsHoldsProjectsNotFirms() {
        String s = "加快青梅算力集群、白鹭新能源二期等300个重大项目建设。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stageOf(s, PLAN, EntityType.ENTERPRISE, "青梅算力集群", "青梅算力集群", "白鹭新能源二期"));
        assertNull(stageOf("推动青梅集团高质量发展。", PLAN, EntityType.ENTERPRISE, "青梅集团"));
    }

    @Test
    void aNameThatLocatesOrOwnsAnotherThingTakesNoStage() {
        assertNull(stage("提升星河铁路沿线城市节点功能。", PLAN, "星河铁路"));
        assertNull(stageOf("建成投产青梅电子半导体基地。", REPORT, EntityType.ENTERPRISE, "青梅电子"));
        assertNull(stage("建成白鹭机场三跑道。", REPORT, "白鹭机场"));
        assertEquals(Stage.COMPLETED, stage("建成白鹭水库主体工程。", REPORT, "白鹭水库"), "works on the name are its own");
        assertNull(stage("在星河中心云顶观光层等地标建成实践基地。", REPORT, "星河中心"));
    }

    @Test
    void aShortTailOfTheLastMemberStillReachesTheListsVerb() {
        String s = "青梅大道、白鹭路交通改善等项目加快推进。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, REPORT, "白鹭路", "青梅大道", "白鹭路"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, REPORT, "青梅大道", "青梅大道", "白鹭路"));
    }

    @Test
    void achievingAStateReportsItDoneUnlessTheObjectSaysOtherwise() {
        assertEquals(Stage.COMPLETED, stage("实现青梅路与白鹭市互联互通。", PLAN, "青梅路"));
        assertEquals(Stage.COMPLETED, stage("星河汽车产业园二期实现整车下线。", REPORT, "星河汽车产业园二期"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("实现白鹭养老院项目主体开工建设。", PLAN, "白鹭养老院"),
                "the object's own verb wins over 实现");
        assertEquals(Stage.OPERATING, stage("星河燃气管线实现降压运行。", REPORT, "星河燃气管线"));
        String s = "青梅山、白鹭山实现“两园连通”。";
        assertNull(stage(s, REPORT, "白鹭山", "青梅山", "白鹭山"), "the members of a quoted whole");
    }

    @Test
    void aFirstIntakeOfStudentsOrCountedWorkOfTheSubjectMeansItRuns() {
        assertEquals(Stage.OPERATING, stage("星河大学白鹭学院完成首批招生。", REPORT, "星河大学白鹭学院"));
        assertEquals(Stage.OPERATING, stage("以青梅技校为基础设立白鹭职业学院并完成首届高职招生。", REPORT, "白鹭职业学院"));
        assertEquals(Stage.COMPLETED, stage("白鹭音乐学院建成招生。", PLAN, "白鹭音乐学院"), "built and enrolling: built");
        assertEquals(Stage.OPERATING, stage("“星河约”平台累计整合120个场馆。", REPORT, "“星河约”平台"));
        assertEquals(Stage.OPERATING, stage("新增车位3万个，白鹭停车平台接入停车场900家。", REPORT, "白鹭停车平台"));
        assertNull(stage("青梅科创城集聚企业达到800家。", PLAN, "青梅科创城"), "a plan's target is not a report of work");
    }

    @Test
    void strengtheningARoleOrOptimisingAThingMeansItRuns() {
        assertEquals(Stage.OPERATING, stage("强化星河加速器作用。", PLAN, "星河加速器"));
        assertEquals(Stage.OPERATING, stage("优化白鹭政务服务平台。", PLAN, "白鹭政务服务平台"));
        assertNull(stage("强化青梅古村保护与活化利用。", PLAN, "青梅古村"), "protection is not a role it plays");
    }

    @Test
    void movingInCompletesTheArrivalsNotTheHost() {
        String s = "吸引青梅资本、白鹭创投等8家机构组团入驻。";
        assertEquals(Stage.COMPLETED, stage(s, REPORT, "青梅资本", "青梅资本", "白鹭创投"));
        assertNull(stage("调解组织入驻星河广场。", REPORT, "星河广场"));
    }

    @Test
    void startingTheBuildingPlansItUnlessTheMainWorksStart() {
        assertEquals(Stage.PLANNED, stage("启动白鹭河截污工程二期建设。", PLAN, "白鹭河截污工程二期"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("全面启动星河会展中心主体工程建设。", PLAN, "星河会展中心"));
    }

    @Test
    void upgradingPredicatesOfTheNamesOwnNameNoStage() {
        assertNull(stage("推进青梅开放试验区提档升级。", PLAN, "青梅开放试验区"));
        assertNull(stage("推动白鹭汽车基地扩大整车生产规模。", PLAN, "白鹭汽车基地"));
    }

    @Test
    void aSeriesOfStageVerbsAfterAListNamesNone() {
        String s = "青梅新材料、白鹭煤化工等一批重大项目接续落地、建设、投产。";
        assertNull(stage(s, REPORT, "青梅新材料", "青梅新材料", "白鹭煤化工"));
        assertEquals(Stage.COMPLETED, stage("青梅新材料、白鹭煤化工等一批重大项目建成投产。", REPORT, "青梅新材料",
                "青梅新材料", "白鹭煤化工"));
    }

    @Test
    void namedCleanUpWorksContinueInAReportToo() {
        String s = "深化白鹭湖综合治理。";
        int b = s.indexOf("白鹭湖综合治理");
        assertEquals(Stage.UNDER_CONSTRUCTION, Cues.stage(s, b, b + 7, REPORT, EntityType.PROJECT, List.of()));
    }

    @Test
    void aSharedHeadOfDistrictsOrParksEndsTheList() {
        String s = "推进青梅街区、白鹭街区等5个特色街区规划建设。";
        assertEquals(Stage.PLANNED, stage(s, PLAN, "青梅街区", "青梅街区", "白鹭街区"));
    }

    @Test
    void openedThroughConnectedOrWoundUpIsDone() {
        assertEquals(Stage.COMPLETED, stage("青梅绿道35公里全线贯通。", REPORT, "青梅绿道"));
        assertEquals(Stage.OPERATING, stage("白鹭燃气隧道全线贯通并投运。", REPORT, "白鹭燃气隧道"));
        assertEquals(Stage.COMPLETED, stage("争取星河光伏项目并网发电。", PLAN, "星河光伏项目"));
        assertEquals(Stage.COMPLETED, stage("“白鹭片区”棚改全面收官。", REPORT, "“白鹭片区”棚改"));
    }

    @Test
    void aFeasibilityOrPlanningStudyPlans() {
        assertEquals(Stage.PLANNED, stage("深化星河线与白鹭口岸衔接可行性研究。", PLAN, "星河线"));
        String s = "深化青梅博物馆、白鹭艺术中心规划研究。";
        assertEquals(Stage.PLANNED, stage(s, PLAN, "青梅博物馆", "青梅博物馆", "白鹭艺术中心"));
    }

    @Test
    void aVerbJoinedToTheNextNameDoesNotGovernIt() {
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动青梅路北向贯通和白鹭国道改线。", PLAN, "白鹭国道改线"));
    }

    @Test
    void joiningWithAPartnerBuildsNeitherSide() {
        assertNull(stage("推动青梅保税区与白鹭陆港一体化打造物流枢纽。", PLAN, "青梅保税区"));
        assertNull(stage("推动城区战略与白鹭都会区规划有机衔接。", PLAN, "白鹭都会区"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动青梅保税区与白鹭陆港衔接工程建设。", PLAN, "青梅保税区"),
                "building the link is building");
    }
}
