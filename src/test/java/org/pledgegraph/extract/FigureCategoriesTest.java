package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.Mention;

/** Figures by category (units, magnitudes, lists, non-quantities); every sentence here is invented. */
class FigureCategoriesTest {

    private static List<Mention> figures(String text) {
        return Extracts.extract(text, 2024).stream().filter(m -> m.type().isFigure()).toList();
    }

    /** "label=value unit" of each figure, in text order, joined by " | ". */
    private static String shown(String text) {
        return figures(text).stream().map(m -> m.figure().toString()).collect(Collectors.joining(" | "));
    }

    private static String values(String text) {
        return figures(text).stream().map(m -> m.figure().value().stripTrailingZeros().toPlainString() + " " + m.figure().unit())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void ratesAndCompoundUnitsKeepTheirWholeUnit() {
        // the text is NFKC-normalised before extraction: （间） arrives as (间)
        assertEquals("12.5 万吨/日 | 980 元/月 | 30.2 亿元/平方公里 | 6.4 万套(间) | 4.1 批次/千人",
                values("新增污水处理能力12.5万吨/日。最低生活保障标准提高至980元/月。地均产出30.2亿元/平方公里。"
                        + "筹集保障性住房6.4万套（间）。抽检量达4.1批次/千人。"));
    }

    @Test
    void countsAndMeasuresOfTheCommuniqueAreUnits() {
        assertEquals("36 公顷 | 120 兆瓦 | 2100 万标箱 | 1300 架次 | 75 场次 | 42 宗 | 18.6 微克/立方米",
                values("供应土地36公顷。装机规模120兆瓦。集装箱吞吐量2100万标箱。单日航班1300架次。举办展会75场次。"
                        + "出让土地42宗。细颗粒物年均浓度18.6微克/立方米。"));
    }

    @Test
    void aMagnitudeAloneIsAUnit() {
        assertEquals("320 万 | 2 万件", values("小程序注册用户突破320万。办理群众诉求2万余件。"));
    }

    @Test
    void chineseMagnitudesStayInTheUnit() {
        List<Mention> ms = figures("全市商品销售额近万亿元,设立百亿元科创基金,安排两千万元专项资金。");
        assertEquals("1 万亿元 | 100 亿元 | 2000 万元", values("全市商品销售额近万亿元,设立百亿元科创基金,安排两千万元专项资金。"));
        assertEquals(Comparison.APPROXIMATELY, ms.get(0).figure().comparator());
        assertEquals("", values("建设百万吨级码头。"), "a bare 百 before 万吨 names a class, not an amount");
    }

    @Test
    void tenthsInWordsArePercentages() {
        List<Mention> ms = figures("民生支出占财政支出比重近七成。");
        assertEquals("70 %", values("民生支出占财政支出比重近七成。"));
        assertEquals(Comparison.APPROXIMATELY, ms.get(0).figure().comparator());
        assertEquals("", values("项目建成投用,形成合力。"));
    }

    @Test
    void labelsKeepQuotesAndBracketsAndDropALeadingVerb() {
        assertEquals("新增“个转企”=1200 家 | 新增长者服务中心(站)=18 家 | 土地出让面积=90 公顷",
                shown("新增“个转企”1200家。新增长者服务中心（站）18家。完成土地出让面积90公顷。"));
    }

    @Test
    void ranksSlogansAndQualifiersAreNotFigures() {
        assertEquals("12 个", values("12个学科进入全球前1%。"), "前1% is a rank");
        assertEquals("", values("落实“金融18条”,巩固“5个95%”优势。"), "numbers inside short quotes are names");
        assertEquals("", values("为30户以上自然村通硬化路。"), "a measure with 以上 before a noun qualifies it");
        assertEquals("", values("建设5人制足球场。"), "N人制 is a kind of pitch");
        assertEquals("35 项", values("建立35项制度创新成果清单。"));
    }

    @Test
    void aMovementReportsWhereItArrivedUnlessTheStartHasAYear() {
        assertEquals("创新平台=210 家", shown("成就回顾\n创新平台由180家增至210家。"));
        assertEquals("19.5 微克/立方米", values("成就回顾\n细颗粒物浓度由每立方米22.4微克降至19.5微克。"));
        List<Mention> ms = figures("成就回顾\n城镇化率从2020年的50.1%提升到2025年的56.3%。");
        assertEquals(2, ms.size());
        assertEquals(2020, ms.get(0).aboutYear());
        assertEquals(2025, ms.get(1).aboutYear());
        assertEquals("城镇化率", ms.get(1).figure().label());
    }

    @Test
    void bareNumbersListedBeforeAFigureShareItsUnit() {
        assertEquals("50 个工作日 | 35 个工作日", values("审批时限分别压缩50、35个工作日。"));
    }

    @Test
    void oneNumberOfSeveralListedItemsGivesEachItsFigure() {
        assertEquals("客运量增长=6 % | 货运量增长=6 %", shown("客运量、货运量均增长6%。"));
    }

    @Test
    void listsJoinedBy和AndTheThreeSectorsAreDistributed() {
        assertEquals("城镇居民收入增长=4.5 % | 农村居民收入增长=6.5 %", shown("城镇和农村居民收入分别增长4.5%、6.5%。"));
        assertEquals("第一产业增加值增长=3 % | 第二产业增加值增长=6 % | 第三产业增加值增长=5 %",
                shown("一二三产增加值分别增长3%、6%、5%。"));
        assertEquals("城镇居民收入增长=4 % | 农村居民收入增长=6 %", shown("城镇和农村居民收入分别增长4%左右和6%左右。"));
    }

    @Test
    void medalsAndDurationsWithTheirContext() {
        assertEquals("3 枚 | 2 枚 | 1 枚", values("运动员在全国赛事获3金2银1铜。"));
        assertEquals("79.2 岁 | 11.3 年", values("人均预期寿命达79.2岁,平均受教育年限达11.3年。"));
        assertEquals("", values("细颗粒物PM2.5年均浓度持续下降。"), "PM2.5年 is no duration");
        assertEquals("", values("用好120小时过境免签政策。"), "a duration naming a policy is no figure");
        assertTrue(figures("连续6年位居全省第一。").isEmpty(), "runs of years are left out");
    }

    @Test
    void nationalIndicatorNamesAreNormalised() {
        String ids = figures("PM2.5年均浓度降至17.3微克/立方米,港口集装箱吞吐量3000万标箱,人均预期寿命达80.1岁。").stream()
                .map(m -> m.figure().indicator()).collect(Collectors.joining(" "));
        assertEquals("pm25-concentration container-throughput life-expectancy", ids);
    }
    /**
     * A count (number and measure word) is a figure, never a named thing, even when the judge keeps everything it is
     * shown. (Session 11: the out-of-fold error dump listed unmatched counts such as 9家 beside the entities' false
     * positives; they were figures the gold had not listed, appended by the scorer after the entities.)
     */
    @Test
    void aBareCountIsAFigureNeverANamedThing() {
        String text = "以6家农产品加工龙头企业和3个省级现代农业产业园为抓手,新建12所幼儿园、4座污水处理厂,推进青松河公园建设。";
        java.util.regex.Pattern count = java.util.regex.Pattern.compile("^[0-9一二三四五六七八九十百千万两.]+[个家所座条项批处台户辆万]+(?:以上|余)?$");
        Extractor all = Extractor.defaults().withJudge(Extractor.defaults().judge().withThreshold(0));
        for (List<Mention> ms : List.of(Extracts.extract(text, 2026),
                all.extract(new org.pledgegraph.model.DocumentMeta("t.txt", "t", null, 2026, "", "", ""), text).mentions())) {
            assertTrue(ms.stream().noneMatch(m -> !m.type().isFigure() && count.matcher(m.surface()).find()),
                    "no named thing is a bare count: " + ms);
            assertEquals(List.of("6家", "3个", "12所", "4座"), ms.stream().filter(m -> m.type().isFigure())
                    .map(Mention::surface).toList(), "each count is a figure");
            assertTrue(ms.stream().anyMatch(m -> m.surface().equals("青松河公园") && !m.type().isFigure()), ms.toString());
        }
    }

    @Test
    void theSpeechCountingItsOwnPartsIsNoFigure() {
        assertEquals("", values("今年要重点做好以下8个方面的工作："));
        assertEquals("", values("重点抓好十二个方面工作。"));
        // contrast: aspects that count the measures after them, and a counted indicator, stay
        assertEquals("12 个 | 260 项", values("制定实施12个方面260项改革任务。"));
        assertEquals("8 个", values("新建8个社区服务中心。"));
    }

    @Test
    void aNoteSpellingOutANumericFormulaHasNoFigures() {
        assertEquals("", values("7.“1+4+N”服务体系：“1”是1个区级服务中心，“4”是4个街道服务站。"));
        assertEquals("", values("“5”是指星河、白鹭等5个重点片区。"));
        // contrast: a numbered line that reports a quantity without defining a formula
        assertEquals("6.2 %", values("全区地区生产总值增长6.2%。"));
    }
}
