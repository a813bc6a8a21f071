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
    void theReportsTitleOpensNoSection() {
        assertNull(scoper.heading("2024年政府工作报告"));
    }

    @Test
    void sentencesUnderAMainWorkHeadingArePlans() {
        List<String> lines = List.of("一、2023年工作回顾", "新建学校5所，建成公园3个。", "二、2024年主要工作", "新建学校6所，建设智慧公园。");
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sentences.add(new Sentence(at, at + l.length(), l, i, i % 2 == 0));
            at += l.length() + 1;
        }
        List<ScopedSentence> scoped = scoper.scope(sentences);
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
}
