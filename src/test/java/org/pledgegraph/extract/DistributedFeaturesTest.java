package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributedFeaturesTest {
    @Test
    void aClassNounAfterAListIsASimpleHead() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾水库", "青禾、白檀等大型水库", null);
        assertTrue(f.contains("dhlen=<=2"), f.toString());
        assertTrue(f.contains("dhcomp=false"), f.toString());
        assertTrue(f.contains("detc=true"), f.toString());
        assertTrue(f.contains("ditems=<=2"), f.toString());
    }

    @Test
    void aHeadOfTwoHeadsIsCompound() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾码头物流园", "青禾、白檀码头物流园", null);
        assertTrue(f.contains("dhcomp=true"), f.toString());
        assertTrue(f.contains("detc=false"), f.toString());
    }

    @Test
    void aMemberWithItsOwnSuffixIsMarked() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾大厦博物馆", "青禾大厦、白檀博物馆", null);
        assertTrue(f.contains("dmem=suffixed"), f.toString());
    }

    @Test
    void aNameAsWrittenHasNone() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾水库", "青禾水库", null);
        assertTrue(f.isEmpty(), f.toString());
    }
}
