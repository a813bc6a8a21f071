package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.text.Places;

/**
 * termini-abbreviation (a line by its two ends written out or by their first characters), placed-shortened-name
 * (a place in front and a modifier left out at once, across reports) and bracket-note (a note in brackets at the end,
 * across reports). All places and names are invented.
 */
class LineAndNoteAliasTest {
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType F = EntityType.FACILITY;
    private static final String GOV = "990100";
    /** 东海省 (990000) › 明城市 (990100) › 青江区 (990102). */
    private static final Places PLACES = Places.of(List.of(
            new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
            new Place("990100", "990100", PlaceLevel.PREFECTURE, "990000", "明城市", "明城", List.of()),
            new Place("990102", "990102", PlaceLevel.COUNTY, "990100", "青江区", "青江", List.of())));
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface, int year) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, "d-" + year, year, null,
                null, 0, year, Modality.COMMITMENT, null, GOV);
    }

    private static String entities(List<StoredMention> ms) {
        return ResolvedNames.of(new Resolver(PLACES).resolve(ms, Curation.NONE));
    }

    @Test
    void aLineNamedByItsEndsIsTheLineNamedByTheirFirstCharacters() {
        assertEquals("云岭至白鹿铁路=云白铁路", entities(List.of(m(P, "云岭至白鹿铁路", 2022), m(P, "云白铁路", 2023))));
        // one report may write both forms
        assertEquals("石江航道=石门至江川航道", entities(List.of(m(P, "石门至江川航道", 2022), m(P, "石江航道", 2022))));
        // 高铁 and 铁路 are one word in this form
        assertEquals("云岭至白鹿铁路=云白高铁", entities(List.of(m(P, "云岭至白鹿铁路", 2022), m(P, "云白高铁", 2023))));
        assertEquals("云岭至白鹿高速铁路=云白铁路", entities(List.of(m(P, "云岭至白鹿高速铁路", 2022), m(P, "云白铁路", 2023))));
    }

    @Test
    void otherEndsOrOtherKindsOfLineStayApart() {
        assertEquals("云岭至白鹿铁路 云鹿铁路", entities(List.of(m(P, "云岭至白鹿铁路", 2022), m(P, "云鹿铁路", 2023))));
        assertEquals("云岭至白鹿铁路 云白高速", entities(List.of(m(P, "云岭至白鹿铁路", 2022), m(P, "云白高速", 2023))));
        // two short forms of one pair of ends are not joined with each other (only through the written-out name)
        assertEquals("云白铁路 云白高速", entities(List.of(m(P, "云白高速", 2022), m(P, "云白铁路", 2023))));
        // a tail of one character is a section, not a line; a stretch of works is no line either
        assertEquals("云岭至白鹿段 云白段", entities(List.of(m(P, "云岭至白鹿段", 2022), m(P, "云白段", 2023))));
        assertEquals("云岭至白鹿段改造工程 云白段改造工程",
                entities(List.of(m(P, "云岭至白鹿段改造工程", 2022), m(P, "云白段改造工程", 2023))));
        // directions as the short form name a road of their own; so does a place's name
        assertEquals("东山至西岭快速路 东西快速路", entities(List.of(m(P, "东山至西岭快速路", 2022), m(P, "东西快速路", 2023))));
        assertEquals("明城铁路 明山至城关铁路", entities(List.of(m(P, "明山至城关铁路", 2022), m(P, "明城铁路", 2023))));
    }

    @Test
    void aPlaceInFrontAndAModifierInsideMayGoTogetherAcrossReports() {
        assertEquals("北部物流枢纽=明城北部综合物流枢纽",
                entities(List.of(m(F, "明城北部综合物流枢纽", 2022), m(F, "北部物流枢纽", 2023))));
        assertEquals("海洋装备产业服务中心=青江海洋装备技术产业服务中心",
                entities(List.of(m(F, "青江海洋装备技术产业服务中心", 2022), m(F, "海洋装备产业服务中心", 2023))));
        // in one report: two things
        assertEquals("北部物流枢纽 明城北部综合物流枢纽",
                entities(List.of(m(F, "明城北部综合物流枢纽", 2022), m(F, "北部物流枢纽", 2022))));
        // not a place of the table in front
        assertEquals("北部物流枢纽 白沙北部综合物流枢纽",
                entities(List.of(m(F, "白沙北部综合物流枢纽", 2022), m(F, "北部物流枢纽", 2023))));
        // too little of the rest kept (a whole name of its own left out)
        assertEquals("明城海洋装备产业加速器园区 海洋装备园区",
                entities(List.of(m(F, "明城海洋装备产业加速器园区", 2022), m(F, "海洋装备园区", 2023))));
        // a direction after a district's name is the district's, not the city's
        assertEquals("北部物流枢纽 青江区北部综合物流枢纽",
                entities(List.of(m(F, "青江区北部综合物流枢纽", 2022), m(F, "北部物流枢纽", 2023))));
        // a numeral left out still tells two things apart
        assertEquals("北部物流枢纽 明城北部二号物流枢纽",
                entities(List.of(m(F, "明城北部二号物流枢纽", 2022), m(F, "北部物流枢纽", 2023))));
    }

    @Test
    void aNoteInBracketsAtTheEndIsLeftOutAcrossReports() {
        assertEquals("农业技术推广中心=农业技术推广中心（滨湖地区）",
                entities(List.of(m(F, "农业技术推广中心（滨湖地区）", 2022), m(F, "农业技术推广中心", 2023))));
        assertEquals("青江妇幼保健院=青江妇幼保健院（儿童医院）",
                entities(List.of(m(F, "青江妇幼保健院", 2022), m(F, "青江妇幼保健院（儿童医院）", 2023))));
        assertEquals("农业技术推广中心 农业技术推广中心（滨湖地区）",
                entities(List.of(m(F, "农业技术推广中心（滨湖地区）", 2022), m(F, "农业技术推广中心", 2022))));
        // a part in brackets is not a note
        assertEquals("青江妇幼保健院 青江妇幼保健院（东院区）",
                entities(List.of(m(F, "青江妇幼保健院", 2022), m(F, "青江妇幼保健院（东院区）", 2023))));
        assertEquals("青江妇幼保健院 青江妇幼保健院（3号楼）",
                entities(List.of(m(F, "青江妇幼保健院", 2022), m(F, "青江妇幼保健院（3号楼）", 2023))));
        assertEquals("青江妇幼保健院 青江妇幼保健院（分院）",
                entities(List.of(m(F, "青江妇幼保健院", 2022), m(F, "青江妇幼保健院（分院）", 2023))));
        assertEquals("明城理工学院 明城理工学院（新校区）",
                entities(List.of(m(F, "明城理工学院", 2022), m(F, "明城理工学院（新校区）", 2023))));
        assertEquals("明城污水处理厂 明城污水处理厂（扩建）",
                entities(List.of(m(F, "明城污水处理厂", 2022), m(F, "明城污水处理厂（扩建）", 2023))));
    }

    /** An entity key without its government qualifier. */
    private static String bare(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    @Test
    void aPhaseIsPartOfAWholeNamedOnlyWithThePlaceInFront() {
        EntityType k = EntityType.PARK;
        List<Relation> rs = new Resolver(PLACES).resolve(List.of(m(k, "明城海湾智造产业园", 2022),
                m(k, "海湾智造产业园（一期）", 2023)), Curation.NONE).relations();
        assertEquals("海湾智造产业园一期 PART_OF 明城海湾智造产业园", rs.stream().map(r -> bare(r.subject().key()) + " "
                + r.kind() + " " + bare(r.object().key())).collect(Collectors.joining("; ")));
        // no place of the government in front: no whole
        assertEquals(List.of(), new Resolver(PLACES).resolve(List.of(m(k, "白沙海湾智造产业园", 2022),
                m(k, "海湾智造产业园一期", 2023)), Curation.NONE).relations());
    }
}
