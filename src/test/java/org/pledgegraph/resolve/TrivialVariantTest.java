package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The trivial variants a later report writes for a promised thing (the gold format's 项目/工程, the government's
 * prefix, a phase or section): in the name key, across types, and as parts. All places and names are invented.
 */
class TrivialVariantTest {
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType F = EntityType.FACILITY;
    private static final EntityType K = EntityType.PARK;
    private static final EntityType R = EntityType.ROAD;
    private static final EntityType E = EntityType.ENTERPRISE;
    /** 东海省 (990000) › 明城市 (990100) › 青江区 (990102), 白沙区 (990103). */
    private static final Places PLACES = Places.of(List.of(
            new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
            new Place("990100", "990100", PlaceLevel.PREFECTURE, "990000", "明城市", "明城", List.of()),
            new Place("990102", "990102", PlaceLevel.COUNTY, "990100", "青江区", "青江", List.of()),
            new Place("990103", "990103", PlaceLevel.COUNTY, "990100", "白沙区", "白沙", List.of())));
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface, int year, String gov) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, "d-" + gov + "-" + year,
                year, null, null, 0, year, Modality.COMMITMENT, null, gov);
    }

    private StoredMention m(EntityType type, String surface, int year) {
        return m(type, surface, year, "990102");
    }

    private static Resolution resolve(List<StoredMention> ms) {
        return new Resolver(PLACES).resolve(ms, Curation.NONE);
    }

    private static String entities(Resolution r) {
        return ResolvedNames.of(r);
    }

    private static String relations(Resolution r) {
        return r.relations().stream().map(x -> x.subject().key() + " " + x.kind() + " " + x.object().key()).map(x -> x.replace("990102|", "")).sorted()
                .collect(Collectors.joining("; "));
    }

    @Test
    void theNameKeyDropsTrivialSpellings() {
        assertEquals("77号线", NameKey.of("轨道77号线"));
        assertEquals("77号线一期", NameKey.of("地铁77号线（一期）"));
        assertEquals("77号线支线", NameKey.of("轨道交通77号线支线"));
        assertEquals("青禾大道北段", NameKey.of("青禾大道（北段）"));
        assertEquals("青禾大道北延", NameKey.of("青禾大道北延段"));
        assertEquals("东禾城际", NameKey.of("东禾城际线"));
        assertEquals("青禾码头（口岸）", NameKey.of("青禾码头工程（口岸）"));
        assertEquals("青禾海事学院", NameKey.of("青禾海事学院（筹）"));
        assertEquals("青禾快速路三期甲村至乙村段", NameKey.of("青禾快速路三期（甲村至乙村段）"));
        // Not a line number, not a phase or section: kept.
        assertEquals("轨道交通枢纽", NameKey.of("轨道交通枢纽"));
        assertEquals("青禾大学（明城）", NameKey.of("青禾大学（明城）"));
        assertEquals("青禾大道", NameKey.of("青禾大道项目"));
    }

    @Test
    void aLineNamedWithOrWithoutItsModeWordIsOneEntityWhateverItsType() {
        Resolution r = resolve(List.of(m(P, "77号线", 2022), m(R, "轨道77号线", 2023), m(R, "地铁77号线", 2023)));
        assertEquals("77号线=地铁77号线=轨道77号线", entities(r));
    }

    @Test
    void aRuleJoinsNamesTheRecognisersTypedDifferently() {
        // The government's own name in front, a park one year and a facility the next.
        Resolution r = resolve(List.of(m(K, "青江氢能科技城", 2022), m(F, "氢能科技城", 2023), m(F, "氢能科技城", 2023)));
        assertEquals("氢能科技城=青江氢能科技城", entities(r));
        assertEquals(F, r.entities().get(0).type());
        // Enterprises never move to another type.
        Resolution e = resolve(List.of(m(E, "青江禾丰", 2022), m(P, "禾丰", 2023)));
        assertEquals(2, e.entities().size(), entities(e));
    }

    @Test
    void theGovernmentWrittenWithItsCityInFrontOrInAnotherFormIsTheSamePrefix() {
        Resolution r = resolve(List.of(m(F, "明城（青江）数字服务平台", 2023), m(F, "数字服务平台", 2022),
                m(F, "明城市少年射箭训练基地", 2022), m(F, "明城少年射箭训练基地", 2023)));
        assertEquals("数字服务平台=明城（青江）数字服务平台 明城少年射箭训练基地=明城市少年射箭训练基地", entities(r));
        // The city's name alone in front of the district's: not the district itself (the city's thing).
        Resolution other = resolve(List.of(m(F, "明城市青江少年射箭训练基地", 2022), m(F, "明城白沙少年射箭训练基地", 2023)));
        assertEquals(2, other.entities().size(), entities(other));
    }

    @Test
    void aSectionOrAPhaseIsPartOfTheWholeSomeReportNames() {
        Resolution r = resolve(List.of(m(R, "青禾大道", 2022), m(R, "青禾大道西段", 2023),
                m(P, "东禾输气管道二线", 2022), m(P, "东禾输气管道二线明城段", 2023),
                m(P, "青禾污水处理", 2022), m(P, "青禾污水处理项目一期", 2023),
                m(P, "青禾储气库二期", 2022), m(P, "青禾储气库二期扩建", 2023)));
        String rel = relations(r);
        assertTrue(rel.contains("青禾大道西段 PART_OF 青禾大道"), rel);
        assertTrue(rel.contains("东禾输气管道二线明城段 PART_OF 东禾输气管道二线"), rel);
        assertTrue(rel.contains("青禾污水处理项目一期 PART_OF 青禾污水处理"), rel);
        assertTrue(rel.contains("青禾储气库二期扩建 PART_OF 青禾储气库二期"), rel);
        // No whole named: no part.
        assertEquals("", relations(resolve(List.of(m(R, "青禾大道西段", 2023)))));
    }
}
