package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributedFeaturesTest {
    @Test
    void aClassNounAfterAListIsASimpleHead() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾水库", "facility", "青禾、白檀等大型水库", null);
        assertTrue(f.contains("dhlen=<=2"), f.toString());
        assertTrue(f.contains("dhcomp=false"), f.toString());
        assertTrue(f.contains("detc=true"), f.toString());
        assertTrue(f.contains("ditems=<=2"), f.toString());
    }

    @Test
    void aHeadOfTwoHeadsIsCompound() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾码头物流园", "facility", "青禾、白檀码头物流园", null);
        assertTrue(f.contains("dhcomp=true"), f.toString());
        assertTrue(f.contains("detc=false"), f.toString());
    }

    @Test
    void aMemberWithItsOwnSuffixIsMarked() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾大厦博物馆", "facility", "青禾大厦、白檀博物馆", null);
        assertTrue(f.contains("dmem=suffixed"), f.toString());
    }

    @Test
    void membersEndingAlikeKeepTheirLastCharacter() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾县产业园", "park", "青禾县、白檀县产业园", null);
        assertTrue(f.contains("dhlen=<=3"), "head 产业园, not 县产业园: " + f);
        assertTrue(f.contains("dmem=place"), "member 青禾县: " + f);
        assertEquals(3, DistributedFeatures.headLength("青禾县产业园", "青禾县、白檀县产业园"));
        assertEquals(2, DistributedFeatures.headLength("东湖水库", "东湖、西湖水库"));
        assertEquals(2, DistributedFeatures.headLength("青禾水库", "青禾、白檀等大型水库"));
    }

    @Test
    void aStreetNamedMemberIsAPlaceNotASuffixedThing() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾路社区卫生服务中心", "facility", "青禾路、白檀路社区卫生服务中心", null);
        assertTrue(f.contains("dmem=place"), f.toString());
        assertTrue(f.contains("dmem+t=placefacility"), f.toString());
        assertTrue(DistributedFeatures.placeNamed("白檀大道"));
        assertTrue(DistributedFeatures.placeNamed("青禾街道"));
        assertFalse(DistributedFeatures.placeNamed("青禾高新区"), "a park's own suffix");
        assertFalse(DistributedFeatures.placeNamed("青禾小镇"), "a facility's own suffix");
        assertFalse(DistributedFeatures.placeNamed("路"));
    }

    @Test
    void aNameAsWrittenHasNone() {
        List<String> f = new ArrayList<>();
        DistributedFeatures.add(f, "青禾水库", "facility", "青禾水库", null);
        assertTrue(f.isEmpty(), f.toString());
    }
}
