package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JointFeaturesTest {
    @Test
    void aFieldBeforeTheJointIsPlain() {
        List<String> f = new ArrayList<>();
        JointFeatures.add(f, "青禾材料和白檀器件交易中心", "ext1/和", null);
        assertTrue(f.contains("jl=plain"), f.toString());
        assertTrue(f.contains("jl+j=plain和"), f.toString());
    }

    @Test
    void aNameBeforeTheJointIsSuffixed() {
        List<String> f = new ArrayList<>();
        JointFeatures.add(f, "青禾公园和白檀中心", "ext1/和", null);
        assertTrue(f.contains("jl=suffixed"), f.toString());
    }

    @Test
    void otherVariantsHaveNone() {
        List<String> f = new ArrayList<>();
        JointFeatures.add(f, "青禾公园和白檀中心", "trim2", null);
        JointFeatures.add(f, "青禾公园和白檀中心", "ext1/bracket", null);
        assertTrue(f.isEmpty(), f.toString());
    }
}
