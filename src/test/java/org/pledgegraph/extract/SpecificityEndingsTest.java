package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecificityEndingsTest {
    @Test
    void countsLongerNamesEndingWithTheName() {
        Specificity s = Specificity.of(Map.of("青禾算力中心", 4, "白檀算力中心", 3, "算力中心", 5, "青禾大学", 3), 3);
        assertEquals(2, s.modifiedBy("算力中心"));
        assertEquals(2, s.modifiedBy("算力中心项目"));
        assertEquals(0, s.modifiedBy("青禾大学"));
        assertEquals(0, s.modifiedBy("紫苑算力中心"));
    }

    @Test
    void namesUnderTheMinimumDoNotCount() {
        Specificity s = Specificity.of(Map.of("青禾算力中心", 2, "白檀算力中心", 3), 3);
        assertEquals(1, s.modifiedBy("算力中心"));
    }
}
