package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.TimeScope;

/**
 * Stage cues of session 13, chosen on the matched rows of the dev and training gold: how far a list's predicate
 * reaches and which predicates a report or plan gives a name, on invented sentences and names, each with a
 * contrast that the cue must leave alone.
 */
class StageCueReachTest {
    private static final TimeScope PLAN = TimeScope.PLAN;
    private static final TimeScope REPORT = TimeScope.RETROSPECTIVE;

    private static Stage stage(String sentence, TimeScope scope, EntityType type, String name, String... names) {
        return StageCueVerbsTest.stage(sentence, scope, type, name, names);
    }

    @Test
    void aListGoesOnPastAMemberWithItsOwnWords() {
        // "白鹭港二期2万吨级泊位": the last named member has words of its own, yet more members and the head follow
        String s = "星河大桥、白鹭港二期2万吨级泊位、青梅灌区等项目顺利开工。";
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, REPORT, EntityType.PROJECT, "星河大桥", "星河大桥", "白鹭港二期"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage(s, REPORT, EntityType.PROJECT, "白鹭港二期", "星河大桥", "白鹭港二期"));
        // a comma ends the list: the head and its verb are another clause's
        assertNull(stage("星河大桥、白鹭港二期2万吨级泊位，青梅灌区等项目顺利开工。", REPORT, EntityType.PROJECT, "星河大桥",
                "星河大桥", "白鹭港二期"));
    }

    @Test
    void releasingCapacityMeansThePlantRuns() {
        String s = "推动星河新材料二期、白鹭半导体等项目释放产能。";
        assertEquals(Stage.OPERATING, stage(s, PLAN, EntityType.PROJECT, "星河新材料二期", "星河新材料二期", "白鹭半导体"));
        // pushing the same projects to start is building
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动星河新材料二期、白鹭半导体等项目开工。", PLAN, EntityType.PROJECT,
                "星河新材料二期", "星河新材料二期", "白鹭半导体"));
    }

    @Test
    void pushingAQualityOfAThingUpBuildsNothing() {
        assertNull(stage("推动星河科学城功能提升。", PLAN, EntityType.PARK, "星河科学城"));
        assertNull(stage("推动白鹭公园、青梅公园等品质提升。", PLAN, EntityType.FACILITY, "白鹭公园", "白鹭公园", "青梅公园"));
        // rebuilding it is works
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动星河科学城改造提升。", PLAN, EntityType.PARK, "星河科学城"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推动白鹭公园、青梅公园等改造提升。", PLAN, EntityType.FACILITY, "白鹭公园",
                "白鹭公园", "青梅公园"));
    }

    @Test
    void approvalWithNothingMoreSaidIsAPlan() {
        assertEquals(Stage.PLANNED, stage("星河保税物流中心获批。", REPORT, EntityType.FACILITY, "星河保税物流中心"));
        assertEquals(Stage.PLANNED, stage("白鹭转化中心获国家支持建设。", REPORT, EntityType.FACILITY, "白鹭转化中心"));
        // approved and set up is done
        assertEquals(Stage.COMPLETED, stage("星河保税物流中心获批设立。", REPORT, EntityType.FACILITY, "星河保税物流中心"));
    }

    @Test
    void aMemberWithAPredicateOfItsOwnDoesNotJoinTheListAfterIt() {
        String s = "支持星河学院更名星河大学、白鹭科技大学开办招生、青梅职业大学等高职院校升格本科。";
        assertEquals(Stage.OPERATING, stage(s, PLAN, EntityType.FACILITY, "白鹭科技大学", "星河学院", "白鹭科技大学", "青梅职业大学"));
    }

    @Test
    void whatOnlyARunningThingCountsInAReportMeansItRuns() {
        assertEquals(Stage.OPERATING, stage("星河医院接诊病人达3万人次。", REPORT, EntityType.FACILITY, "星河医院"));
        assertEquals(Stage.OPERATING, stage("白鹭大剧院全年上演话剧42场。", REPORT, EntityType.FACILITY, "白鹭大剧院"));
        // a target in a plan is not a count, and a port's traffic leaves it without a stage
        assertNull(stage("星河医院门诊量力争达到20万人次。", PLAN, EntityType.FACILITY, "星河医院"));
        assertNull(stage("白鹭港集装箱吞吐量增长7.3%。", REPORT, EntityType.FACILITY, "白鹭港"));
    }

    @Test
    void anAmountOfWorkDoneIsNotTheThingFinished() {
        assertNull(stage("星河科学城核心片区完成投资37亿元。", REPORT, EntityType.PARK, "星河科学城核心片区"));
        assertNull(stage("白鹭大厦完成土地出让。", REPORT, EntityType.PROJECT, "白鹭大厦"));
        // finishing the works on it is its end
        assertEquals(Stage.COMPLETED, stage("白鹭大厦完成竣工验收。", REPORT, EntityType.PROJECT, "白鹭大厦"));
        assertEquals(Stage.COMPLETED, stage("星河公路完成升级改造。", REPORT, EntityType.ROAD, "星河公路"));
    }

    @Test
    void lightingUpAComputingCentrePutsItIntoService() {
        assertEquals(Stage.OPERATING, stage("全面点亮星河超算中心二期。", PLAN, EntityType.FACILITY, "星河超算中心二期"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("加快建设星河超算中心二期。", PLAN, EntityType.FACILITY, "星河超算中心二期"));
    }

    @Test
    void theStatesApprovalToBuildIsAPlan() {
        assertEquals(Stage.PLANNED, stage("推进星河风电二期核准。", PLAN, EntityType.PROJECT, "星河风电二期"));
        assertEquals(Stage.UNDER_CONSTRUCTION, stage("推进星河风电二期建设。", PLAN, EntityType.PROJECT, "星河风电二期"));
        // another list member's approval says nothing of this one; a quoted name's approval is a plan too
        assertEquals(Stage.COMPLETED, stage("星河风电一期建成投产、白鹭光伏获核准。", REPORT, EntityType.PROJECT, "星河风电一期"));
        assertEquals(Stage.PLANNED, stage("“星河智谷”获批。", REPORT, EntityType.PARK, "星河智谷"));
    }
}
