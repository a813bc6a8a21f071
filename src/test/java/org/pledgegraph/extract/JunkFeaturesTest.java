package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** The junk features and the enumeration second look (sentences and names invented). */
class JunkFeaturesTest {
    private static final Lexicon INDUSTRIES = Lexicon.load("industries.tsv");

    private static List<String> features(String sentence, String name) {
        int b = sentence.indexOf(name);
        List<String> f = new ArrayList<>();
        String suffix = Suffixes.endingAt(name, name.length());
        String body = suffix == null || suffix.length() >= name.length() ? name
                : name.substring(0, name.length() - suffix.length());
        JunkFeatures.add(f, name, sentence, b, b + name.length(), suffix, body, INDUSTRIES);
        return f;
    }

    @Test
    void aSwallowedVerbOrCountIsMarked() {
        assertTrue(features("全面通车白桦隧道。", "通车白桦隧道").contains("vstart=2"));
        assertTrue(features("新建12个红松公园。", "12个红松公园").contains("mstart"));
        assertTrue(features("新建红松公园12个。", "红松公园12个").contains("mend=num"));
        List<String> clean = features("建成白桦隧道。", "白桦隧道");
        assertFalse(clean.stream().anyMatch(x -> x.startsWith("vstart") || x.startsWith("m")), clean.toString());
    }

    @Test
    void aNameOfGenericWordsOnlyIsACategory() {
        assertTrue(features("推进城市更新项目。", "城市更新项目").contains("cat=all"),
                features("推进城市更新项目。", "城市更新项目").toString());
        assertFalse(features("推进白桦湾更新项目。", "白桦湾更新项目").stream().anyMatch(x -> x.startsWith("cat")));
    }

    @Test
    void unbalancedMarksAndEnumerationsAreSeen() {
        assertTrue(features("建设“白桦湾公园”。", "白桦湾公园”").contains("unbal"));
        List<String> f = features("建成白桦公园、红松公园、青石公园。", "红松公园");
        assertTrue(f.contains("enum=<=3mid") && f.contains("enumwhole=truetrue"), f.toString());
    }

    @Test
    void aDoubtfulItemNextToAKeptSiblingIsKept() {
        String t = "建成白桦公园、红松公园、青石路。";
        ScopedSentence s = new ScopedSentence(new Sentence(0, t.length(), t, 0, false), TimeScope.PLAN, 2024, false);
        ListSiblings.Item kept = item(s, t, "白桦公园", EntityType.FACILITY, 0.6, true);
        ListSiblings.Item doubtful = item(s, t, "红松公园", EntityType.FACILITY, 0.15, false);
        ListSiblings.Item otherType = item(s, t, "青石路", EntityType.ROAD, 0.15, false);
        ListSiblings.Item low = item(s, t, "红松公园", EntityType.FACILITY, 0.05, false);
        ListSiblings.keep(List.of(kept, doubtful, otherType, low), 0.1);
        assertTrue(doubtful.keep()[0]);
        assertFalse(otherType.keep()[0], "another type is no sibling");
        assertFalse(low.keep()[0], "below the floor");
    }

    private static ListSiblings.Item item(ScopedSentence s, String t, String name, EntityType type, double p,
                                          boolean keep) {
        int b = t.indexOf(name);
        return new ListSiblings.Item(new Candidate(type, b, b + name.length(), name, null), s, p, new boolean[] {keep});
    }
}
