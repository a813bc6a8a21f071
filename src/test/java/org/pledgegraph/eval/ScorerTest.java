package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.eval.Fixtures.figure;
import static org.pledgegraph.eval.Fixtures.gold;
import static org.pledgegraph.eval.Fixtures.goldFigure;
import static org.pledgegraph.eval.Fixtures.mention;
import static org.pledgegraph.model.EntityType.ACTUAL;
import static org.pledgegraph.model.EntityType.ENTERPRISE;
import static org.pledgegraph.model.EntityType.PARK;
import static org.pledgegraph.model.EntityType.PROJECT;
import static org.pledgegraph.model.EntityType.ROAD;
import static org.pledgegraph.model.EntityType.TARGET;
import static org.pledgegraph.model.Modality.COMMITMENT;
import static org.pledgegraph.model.Modality.REFERENCE;
import static org.pledgegraph.model.Modality.REPORT;
import static org.pledgegraph.model.Stage.COMPLETED;
import static org.pledgegraph.model.Stage.PLANNED;
import static org.pledgegraph.model.Stage.UNDER_CONSTRUCTION;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;

class ScorerTest {
    private static final double EPS = 1e-9;

    private static final GoldDocument DOC = new GoldDocument("doc", List.of(
            gold(PARK, "中信印染产业园", "中信印染示范园项目", UNDER_CONSTRUCTION, COMMITMENT, 2025, "加快中信印染产业园建设"),
            gold(ROAD, "中华路", "", COMPLETED, REPORT, 2020, "改建中华路"),
            gold(PROJECT, "人民大道拓宽改造工程", "", COMPLETED, REPORT, 2020, "完成了人民大道拓宽改造工程")));

    @Test
    void twoOfThreeGoldFoundWithOneFalsePositive() {
        List<Mention> predicted = List.of(
                mention(PARK, "中信印染产业园", 10, UNDER_CONSTRUCTION, COMMITMENT, 2025, "加快中信印染产业园建设，尽快达产"),
                mention(ROAD, "中华路", 40, COMPLETED, REPORT, 2020, "新建和改建中华路中段"),
                mention(ROAD, "光明路", 60, null, REFERENCE, null, "光明路"));
        Score s = Scorer.score(List.of(DOC), Map.of("doc", predicted)).entities();
        assertEquals("P=2/3 R=2/3", s.toString());
        assertEquals(2.0 / 3, s.precision(), EPS);
        assertEquals(2.0 / 3, s.recall(), EPS);
        assertEquals(2.0 / 3, s.f1(), EPS);
    }

    @Test
    void repeatedMentionsOfOneNameCountOnce() {
        List<Mention> predicted = List.of(
                mention(ROAD, "中华路", 40, COMPLETED, REPORT, 2020, "改建中华路"),
                mention(ROAD, "中华路", 90, null, REFERENCE, 2025, "中华路"),
                mention(ROAD, "“中华路”", 120, null, REFERENCE, 2025, "“中华路”"));
        Score s = Scorer.score(List.of(DOC), Map.of("doc", predicted)).entities();
        assertEquals("P=1/1 R=1/3", s.toString());
        assertEquals(0.5, s.f1(), EPS);
    }

    @Test
    void aliasAndTrailingProjectWordsMatchLeniently() {
        List<Mention> predicted = List.of(
                mention(PROJECT, "中信印染示范园", 10, PLANNED, COMMITMENT, 2025, "中信印染示范园"),
                mention(PROJECT, "人民大道拓宽改造", 30, COMPLETED, REPORT, 2020, "人民大道拓宽改造"));
        DocumentScore d = Scorer.score(List.of(DOC), Map.of("doc", predicted)).documents().get(0);
        assertEquals("P=2/2 R=2/3", d.entities().toString());
        assertEquals("P=0/2 R=0/3", d.strictEntities().toString());
    }

    @Test
    void strictNeedsExactSpellingAndType() {
        List<Mention> predicted = List.of(
                mention(PARK, "中信印染示范园项目", 10, null, COMMITMENT, 2025, "中信印染示范园项目"),
                mention(PROJECT, "中华路", 40, null, REPORT, 2020, "中华路"),
                mention(PROJECT, "人民大道拓宽改造", 60, null, REPORT, 2020, "人民大道拓宽改造"));
        EvalReport r = Scorer.score(List.of(DOC), Map.of("doc", predicted));
        assertEquals("P=3/3 R=3/3", r.entities().toString());
        assertEquals("P=1/3 R=1/3", r.strictEntities().toString());
    }

    @Test
    void attributesAreComparedOnTheMentionTheGoldEvidencePointsAt() {
        List<Mention> predicted = List.of(
                mention(ROAD, "中华路", 5, null, REFERENCE, 2025, "中华路与邯郸市互联互通"),
                mention(ROAD, "中华路", 40, COMPLETED, REPORT, 2020, "新建和改建中华路中段"));
        DocumentScore d = Scorer.score(List.of(DOC), Map.of("doc", predicted)).documents().get(0);
        assertEquals("1/1", d.entityAttributes().stage().toString());
        assertEquals("1/1", d.entityAttributes().modality().toString());
        assertEquals("1/1", d.entityAttributes().year().toString());
    }

    @Test
    void attributesFallBackToTheFirstMentionAndRecordDisagreements() {
        List<Mention> predicted = List.of(
                mention(PARK, "中华路", 5, PLANNED, REFERENCE, 2025, "中华路与邯郸市互联互通"));
        DocumentScore d = Scorer.score(List.of(DOC), Map.of("doc", predicted)).documents().get(0);
        assertEquals("0/1", d.entityAttributes().type().toString());
        assertEquals("0/1", d.entityAttributes().stage().toString());
        assertEquals("stage 中华路: gold completed, predicted planned", d.disagreements().get(1).toString());
        assertEquals(4, d.disagreements().size());
    }

    @Test
    void missesAndFalsePositivesAreListed() {
        List<Mention> predicted = List.of(mention(ENTERPRISE, "中复连众", 5, null, REPORT, 2020, "中复连众"));
        DocumentScore d = Scorer.score(List.of(DOC), Map.of("doc", predicted)).documents().get(0);
        assertEquals(3, d.misses().size());
        assertEquals("ENTERPRISE[5-9]中复连众", d.falsePositives().get(0).toString());
    }

    @Test
    void figuresMatchOnValueAndUnitOneToOne() {
        GoldDocument doc = new GoldDocument("doc", List.of(
                goldFigure(TARGET, "生产总值增长", "7.5", "%", 2022, "生产总值增长7.5%左右"),
                goldFigure(ACTUAL, "一般公共预算收入增长", "7.5", "%", 2021, "一般公共预算收入增长7.5%"),
                goldFigure(ACTUAL, "生产总值", "160.3", "亿元", 2020, "生产总值160.3亿元")));
        List<Mention> predicted = List.of(
                figure(ACTUAL, "收入增长", "7.50", "％", 10, 2021, "一般公共预算收入增长7.5%。"),
                figure(TARGET, "生产总值", "7.5", "%", 50, 2022, "生产总值增长7.5%左右"),
                figure(TARGET, "生产总值", "7.5", "%", 90, 2022, "生产总值增长7.5%左右"),
                figure(ACTUAL, "生产总值", "160.3", "万元", 120, 2020, "生产总值160.3万元"));
        DocumentScore d = Scorer.score(List.of(doc), Map.of("doc", predicted)).documents().get(0);
        assertEquals("P=2/4 R=2/3", d.figures().toString());
        assertEquals(4.0 / 7, d.figures().f1(), EPS);
        assertEquals("2/2", d.figureAttributes().type().toString());
        assertEquals("2/2", d.figureAttributes().label().toString());
        assertEquals(2, d.falsePositives().size());
    }

    @Test
    void figureKindAndLabelDisagreementsAreCounted() {
        GoldDocument doc = new GoldDocument("doc", List.of(
                goldFigure(TARGET, "城镇新增就业", "1100", "万人", 2022, "城镇新增就业1100万人以上")));
        List<Mention> predicted = List.of(figure(ACTUAL, "赤字率", "1100", "万人", 5, 2022, "城镇新增就业1100万人以上"));
        Attributes a = Scorer.score(List.of(doc), Map.of("doc", predicted)).figureAttributes();
        assertEquals("0/1", a.type().toString());
        assertEquals("0/1", a.label().toString());
        assertEquals("1/1", a.year().toString());
    }

    @Test
    void predictionsOutsideTheCoveredRegionAreIgnored() {
        Coverage coverage = new Coverage(List.of(new Span(0, 50)), List.of());
        GoldDocument doc = new GoldDocument("doc", DOC.rows(), coverage);
        List<Mention> predicted = List.of(
                mention(ROAD, "中华路", 40, COMPLETED, REPORT, 2020, "改建中华路"),
                mention(ROAD, "光明路", 60, null, REFERENCE, null, "光明路"),
                figure(ACTUAL, "生产总值", "1", "亿元", 10, 2020, "生产总值1亿元"));
        DocumentScore d = Scorer.score(List.of(doc), Map.of("doc", predicted)).documents().get(0);
        assertEquals("P=1/1 R=1/3", d.entities().toString());
        assertEquals("P=0/0 R=0/0", d.figures().toString());
        assertTrue(Double.isNaN(d.figures().f1()));
    }

    @Test
    void overallScoresAreMicroAveragedAndUngradedDocumentsNamed() {
        GoldDocument other = new GoldDocument("other", List.of(gold(ROAD, "光明路", "", null, REFERENCE, null, "光明路")));
        Map<String, List<Mention>> predicted = Map.of(
                "doc", List.of(mention(ROAD, "中华路", 40, COMPLETED, REPORT, 2020, "改建中华路")),
                "other", List.of(mention(ROAD, "光明路", 1, null, REFERENCE, null, "光明路"),
                        mention(ROAD, "永明路", 9, null, REFERENCE, null, "永明路")),
                "extra", List.of());
        EvalReport r = Scorer.score(List.of(DOC, other), predicted);
        assertEquals("P=2/3 R=2/4", r.entities().toString());
        assertEquals(List.of("extra"), r.unscoredStems());
    }

    @Test
    void emptyPredictionsGiveZeroRecallAndUndefinedPrecision() {
        Score s = Scorer.score(List.of(DOC), Map.of()).entities();
        assertTrue(Double.isNaN(s.precision()));
        assertEquals(0.0, s.recall(), EPS);
        assertEquals(0.0, s.f1(), EPS);
    }

    @Test
    void documentsAreGroupedByGovernmentAndBySet() {
        GoldDocument a1 = new GoldDocument("lin-2024", List.of(gold(ROAD, "东山路", "", null, REFERENCE, null, "东山路")));
        GoldDocument a2 = new GoldDocument("lin-2025", List.of(gold(ROAD, "西山路", "", null, REFERENCE, null, "西山路")));
        GoldDocument b = new GoldDocument("hu-xiqu-2023", List.of(gold(ROAD, "北山路", "", null, REFERENCE, null, "北山路")));
        GoldDocument seed = new GoldDocument("007_abc", List.of(gold(ROAD, "南山路", "", null, REFERENCE, null, "南山路")));
        Map<String, List<Mention>> predicted = Map.of(
                "lin-2024", List.of(mention(ROAD, "东山路", 0, null, REFERENCE, null, "东山路")),
                "lin-2025", List.of(mention(ROAD, "大山路", 0, null, REFERENCE, null, "大山路")),
                "hu-xiqu-2023", List.of(mention(ROAD, "北山路", 0, null, REFERENCE, null, "北山路")));
        Split split = new Split(Map.of("临江市", "held-out", "hu-xiqu", "dev", "007_abc", "in-sample"));
        // lin-2025 is not in the store's map: it joins lin-2024's government through the file-name prefix.
        EvalReport r = Scorer.score(new GoldSet(List.of(a1, a2, b, seed), List.of(), split), predicted,
                Map.of("lin-2024", "临江市", "007_abc", "东山区"), List.of());
        assertEquals("临江市", r.governmentOf("lin-2025"));
        assertEquals("hu-xiqu", r.governmentOf("hu-xiqu-2023"));
        List<GroupScore> gov = r.byGovernment();
        assertEquals(List.of("hu-xiqu", "东山区", "临江市"), gov.stream().map(GroupScore::name).toList());
        assertEquals("P=1/2 R=1/2", gov.get(2).entities().toString());
        assertEquals(2, gov.get(2).documents().size());
        assertEquals("P=0/0 R=0/1", gov.get(1).entities().toString());
        List<GroupScore> sets = r.bySet();
        assertEquals(List.of("dev", "held-out", "in-sample"), sets.stream().map(GroupScore::name).toList());
        assertEquals("P=1/1 R=1/1", sets.get(0).entities().toString());
        assertEquals("held-out", r.setOf("lin-2025"));
        assertEquals("P=2/3 R=2/4", r.total().entities().toString());
        String tsv = r.toTsv();
        assertTrue(tsv.contains("\ngov:临江市\t0.500\t0.500\t0.500\t"), tsv);
        assertTrue(tsv.contains("\nset:held-out\t0.500\t0.500\t0.500\t"), tsv);
        assertTrue(r.format().contains("Per set (split.tsv)"), r.format());
    }
}
