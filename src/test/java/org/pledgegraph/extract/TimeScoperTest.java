package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;
import org.junit.jupiter.api.Test;

/** Section headings of work reports open a scope; the year of a "…年…工作" heading decides which. */
class TimeScoperTest {
    private final TimeScoper scoper = new TimeScoper(2024);

    @Test
    void aHeadingNamingThisYearsWorkPlans() {
        for (String h : List.of("二、2024年主要工作", "2024年主要工作", "三、关于2024年工作", "2024年的工作重点",
                "二、2024年主要任务", "2024年区十件民生实事", "三、2024年重点工作", "二、2024年工作安排")) {
            TimeScoper.Scope s = scoper.heading(h);
            assertEquals(TimeScope.PLAN, s.scope(), h);
            assertEquals(2024, s.year(), h);
        }
    }

    @Test
    void aHeadingNamingAnEarlierYearsWorkLooksBack() {
        for (String h : List.of("一、2023年工作回顾", "2023年主要工作", "一、2023年的工作回顾")) {
            TimeScoper.Scope s = scoper.heading(h);
            assertEquals(TimeScope.RETROSPECTIVE, s.scope(), h);
            assertEquals(2023, s.year(), h);
        }
    }

    @Test
    void aHeadingOpeningWithAnEarlierYearLooksBackOnIt() {
        TimeScoper.Scope s = scoper.heading("一、2023年经济社会发展基本情况");
        assertEquals(TimeScope.RETROSPECTIVE, s.scope());
        assertEquals(2023, s.year());
        assertEquals(TimeScope.PLAN, scoper.heading("二、2023年以来主要目标和今后五年展望").scope());
    }

    @Test
    void theReportsTitleOpensNoSection() {
        assertNull(scoper.heading("2024年政府工作报告"));
    }

    @Test
    void aPlanHeadingWithACommaOpensThePlanInAParagraphPerLineReport() {
        String original = "一、迎难而上、顽强拼搏，经济社会发展取得新进步迈上新台阶\n"
                + "一年来，我们主要做了以下工作：\n"
                + "建成产业园区三个，新建学校五所，全年完成投资四百亿元，工业增加值增长百分之六。\n"
                + "新改扩建道路四十公里，新增公园十个，公共服务水平持续提升，群众获得感不断增强。\n"
                + "三、埋头苦干、奋勇前进，全力抓好2024年重点工作\n"
                + "建设新型储能产业园，推动一批重大项目开工，确保全年投资稳定增长。\n";
        List<ScopedSentence> scoped = scoper.scope(org.pledgegraph.text.SentenceSplitter.split(
                org.pledgegraph.text.Normalizer.normalize(original)));
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(3).scope());
        assertEquals(TimeScope.PLAN, scoped.get(scoped.size() - 1).scope());
    }

    @Test
    void sentencesUnderAMainWorkHeadingArePlans() {
        List<ScopedSentence> scoped = scoped(scoper, List.of("一、2023年工作回顾", "新建学校5所，建成公园3个。", "二、2024年主要工作",
                "新建学校6所，建设智慧公园。"));
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(1).scope());
        assertEquals(TimeScope.PLAN, scoped.get(3).scope());
        assertEquals(2024, scoped.get(3).year());
    }

    @Test
    void anOpeningThatLooksBackWinsOverPlanWordsLaterInTheHeading() {
        assertEquals(TimeScope.RETROSPECTIVE, scoper.heading("一年来，按照上级部署要求，我们主要做了以下工作：").scope());
    }

    @Test
    void aParagraphOpeningWithTheReportsYearStartsThePlan() {
        List<String> lines = List.of("一、砥砺奋进", "新建学校5所。", "二、勇毅前行", "2024年是关键之年。", "新建学校6所。");
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sentences.add(new Sentence(at, at + l.length(), l, i, i == 0 || i == 2));
            at += l.length() + 1;
        }
        List<ScopedSentence> scoped = scoper.scope(sentences);
        assertEquals(TimeScope.PLAN, scoped.get(4).scope());
        assertEquals(2024, scoped.get(4).year());
    }

    @Test
    void thisYearsWorkFollowsTheFiveYearGoalsUnderOneHeading() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "二、“十五五”时期主要目标任务和2026年工作安排",
                "“十五五”时期是夯实基础的关键时期，要建成一批重大平台。",
                "2026年是“十五五”开局之年，做好今年工作意义重大。",
                "（一）坚持扩大内需",
                "加快建设国际会展中心二期。"));
        assertEquals(2030, scoped.get(1).year(), "the goals of the five years");
        assertEquals(2026, scoped.get(2).year(), "this year's work begins");
        assertEquals(2026, scoped.get(4).year(), "a sub-heading without a year keeps the year's work");
        assertEquals(TimeScope.PLAN, scoped.get(4).scope());
    }

    @Test
    void aFiveYearSectionWithoutThisYearsOpeningKeepsItsEndYear() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "二、“十五五”时期主要目标任务",
                "“十五五”时期是夯实基础的关键时期，要建成一批重大平台。",
                "三、2026年重点工作安排",
                "今年是“十五五”开局之年，做好政府工作意义重大。",
                "加快建设国际会展中心二期。"));
        assertEquals(2030, scoped.get(1).year());
        assertEquals(2026, scoped.get(4).year());
    }

    @Test
    void aReportClosingATermReviewsUpToItsOwnYearAndPlansToTheTermsGoalYear() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2021), List.of(
                "一、过去五年工作回顾",
                "五年来，建成星河科技园，新建学校12所。",
                "二、新一届政府的奋斗目标",
                "未来五年的主要目标是：到2026年，生产总值超过3000亿元。",
                "三、今后五年的主要工作",
                "加快建设白鹭湾片区。",
                "要建成青梅医院。"));
        assertEquals(2021, scoped.get(1).year(), "the five years looked back on end in the report's own year");
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(1).scope());
        assertEquals(2026, scoped.get(3).year(), "the goals' own year");
        assertEquals(2026, scoped.get(5).year(), "a plan sentence under the five years ahead");
        assertEquals(2026, scoped.get(6).year(), "a plan cue without a year keeps the term's");
    }

    @Test
    void aTermReportWithoutAGoalYearPlansToTheFiveYearPlanItNamesElseFourYearsOn() {
        List<ScopedSentence> named = scoped(new TimeScoper(2021), List.of(
                "一、过去五年工作回顾", "建成星河科技园。", "二、今后五年的主要工作", "“十四五”时期，加快建设白鹭湾片区。",
                "建成青梅医院。"));
        assertEquals(2025, named.get(4).year());
        List<ScopedSentence> unnamed = scoped(new TimeScoper(2016), List.of(
                "一、过去五年工作回顾", "建成星河科技园。", "二、今后五年的主要工作", "加快建设白鹭湾片区。"));
        assertEquals(2016, unnamed.get(1).year());
        assertEquals(2020, unnamed.get(3).year());
    }

    @Test
    void aFiveYearLookBackWithoutAFiveYearPlanIsNotReadAsClosingATerm() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2022), List.of("一、过去五年工作回顾", "建成星河科技园。"));
        assertEquals(2021, scoped.get(1).year());
    }

    @Test
    void aLookBackThatDoesNotNameTheTermEndsTheYearBefore() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2021), List.of(
                "一、成就回顾", "建成星河科技园。", "二、今后五年的奋斗目标", "加快建设白鹭湾片区。"));
        assertEquals(2020, scoped.get(1).year());
        assertEquals(2025, scoped.get(3).year());
    }

    @Test
    void aTermReportThatAlsoPlansItsYearIsGivenAtTheStartOfTheYear() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2023), List.of(
                "一、过去五年工作回顾", "建成星河科技园。", "二、今后五年的目标任务", "加快建设白鹭湾片区。",
                "三、2023年重点工作", "建成青梅医院。"));
        assertEquals(2022, scoped.get(1).year(), "five years up to the year before");
        assertEquals(2027, scoped.get(3).year());
        assertEquals(2023, scoped.get(5).year());
    }

    @Test
    void aNumberedPartOfTheLookBackNamedForItsTaskStillLooksBack() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "一、2025年工作回顾", "建成星河科技园。", "（二）聚力落实国家重大战略任务", "白鹭湾片区加快建设。",
                "三、2026年主要任务", "（一）着力扩大内需", "建成青梅医院。"));
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(3).scope());
        assertEquals(2025, scoped.get(3).year());
        assertEquals(2026, scoped.get(6).year());
    }

    @Test
    void paragraphsOpeningOnLastYearAndOnTheFiveYearPlanStartTheirParts() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "一、一年接着一年干，各项事业取得新进展",
                "2025年是“十四五”收官之年。一年来，我们攻坚克难。",
                "（一）着力推进产业升级",
                "星河科技园建成投产。",
                "二、一张蓝图绘到底",
                "“十五五”时期是夯实基础的关键时期。",
                "白鹭湾片区全面建成。",
                "三、一鼓作气勇争先",
                "2026年是“十五五”开局之年。",
                "建成青梅医院。"));
        assertEquals(2025, scoped.get(3).year(), "the look back");
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(3).scope());
        assertEquals(2030, scoped.get(6).year(), "the five-year plan's goals");
        assertEquals(TimeScope.PLAN, scoped.get(6).scope());
        assertEquals(2026, scoped.get(9).year(), "this year's work");
    }

    @Test
    void theNewTermsPlanRunsFiveYearsAndItsPlainCuesKeepThatYear() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2023), List.of(
                "本届政府工作回顾", "建成星河科技园。", "新一届政府工作思路和目标任务", "要建成白鹭湾片区。",
                "2023年重点工作", "要建成青梅医院。"));
        assertEquals(2022, scoped.get(1).year());
        assertEquals(2027, scoped.get(3).year());
        assertEquals(2023, scoped.get(5).year());
    }

    @Test
    void aDeadlineSetsItsSentencesYearNotItsParagraphs() {
        List<ScopedSentence> scoped = headingThenParagraph(new TimeScoper(2025), "三、2025年重点工作",
                "着力加强基础设施建设。", "绘制好到2035年的规划图。", "铁路，加快建设星河城际。", "今年力争完成投资2500亿元。",
                "到2027年，建成白鹭湾片区。", "加快建设青梅医院。");
        assertEquals(2035, scoped.get(2).year());
        assertEquals(2025, scoped.get(3).year(), "a deadline does not carry");
        assertEquals(2027, scoped.get(5).year());
        assertEquals(2025, scoped.get(6).year(), "this year's cue carries, the later deadline does not");
    }

    @Test
    void aHeadingReviewingOnePlanAndOpeningTheNextPlansToTheNextsEnd() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "一、2025年工作回顾", "建成星河科技园。",
                "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
                "过去五年，我们建成白鹭湾片区。",
                "（一）加快建设现代化产业体系。建设青梅产业园。"));
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(3).scope());
        assertEquals(2025, scoped.get(3).year());
        assertEquals(TimeScope.PLAN, scoped.get(4).scope());
        assertEquals(2030, scoped.get(4).year());
    }

    @Test
    void underSuchAHeadingAParagraphOpeningOnThePastPlanLooksBackUntilTheNextPlansPeriod() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2026), List.of(
                "一、2025年工作回顾", "建成星河科技园。",
                "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
                "“十四五”时期是极不平凡的五年，建成白鹭湾片区。",
                "这些年，我们建成青梅公园。",
                "“十五五”时期是夯实基础的关键时期。",
                "建设青梅产业园。"));
        assertEquals(TimeScope.RETROSPECTIVE, scoped.get(4).scope(), "the heading's look back first");
        assertEquals(2025, scoped.get(4).year());
        assertEquals(TimeScope.PLAN, scoped.get(6).scope());
        assertEquals(2030, scoped.get(6).year(), "then the next plan's period");
    }

    @Test
    void withoutAThisYearOpeningTheYearsTasksUnderACombinedHeadingBeginAtItsFirstNumberedPart() {
        List<ScopedSentence> scoped = scoped(new TimeScoper(2016), List.of(
                "一、2015年工作回顾", "建成星河科技园。",
                "“十三五”发展思路和2016年主要工作任务",
                "“十三五”期间，要建成白鹭湾片区。",
                "一、坚持创新驱动",
                "加快建设青梅产业园。",
                "二、坚持绿色发展",
                "建成青梅公园。"));
        assertEquals(2020, scoped.get(3).year(), "the plan's goals");
        assertEquals(2016, scoped.get(5).year(), "this year's tasks");
        assertEquals(2016, scoped.get(7).year());
        String longPart = "一、坚持以城市管理治理为核心，突出质量发展和安全发展，为“十三五”发展奠定坚实的基础";
        List<ScopedSentence> longer = scoped(new TimeScoper(2016), List.of(
                "“十三五”发展思路和2016年主要工作任务", "“十三五”期间，要建成白鹭湾片区。", longPart, "加快建设青梅产业园。"));
        assertEquals(2016, longer.get(3).year(), "a numbered line too long for a heading starts them too");
    }

    @Test
    void aSentenceOpeningOnThisYearsGoalsPlansThisYearAndCarries() {
        List<ScopedSentence> scoped = headingThenParagraph(new TimeScoper(2016), "“十三五”发展思路和2016年主要工作任务",
                "“十三五”期间，总体目标是建成白鹭湾片区。", "2016年新区经济社会发展的主要预期目标是：地区生产总值增长9%；",
                "规模以上工业总产值1710亿元，增长8%；");
        assertEquals(2020, scoped.get(1).year());
        assertEquals(2016, scoped.get(2).year());
        assertEquals(2016, scoped.get(3).year(), "the rest of the paragraph");
    }

    /** A heading line, then {@code sentences} as one paragraph. */
    private static List<ScopedSentence> headingThenParagraph(TimeScoper scoper, String heading, String... sentences) {
        List<Sentence> out = new java.util.ArrayList<>();
        out.add(new Sentence(0, heading.length(), heading, 0, true));
        int at = heading.length() + 1;
        for (String t : sentences) {
            out.add(new Sentence(at, at + t.length(), t, 1, false));
            at += t.length();
        }
        return scoper.scope(out);
    }

    /** Each line a paragraph of its own; a line without final punctuation is a heading. */
    private static List<ScopedSentence> scoped(TimeScoper scoper, List<String> lines) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sentences.add(new Sentence(at, at + l.length(), l, i, !l.endsWith("。")));
            at += l.length() + 1;
        }
        return scoper.scope(sentences);
    }

    @Test
    void aGlossaryExplainsTermsUntilAPlanIsAppended() {
        List<String> lines = List.of("二、2024年主要工作", "建设星河公园。", "有关名词解释", "3.“两园一谷”：指加快规划建设的青梅园、白鹭园。",
                "4.“三名工程”：名医、名院、名诊所。", "附件2：2024年区十件民生实事", "建成白鹭学校。");
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sentences.add(new Sentence(at, at + l.length(), l, i, true));
            at += l.length() + 1;
        }
        List<ScopedSentence> scoped = scoper.scope(sentences);
        assertEquals(false, scoped.get(1).glossary());
        assertEquals(true, scoped.get(3).glossary());
        assertEquals(true, scoped.get(4).glossary(), "a short numbered entry does not end the glossary");
        assertEquals(false, scoped.get(6).glossary());
    }

    @Test
    void aGlossaryEntryNamesThingsWithoutStageAsReferences() {
        var ms = Extracts.extract("二、2024年主要工作\n建设星河科技园。\n有关名词解释\n1.“一园一区”：指加快规划建设的白鹭科技园和青梅示范区。", 2024);
        assertEquals(org.pledgegraph.model.Modality.REFERENCE, Extracts.find(ms, "白鹭科技园").modality());
        assertNull(Extracts.find(ms, "白鹭科技园").stage());
        assertEquals(org.pledgegraph.model.Modality.COMMITMENT, Extracts.find(ms, "星河科技园").modality());
    }
}
