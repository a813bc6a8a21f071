package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Stage;

/** The general rules added for unseen reports; every name here is invented. */
class GeneralisationTest {

    private static List<Mention> extract(String text, int year) {
        return Extracts.extract(text, year);
    }

    private static Mention find(List<Mention> ms, String surface) {
        return Extracts.find(ms, surface);
    }

    private static String names(List<Mention> ms) {
        return ms.stream().filter(m -> !m.type().isFigure()).map(Mention::surface).collect(Collectors.joining(","));
    }

    private static List<Mention> figures(List<Mention> ms) {
        return ms.stream().filter(m -> m.type().isFigure()).toList();
    }

    @Test
    void itemsOfAProjectListAreProjectsWithTheListsStage() {
        List<Mention> ms = extract("今年重点工作\n加快推进青松大厦、云杉科技、白桦广场等项目建设。", 2024);
        Mention firm = find(ms, "云杉科技");
        assertEquals(EntityType.PROJECT, firm.type());
        assertEquals(Stage.UNDER_CONSTRUCTION, firm.stage());
        assertEquals(Stage.UNDER_CONSTRUCTION, find(ms, "白桦广场").stage());
    }

    @Test
    void aPhaseExtendsANameAndMakesOneAlone() {
        List<Mention> ms = extract("今年重点工作\n推进物流总部二期建成投用,加快推进红星产业园三四期。", 2024);
        Mention hq = find(ms, "物流总部二期");
        assertEquals(EntityType.PROJECT, hq.type());
        assertEquals(Stage.COMPLETED, hq.stage());
        // the phase is the recogniser's; the judge retrained in recall3 prefers the park without it here
        assertEquals(EntityType.PARK, find(Extracts.rules("今年重点工作\n加快推进红星产业园三四期。", 2024), "红星产业园三四期").type());
    }

    @Test
    void placeNamedItemsShareTheHead() {
        List<Mention> ms = extract("长安路、复兴路社区卫生服务中心成功创建省级示范。", 2024);
        // The shared head is what this checks: both members get it, no other facility stands. (Since session 20 the
        // judge may also keep the BrandProposer's 复兴路社区 as a firm nested in the second name, a false positive
        // disclosed in docs/evaluation-history.md, "Session 20: margin20"; the judge's keep/drop is not this test's.)
        assertEquals(List.of("长安路社区卫生服务中心", "复兴路社区卫生服务中心"),
                ms.stream().filter(m -> m.type() == EntityType.FACILITY).map(Mention::surface).toList());
        assertNull(find(ms, "复兴路社区卫生服务中心").stage());
    }

    @Test
    void countedAndListedCategoriesAreNotNames() {
        // the recognisers' rule; the judge may also drop a two-item list it has seen no evidence for
        List<Mention> ms = Extracts.rules("今年重点工作\n加快推进12个灾后重建项目建设,推动海河苑、滨江苑等“保交房”项目交付,"
                + "新增市级以上工程技术研究中心3家,获评全国示范基地称号。", 2024);
        assertEquals("海河苑,滨江苑", names(ms));
        assertEquals(EntityType.FACILITY, find(ms, "海河苑").type());
        assertEquals(Stage.COMPLETED, find(ms, "滨江苑").stage());
    }

    @Test
    void firmsAreSupportedNotBuilt() {
        List<Mention> ms = extract("今年重点工作\n推动青松公司、白桦公司等区属国有企业改革,启动云杉航空上市。", 2024);
        assertNull(find(ms, "青松公司").stage());
        assertEquals(EntityType.ENTERPRISE, find(ms, "云杉航空").type());
    }

    @Test
    void chineseNumeralsOfTenOrMoreAreFigures() {
        List<Mention> ms = figures(extract("已出动人员近千人次,百余名党员参加,新建三十个驿站,落实“三个一批”,增速居全市第二位。", 2022));
        assertEquals(3, ms.size(), ms.toString());
        assertEquals(new BigDecimal("1000"), ms.get(0).figure().value());
        assertEquals(Comparison.APPROXIMATELY, ms.get(0).figure().comparator());
        assertEquals(Comparison.EXCEEDS, ms.get(1).figure().comparator());
        assertEquals("100 名", ms.get(1).figure().value() + " " + ms.get(1).figure().unit());
        assertEquals(new BigDecimal("30"), ms.get(2).figure().value());
        assertEquals(2000, FigureRecognizer.chineseValue("两千"));
        assertEquals(120, FigureRecognizer.chineseValue("一百二十"));
    }

    @Test
    void labelsAreTheCountedNounOrEachListedItem() {
        List<Mention> ms = figures(extract("今年重点工作\n完成20个老旧小区改造。高技术制造业、装备制造业增加值分别增长8.9%、7.7%。", 2024));
        assertEquals("老旧小区改造", ms.get(0).figure().label());
        assertEquals("高技术制造业增加值增长", ms.get(1).figure().label());
        assertEquals("装备制造业增加值增长", ms.get(2).figure().label());
    }

    @Test
    void aFigureCanStateItsOwnYear() {
        List<Mention> ms = figures(extract("成就回顾\n工业税收由2015年的1000万元增加到2020年的1.17亿元。", 2021));
        assertEquals(2015, ms.get(0).aboutYear());
        assertEquals("工业税收", ms.get(0).figure().label());
        assertEquals(2020, ms.get(1).aboutYear());
    }

    @Test
    void unitsComposeAMagnitudeAndABase() {
        List<Mention> ms = figures(extract("粮食产量1.4万亿斤,外汇储备超过3.2万亿美元,新增装机3.7亿千瓦。", 2025));
        assertEquals("万亿斤,万亿美元,亿千瓦", ms.stream().map(m -> m.figure().unit()).collect(Collectors.joining(",")));
    }

    @Test
    void thresholdsAndDistancesAreNotFigures() {
        List<Mention> ms = figures(extract("签约10亿元以上项目5个,在路口北侧300米。", 2024));
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(new BigDecimal("5"), ms.get(0).figure().value());
    }

    @Test
    void wholeYearInAReviewSectionIsThatYear() {
        List<Mention> ms = figures(extract("2025年工作回顾\n全年生产总值完成189.3亿元。", 2026));
        assertEquals(EntityType.ACTUAL, ms.get(0).type());
        assertEquals(2025, ms.get(0).aboutYear());
    }

    @Test
    void aNumberedHeadingStandsAloneAndAThisYearCueCarries() {
        String text = "一、2024年工作回顾\n过去一年经济回升。\n二、2025年经济社会发展总体要求和政策取向\n"
                + "今年是关键一年。\n实施积极的财政政策。今年赤字率拟按4%左右安排。一般公共预算支出规模29.7万亿元。";
        List<Mention> ms = figures(extract(text, 2025));
        assertFalse(ms.isEmpty());
        assertTrue(ms.stream().allMatch(m -> m.type() == EntityType.TARGET && m.aboutYear() == 2025), ms.toString());
    }
}
