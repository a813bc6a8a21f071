package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Places;
import org.pledgegraph.text.Sentence;

/** The class features that stand in for exact characters (names and places invented). */
class CandidateFeaturesTest {
    private static final Places PLACES = Places.of(List.of(
            new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
            new Place("990102", "990102", PlaceLevel.COUNTY, "990000", "青江区", "青江", List.of())));

    private static List<String> features(String sentence, String name) {
        int b = sentence.indexOf(name);
        ScopedSentence s = new ScopedSentence(new Sentence(0, sentence.length(), sentence, 0, false), TimeScope.PLAN,
                2024, false);
        Candidate c = new Candidate(Suffixes.typeOf(name) == null ? EntityType.PROJECT : Suffixes.typeOf(name), b,
                b + name.length(), name, null);
        return CandidateFeatures.of(c, "test", "rule", s, Specificity.of(Map.of(), 3), new int[] {1, 1, 1}, PLACES);
    }

    @Test
    void contextCharactersBecomeClasses() {
        List<String> f = features("加快建设白桦水库、红松水库等工程。", "红松水库");
        assertTrue(f.contains("cb1=L"), f.toString()); // a list joint before
        assertTrue(f.contains("ca1=C"), f.toString()); // 等 after
        assertTrue(f.contains("vc=build"), f.toString());
        assertTrue(f.contains("sxt=FACILITY"), f.toString());
        assertTrue(f.contains("listsame"), "its list neighbour ends with the same suffix: " + f);
    }

    @Test
    void aListNeighbourWithAnotherSuffixIsNoSameSuffixList() {
        List<String> f = features("建成白桦水库、红松大道。", "红松大道");
        assertFalse(f.contains("listsame"), f.toString());
        assertTrue(f.contains("ca1=P"), f.toString());
        assertTrue(f.contains("vc=complete"), f.toString());
    }

    @Test
    void aBodyOrStartThatIsAPlaceIsMarked() {
        List<String> body = features("推进青江公园建设。", "青江公园");
        assertTrue(body.contains("placebody") && body.contains("placepre"), body.toString());
        List<String> start = features("引进东海省红枫科技园。", "东海省红枫科技园");
        assertTrue(start.contains("placepre") && !start.contains("placebody"), start.toString());
        assertTrue(start.contains("vc=attract"), start.toString());
        List<String> none = features("推进白桦公园建设。", "白桦公园");
        assertFalse(none.contains("placebody") || none.contains("placepre"), none.toString());
    }

    @Test
    void characterClasses() {
        assertEquals("L", CandidateFeatures.charClass('、'));
        assertEquals("N", CandidateFeatures.charClass('三'));
        assertEquals("D", CandidateFeatures.charClass('7'));
        assertEquals("Q", CandidateFeatures.charClass('“'));
        assertEquals("H", CandidateFeatures.charClass('园'));
        assertEquals("plan", CandidateFeatures.verbClass("谋划"));
        assertEquals("none", CandidateFeatures.verbClass("none"));
    }

    @Test
    void theVerbAfterANameOrItsList() {
        String t = "青松、白桦等入选国家名单,红枫正式开业,绿柳实现增长,推进银杏建设。";
        assertEquals("honour", CandidateFeatures.afterVerbClass(t, t.indexOf("、")));
        assertEquals("honour", CandidateFeatures.afterVerbClass(t, t.indexOf("等")));
        assertEquals("open", CandidateFeatures.afterVerbClass(t, t.indexOf("正式")));
        assertEquals("grow", CandidateFeatures.afterVerbClass(t, t.indexOf("实现")));
        assertEquals("none", CandidateFeatures.afterVerbClass(t, t.indexOf("建设")));
        assertTrue(features(t, "红枫").contains("avc=open"));
    }
}
