package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListFeaturesTest {
    private static final String WORKS = "加快建设青禾水库、白檀水库、赤松公园等项目。";
    private static final String FIELDS = "培育青禾材料、白檀器件、赤松装备等产业。";

    @Test
    void anEnumerationHasItsMembersAndEnd() {
        int b = WORKS.indexOf("白檀水库");
        ListFeatures.Enumeration en = ListFeatures.of(WORKS, b, b + 4);
        assertEquals(List.of("青禾水库", "白檀水库", "赤松公园"), en.members());
        assertEquals(WORKS.indexOf("等"), en.end());
    }

    @Test
    void aNameOutsideAListHasNone() {
        assertNull(ListFeatures.of("加快建设青禾水库。", 4, 8));
        // a list joint later in the sentence is not this name's list
        assertNull(ListFeatures.of("建设青禾水库，推进白檀、赤松公园。", 2, 6));
        List<String> f = new ArrayList<>();
        ListFeatures.add(f, "加快建设青禾水库。", 4, 8, 0, "facility", "Facility", Set.of(), null);
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void aListOfWorksWithHeadsOfTheirOwn() {
        int b = WORKS.indexOf("白檀水库");
        int ruleEnd = WORKS.indexOf("赤松公园") + 4;
        List<String> f = new ArrayList<>();
        ListFeatures.add(f, WORKS, b, b + 4, 100, "facility", "Facility", Set.of(100 + ruleEnd), null);
        assertTrue(f.contains("ln=<=3"), f.toString());
        assertTrue(f.contains("lsfx=all"), f.toString());
        assertTrue(f.contains("lcls=works"), f.toString());
        assertTrue(f.contains("lvc=build"), f.toString());
        assertTrue(f.contains("lpos=mid"), f.toString());
        // one of the two other members ends where a rule's name ends
        assertTrue(f.contains("lrule=most"), f.toString());
        assertTrue(f.contains("lsame=false"), f.toString());
    }

    @Test
    void aListClosedByAFieldWord() {
        int b = FIELDS.indexOf("赤松装备");
        List<String> f = new ArrayList<>();
        ListFeatures.add(f, FIELDS, b, b + 4, 0, "enterprise", "List", Set.of(), null);
        assertTrue(f.contains("lcls=field"), f.toString());
        assertTrue(f.contains("lsfx=none"), f.toString());
        assertTrue(f.contains("lpos=last"), f.toString());
        assertTrue(f.contains("lrule=none"), f.toString());
        assertTrue(f.contains("x.lcls+type=field+enterprise"), f.toString());
    }

    @Test
    void aDistributedNameSpansItsList() {
        String t = "建设青禾、白檀水库。";
        List<String> f = new ArrayList<>();
        ListFeatures.add(f, t, 2, 9, 0, "facility", "SharedHead", Set.of(), null);
        assertTrue(f.contains("ln=<=2"), f.toString());
        assertTrue(f.contains("lcls=P"), f.toString());
    }

    @Test
    void membersTheCorpusTableHoldsMakeACommonList() {
        int b = FIELDS.indexOf("青禾材料");
        Specificity spec = Specificity.of(java.util.Map.of("白檀器件", 9, "赤松装备", 12), 3);
        List<String> f = new ArrayList<>();
        ListFeatures.add(f, FIELDS, b, b + 4, 0, "enterprise", "List", Set.of(), null, spec);
        assertTrue(f.contains("lcom=all"), f.toString());
        assertTrue(f.contains("x.lcom+type=all+enterprise"), f.toString());
        List<String> g = new ArrayList<>();
        ListFeatures.add(g, FIELDS, b, b + 4, 0, "enterprise", "List", Set.of(), null, Specificity.of(java.util.Map.of(), 3));
        assertTrue(g.contains("lcom=none"), g.toString());
    }
}
