package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;

/** The cross-year pass on invented sentences: where a name another year kept is added, and where it is not. */
class CrossYearPassTest {
    private static final CrossYearPass PASS = Extractor.rules().crossYear();
    private static final DocumentMeta META = new DocumentMeta("y2.txt", "y2", null, 2024, "", "", "", "");
    private static final Map<String, CrossYearPass.Sibling> KEPT = Map.of("青松湖科创中心",
            new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));

    private static List<CrossYearPass.Added> find(String text, List<Mention> own) {
        return PASS.find(META, text, own, KEPT);
    }

    @Test
    void aNameKeptInAnotherYearIsAddedWithItsOffsetsAndSentence() {
        String text = "一、过去一年工作回顾\n今年全面点亮青松湖科创中心，带动产业集聚。\n二、今后工作\n";
        List<CrossYearPass.Added> added = find(text, List.of());
        assertEquals(1, added.size(), added.toString());
        Mention m = added.get(0).mention();
        int at = text.indexOf("青松湖科创中心");
        assertEquals(new Span(at, at + 7), m.span());
        assertEquals("青松湖科创中心", m.surface());
        assertEquals(EntityType.FACILITY, m.type());
        assertEquals("今年全面点亮青松湖科创中心，带动产业集聚。", m.evidence());
        assertEquals(List.of("y1"), List.copyOf(added.get(0).corroboratedBy()));
    }

    @Test
    void aLongerNameOrAPlaceBeforeItIsNotTheName() {
        assertTrue(find("加快建设青松湖科创中心二期。", List.of()).isEmpty(), "continues into 二期");
        assertTrue(find("加快建设青松湖科创中心（南区）。", List.of()).isEmpty(), "continues into a parenthesis");
        assertTrue(find("加快建设罗湖青松湖科创中心。", List.of()).isEmpty(), "the tail of a place-prefixed name");
        assertFalse(find("加快建设青松湖科创中心项目。", List.of()).isEmpty(), "项目 only names the work on it");
    }

    @Test
    void aMentionTheDocumentHasBlocksItButACoordinationDoesNot() {
        String text = "推进白鹭湾东区青松湖科创中心建设。";
        int at = text.indexOf("白鹭湾");
        Mention longer = mention(text, at, at + 12, "白鹭湾东区青松湖科创中心");
        assertTrue(find(text, List.of(longer)).isEmpty(), "inside a longer mention");
        String list = "建成青松湖科创中心、白鹭湾学校等设施。";
        Mention distributed = mention(list, 2, list.indexOf("等"), "青松湖科创中心设施");
        assertEquals(1, find(list, List.of(distributed)).size(), "a distributed name covers the list, not the item");
        String verb = "全面点亮青松湖科创中心。";
        Mention takenIn = mention(verb, 2, verb.indexOf("。"), "点亮青松湖科创中心");
        assertEquals(1, find(verb, List.of(takenIn)).size(), "a verb taken into a mention");
    }

    @Test
    void theHeadOfALongerNameTheDocumentKeptIsAddedBesideIt() {
        String text = "推进青松湖科创中心东区建设。";
        int at = text.indexOf("青松湖");
        List<CrossYearPass.Added> added = find(text, List.of(mention(text, at, at + 9, "青松湖科创中心东区")));
        assertEquals(1, added.size(), added.toString());
        assertEquals(new Span(at, at + 7), added.get(0).mention().span());
        String quoted = "打造“青松湖科创中心”平台。";
        int q = quoted.indexOf("“");
        assertEquals(1, find(quoted, List.of(mention(quoted, q, q + 11, "“青松湖科创中心”平台"))).size(), "after a quote");
        String paren = "推进青松湖科创中心（南区）建设。";
        int p = paren.indexOf("青松湖");
        assertTrue(find(paren, List.of(mention(paren, p, p + 11, "青松湖科创中心（南区）"))).isEmpty(),
                "a parenthesis makes another thing");
        assertTrue(find("推进青松湖科创中心东区建设。", List.of()).isEmpty(), "no longer mention: the end is not clean");
        String phase = "推进青松湖科创中心二期建设。";
        int f = phase.indexOf("青松湖");
        assertTrue(find(phase, List.of(mention(phase, f, f + 9, "青松湖科创中心二期"))).isEmpty(), "a phase is built");
        String work = "推进青松湖科创中心项目建设。";
        int w = work.indexOf("青松湖");
        assertTrue(find(work, List.of(mention(work, w, w + 9, "青松湖科创中心项目"))).isEmpty(), "X项目 is X");
        String road = "打通白鹭湾大道西段。";
        int r = road.indexOf("白鹭湾");
        Map<String, CrossYearPass.Sibling> roads = Map.of("白鹭湾大道",
                new CrossYearPass.Sibling(EntityType.ROAD, new TreeSet<>(List.of("y1"))));
        assertTrue(PASS.find(META, road, List.of(mention(road, r, r + 7, "白鹭湾大道西段")), roads).isEmpty(),
                "a section is built");
    }

    @Test
    void aPredicateRightAfterTheNameIsNoLongerName() {
        assertEquals(1, find("青松湖科创中心入选首批示范名单。", List.of()).size(), "入选: a predicate");
        assertEquals(1, find("实现青松湖科创中心降压运行，", List.of()).size(), "降压运行: a predicate");
        assertTrue(find("举办青松湖科创中心论坛。", List.of()).isEmpty(), "an event named after it");
        assertTrue(find("审议青松湖科创中心工作报告。", List.of()).isEmpty(), "a body's report");
        assertTrue(find("推进青松湖科创中心片区重点更新。", List.of()).isEmpty(), "a suffix: a longer name");
        assertTrue(find("建成青松湖科创中心候机楼，", List.of()).isEmpty(), "a one-character head before a break");
        assertTrue(find("建成青松湖科创中心北站。", List.of()).isEmpty(), "a direction");
    }

    @Test
    void aLongerSiblingNameIsAddedBesideAMentionThatStopsShortOfIt() {
        String text = "建成投用青松湖科创中心，";
        int at = text.indexOf("青松湖");
        List<CrossYearPass.Added> added = find(text, List.of(mention(text, at, at + 5, "青松湖科创")));
        assertEquals(1, added.size(), added.toString());
        assertEquals("青松湖科创中心", added.get(0).mention().surface());
    }

    @Test
    void aSiblingThatOnlyAddsProjectToAMentionIsThatMentionAlready() {
        Map<String, CrossYearPass.Sibling> project = Map.of("青松湖科创中心项目",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        String text = "青松湖科创中心项目加快推进，";
        List<CrossYearPass.Added> added = PASS.find(META, text, List.of(mention(text, 0, 7, "青松湖科创中心")), project);
        assertTrue(added.isEmpty(), added.toString());
    }

    @Test
    void theWholeOfAPhaseKeptElsewhereIsSoughtToo() {
        Map<String, CrossYearPass.Sibling> phase = Map.of("青松湖科创中心二期工程",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        List<CrossYearPass.Added> added = PASS.find(META, "青松湖科创中心建成开放。", List.of(), phase);
        assertEquals(List.of("青松湖科创中心"), added.stream().map(a -> a.mention().surface()).toList());
        assertTrue(PASS.find(META, "青松湖科创中心三期开工。", List.of(), phase).isEmpty(), "another phase");
    }

    @Test
    void theOwnGovernmentsNameInFrontMayComeAndGo() {
        // a district of the place table (GB/T 2260 110101): its full name, short name and level word
        DocumentMeta district = new DocumentMeta("y2.txt", "y2", null, 2024, "", "", "", "110101");
        Map<String, CrossYearPass.Sibling> shortNamed = Map.of("东城青松湖公园",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        assertEquals(List.of("区青松湖公园"), PASS.find(district, "建成区青松湖公园。", List.of(), shortNamed).stream()
                .map(a -> a.mention().surface()).toList());
        Map<String, CrossYearPass.Sibling> levelNamed = Map.of("区青松湖公园",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        assertEquals(List.of("东城区青松湖公园"), PASS.find(district, "建成东城区青松湖公园。", List.of(), levelNamed)
                .stream().map(a -> a.mention().surface()).toList());
        assertTrue(PASS.find(district, "建成保税区青松湖公园。", List.of(), levelNamed).isEmpty(),
                "区 closing another word is no level word");
    }

    @Test
    void aThreeCharacterNameCarriesOnlyAsAWholeEnterpriseName() {
        Map<String, CrossYearPass.Sibling> brand = Map.of("青松达",
                new CrossYearPass.Sibling(EntityType.ENTERPRISE, new TreeSet<>(List.of("y1"))));
        assertEquals(1, PASS.find(META, "支持青松达扩大产能。", List.of(), brand).size());
        String longer = "支持青松达电池产业园扩大产能。";
        int at = longer.indexOf("青松达");
        assertTrue(PASS.find(META, longer, List.of(mention(longer, at, at + 8, "青松达电池产业园")), brand).isEmpty(),
                "inside a longer mention");
        Map<String, CrossYearPass.Sibling> area = Map.of("青松湖",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        assertTrue(PASS.find(META, "建设青松湖，", List.of(), area).isEmpty(), "a short area name is not carried");
    }

    @Test
    void shortAndCategoryNamesAreNotCarried() {
        assertFalse(PASS.carries("青松"));
        assertFalse(PASS.carries("产业园"), "a suffix word");
        assertFalse(PASS.carries("青松园"), "a one-character head: a kind");
        assertTrue(PASS.carries("青松湖科创中心"));
        assertFalse(Extractor.defaults().crossYear().carries("城市更新项目"), "a name many governments use");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheNames() {
        String text = "推进白鹭湾青松湖科创中心和青松湖科创中心建设。";
        Map<String, CrossYearPass.Sibling> two = new java.util.LinkedHashMap<>(KEPT);
        two.put("白鹭湾青松湖科创中心", new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y3"))));
        Map<String, CrossYearPass.Sibling> reversed = new java.util.LinkedHashMap<>();
        List<String> keys = new java.util.ArrayList<>(two.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, two.get(k)));
        List<CrossYearPass.Added> a = PASS.find(META, text, List.of(), two);
        assertEquals(a, PASS.find(META, text, List.of(), reversed));
        assertEquals(List.of("白鹭湾青松湖科创中心", "青松湖科创中心"), a.stream().map(x -> x.mention().surface()).toList());
    }

    @Test
    void aNameKeptWithAPlaceInsideTheGovernmentInFrontIsSoughtBare() {
        DocumentMeta province = new DocumentMeta("y2.txt", "y2", null, 2024, "", "", "", "130000"); // 河北省
        Map<String, CrossYearPass.Sibling> kept = Map.of("石家庄青松湖研究院",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        List<CrossYearPass.Added> a = PASS.find(province, "加快建设青松湖研究院。", List.of(), kept);
        assertEquals(List.of("青松湖研究院"), a.stream().map(x -> x.mention().surface()).toList());
        Map<String, CrossYearPass.Sibling> outside = Map.of("广州青松湖研究院",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        assertTrue(PASS.find(province, "加快建设青松湖研究院。", List.of(), outside).isEmpty(), "a place outside");
        Map<String, CrossYearPass.Sibling> shortRest = Map.of("石家庄青松湖馆",
                new CrossYearPass.Sibling(EntityType.FACILITY, new TreeSet<>(List.of("y1"))));
        assertTrue(PASS.find(province, "加快建设青松湖馆。", List.of(), shortRest).isEmpty(), "a rest of 4");
    }

    private static Mention mention(String text, int begin, int end, String surface) {
        Span s = new Span(0, text.length());
        return new Mention(EntityType.FACILITY, surface, new Span(begin, end), s, text, null,
                org.pledgegraph.model.Modality.REFERENCE, 2024, null, null, null);
    }
}
