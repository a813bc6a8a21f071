package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HeadFeatures} and {@link CategoryCueFeatures} (sentences and names invented). */
class HeadAndCueFeaturesTest {
    @Test
    void aHeadWrittenAfterManyModifiersIsCounted() {
        String text = "建成白桦冷库、红松冷库和青石冷库。";
        int[] n = Proposals.count(text, "冷库");
        assertEquals(3, n[0]);
        assertEquals(3, n[3], "桦, 松, 石 before it inside longer words");
        assertEquals(0, n[4]);
        List<String> f = new ArrayList<>();
        HeadFeatures.add(f, n, 2);
        assertTrue(f.contains("hvar=<=4") && f.contains("tvar=<=0"), f.toString());
    }

    @Test
    void aNameWrittenAloneHasNoVariety() {
        int[] n = Proposals.count("建成白桦冷库。白桦冷库投用。", "白桦冷库");
        assertEquals(0, n[3]);
        List<String> f = new ArrayList<>();
        HeadFeatures.add(f, n, 4);
        assertTrue(f.contains("hvar=<=0"), f.toString());
        List<String> none = new ArrayList<>();
        HeadFeatures.add(none, new int[] {1, 1, 1}, 4);
        assertTrue(none.isEmpty(), "no counts, no features");
    }

    private static List<String> cues(String t, String name) {
        int b = t.indexOf(name);
        List<String> f = new ArrayList<>();
        CategoryCueFeatures.add(f, t, b, b + name.length(), "X");
        return f;
    }

    @Test
    void quantifiersAndCountsInTheClauseAreCues() {
        assertTrue(cues("新建一批高水平的冷链仓库，", "冷链仓库").contains("ccue=plural"));
        assertTrue(cues("改造12座老旧的冷链仓库，", "冷链仓库").contains("ccue=count"));
        assertTrue(cues("建成白桦仓库、红松仓库等3个项目。", "红松仓库").contains("cafter"));
        List<String> plain = cues("一批企业落户，建成白桦仓库。", "白桦仓库");
        assertFalse(plain.stream().anyMatch(x -> x.startsWith("c")), "a cue of another clause does not count: " + plain);
    }
}
