package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/** Clause fragments, the home-place feature and the rank/list-head features (names and places invented). */
class ClauseFragmentsTest {
    @Test
    void aVerbAtTheStartOrInsideACountOrADoubledHeadIsAFragment() {
        assertNotNull(ClauseFragments.reason("通车白桦隧道"));
        assertNotNull(ClauseFragments.reason("申建青江自由贸易试验区"));
        assertNotNull(ClauseFragments.reason("红松湾成为首批示范区"));
        assertNotNull(ClauseFragments.reason("白桦3个街道文体中心"));
        assertNotNull(ClauseFragments.reason("白桦高铁高铁"));
        assertEquals("starts with the verb 开放", ClauseFragments.reason("开放白桦美术馆"));
    }

    @Test
    void namesWithTheSameWordsInsideAreKept() {
        assertNull(ClauseFragments.reason("白桦隧道"));
        assertNull(ClauseFragments.reason("青江开放大学")); // 开放 only at the start is the clause's verb
        assertNull(ClauseFragments.reason("红松河综合整治工程"));
        assertNull(ClauseFragments.reason("白桦城市管理中心"));
        assertNull(ClauseFragments.reason("白桦“一张网”平台"));
        assertNull(ClauseFragments.reason("白桦T7项目"));
    }

    @Test
    void aPlaceStartIsOwnOrOther() {
        Places places = Places.of(List.of(
                new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
                new Place("990100", "990100", PlaceLevel.PREFECTURE, "990000", "青江市", "青江", List.of()),
                new Place("980000", "980000", PlaceLevel.PROVINCE, "CN", "西岭省", "西岭", List.of())));
        Place home = places.get("990100").orElseThrow();
        assertEquals("own", HomeFeatures.relation("青江科技大学", places, home));
        assertEquals("own", HomeFeatures.relation("东海省人民医院", places, home)); // the home's province
        assertEquals("other", HomeFeatures.relation("西岭大学", places, home));
        assertEquals("none", HomeFeatures.relation("白桦大学", places, home));
        assertEquals("unknown", HomeFeatures.relation("西岭大学", places, null));
    }

    @Test
    void rankWordsAndTheListHeadAreSeen() {
        List<String> f = new ArrayList<>();
        JunkFeatures.quality(f, "世界一流研究型");
        assertTrue(f.contains("qcat=all"), f.toString());
        f.clear();
        JunkFeatures.quality(f, "白桦湾");
        assertTrue(f.isEmpty(), f.toString());
        String t = "推进白桦、红松等行业改造。";
        JunkFeatures.listHead(f, t, t.indexOf("红松") + 2, t.length() - 1);
        assertTrue(f.contains("lhead=行业"), f.toString());
    }
}
