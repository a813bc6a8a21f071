package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;

/** The bundled place table: codes, short names, levels, parents, and names resolved with their ancestors. */
class PlacesTest {
    private static Places places;

    @BeforeAll
    static void load() {
        places = Places.bundled();
    }

    @Test
    void holdsEveryLevelDownToTowns() {
        assertTrue(places.all().size() > 44_000, "size " + places.all().size());
        Place beiguan = places.get("410503").orElseThrow();
        assertEquals("北关区", beiguan.name());
        assertEquals("北关", beiguan.shortName());
        assertEquals(PlaceLevel.COUNTY, beiguan.level());
        assertEquals("410500", beiguan.parent());
        assertEquals(PlaceLevel.TOWN, places.get("410503100").orElseThrow().level());
    }

    @Test
    void shortNamesDropLevelWordsAndEthnicGroups() {
        assertEquals("清苑", only("清苑区").shortName());
        assertEquals("河南", only("河南省").shortName());
        assertEquals("深圳", only("深圳市").shortName());
        assertEquals("恩施", only("恩施土家族苗族自治州").shortName());
        assertEquals("新疆", only("新疆维吾尔自治区").shortName());
        assertEquals("广西", only("广西壮族自治区").shortName());
        assertEquals("滑县", only("滑县").shortName(), "one character is not a name");
    }

    @Test
    void namesResolveWithTheirAncestorsAndFormerNames() {
        assertEquals(Optional.empty(), places.resolve("朝阳区"), "two 朝阳区");
        assertEquals("110105", places.resolve("北京市朝阳区").orElseThrow().id());
        assertEquals("410503", places.resolve("安阳市北关区").orElseThrow().id());
        assertEquals("410503", places.resolve("河南省安阳市北关区").orElseThrow().id());
        assertEquals("440310", places.resolve("坪山新区").orElseThrow().id(), "former name of 坪山区");
        assertEquals("440300-dapeng", places.resolve("深圳市大鹏新区").orElseThrow().id(), "uncoded functional area");
        assertEquals("CN", places.resolve("中华人民共和国").orElseThrow().id());
        assertTrue(places.within("410503100", "410000"));
        assertFalse(places.nested("440303", "440304"), "two districts of one city");
    }

    private static Place only(String name) {
        assertEquals(1, places.named(name).size(), name);
        return places.named(name).get(0);
    }
}
