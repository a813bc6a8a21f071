package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JudgeErrorKindsMain}'s kinds (names invented). */
class JudgeErrorKindsTest {
    private static String kind(String err, String name, Set<String> features, List<String> missed) {
        return JudgeErrorKindsMain.fpKind(new String[] {"g", "d", err, name}, features, missed);
    }

    @Test
    void falsePositivesAreSortedByKind() {
        assertEquals("figure", kind("FP:target", "9家", Set.of(), List.of()));
        assertEquals("boundary", kind("FP", "白桦湾公园", Set.of(), List.of("白桦湾公园二期")));
        assertEquals("fragment", kind("FP", "建设白桦湾", Set.of("vstart=2"), List.of()));
        assertEquals("category", kind("FP", "二期改造项目", Set.of(), List.of()));
        assertEquals("wrong type", kind("FP", "红松材料", Set.of("type=enterprise"), List.of()));
        assertEquals("other", kind("FP", "红松材料有限公司", Set.of("type=enterprise"), List.of()));
    }

    @Test
    void featuresAreGroupedByTemplate() {
        assertEquals("lexical", JudgeErrorKindsMain.group("s1=湾"));
        assertEquals("proposer/variant", JudgeErrorKindsMain.group("vk+fs=trim2<=0"));
        assertEquals("category/commonness", JudgeErrorKindsMain.group("grp=<=4"));
        assertEquals("context", JudgeErrorKindsMain.group("x.cb1+ca1=CP"));
    }
}
