package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReappearMissCauseTest {
    private static final Map<String, Set<String>> PART_OF = Map.of("phase", Set.of("whole"), "whole", Set.of("phase"));

    @Test
    void aMissingNameComesBeforeAnythingResolutionDid() {
        assertEquals(ReappearMissCause.FIRST_NOT_EXTRACTED,
                ReappearMissCause.classify(List.of(), List.of(), Map.of(), Set.of()));
        assertEquals(ReappearMissCause.SECOND_NOT_EXTRACTED,
                ReappearMissCause.classify(List.of("a"), List.of(), Map.of(), Set.of("a")));
    }

    @Test
    void twoEntitiesAreApartUnlessOneIsPartOfTheOther() {
        assertEquals(ReappearMissCause.RESOLVED_APART,
                ReappearMissCause.classify(List.of("a"), List.of("b"), PART_OF, Set.of("a")));
        // The query takes one pg:partOf step either way: a later phase counts for the promised whole.
        assertEquals(ReappearMissCause.OTHER,
                ReappearMissCause.classify(List.of("whole"), List.of("phase"), PART_OF, Set.of("whole")));
    }

    @Test
    void oneEntityNotPromisedInTheFirstYearIsTheQuerysFilter() {
        assertEquals(ReappearMissCause.NOT_PROMISED,
                ReappearMissCause.classify(List.of("a"), List.of("a"), Map.of(), Set.of("b")));
        assertEquals(ReappearMissCause.OTHER,
                ReappearMissCause.classify(List.of("a"), List.of("a"), Map.of(), Set.of("a")));
    }

    @Test
    void namesKeptApartAreTalliedByHowTheyDiffer() {
        Set<String> gov = ReappearCausesMain.governmentNames("深圳市福田区");
        assertEquals(Set.of("深圳市福田区", "深圳市", "深圳", "福田区", "福田"), gov);
        assertEquals("same key", ReappearMissCause.variant("“东山大桥”", "东山大桥工程", gov));
        assertEquals("phase", ReappearMissCause.variant("东山大桥二期", "东山大桥", gov));
        assertEquals("government prefix", ReappearMissCause.variant("福田青少年宫", "青少年宫", gov));
        assertEquals("government prefix", ReappearMissCause.variant("区青少年宫", "青少年宫", gov));
        assertEquals("other prefix", ReappearMissCause.variant("南湖青少年宫", "青少年宫", gov));
        assertEquals("suffix", ReappearMissCause.variant("东山科技园", "东山科技园区", gov));
        assertEquals("inside", ReappearMissCause.variant("东山国际会展中心", "东山会展中心", gov));
        assertEquals("inside", ReappearMissCause.variant("东山智能装备产业带", "东山智装带", gov));
        assertEquals("other", ReappearMissCause.variant("西湖片区改造", "西湖新城", gov));
    }
}
