package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;

/**
 * The rules that join a later report's shorter or longer form of a name (shortened-name, added-prefix) only
 * across reports of nearby years, and the punctuation variant everywhere. All names are invented.
 */
class CrossReportAliasTest {
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType F = EntityType.FACILITY;
    private static final EntityType K = EntityType.PARK;
    private static final String GOV = "990100";
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface, int year) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, "d-" + year, year, null,
                null, 0, year, Modality.COMMITMENT, null, GOV);
    }

    private static String entities(List<StoredMention> ms) {
        return ResolvedNames.of(new Resolver().resolve(ms, Curation.NONE));
    }

    @Test
    void aModifierOrAbbreviationLeftOutNextYearIsTheSameThing() {
        assertEquals("东湖水系优化连通工程=东湖水系连通工程",
                entities(List.of(m(P, "东湖水系优化连通工程", 2022), m(P, "东湖水系连通工程", 2023))));
        assertEquals("明城国际货运枢纽=明城货运枢纽", entities(List.of(m(F, "明城国际货运枢纽", 2022), m(F, "明城货运枢纽", 2023))));
        assertEquals("青江环城高速公路改造=青江环高改造",
                entities(List.of(m(P, "青江环城高速公路改造", 2022), m(P, "青江环高改造", 2023))));
        // A parent zone's name left out, aligned on the later of two equal characters.
        assertEquals("白鹭湾北岸园区=白鹭湾海岸协作区北岸园区",
                entities(List.of(m(K, "白鹭湾海岸协作区北岸园区", 2022), m(K, "白鹭湾北岸园区", 2023))));
    }

    @Test
    void aCrossYearCopyInTheOtherReportDoesNotKeepTheFormsApart() {
        // the cross-year pass found 2022's form written in 2023 too: 2023 kept only the shorter form on its own
        StoredMention copy = new StoredMention("m:900", P, "东湖水系优化连通工程", "d-2023", 2023, null, null, 0, 2023,
                Modality.REFERENCE, null, GOV, true);
        assertEquals("东湖水系优化连通工程=东湖水系连通工程",
                entities(List.of(m(P, "东湖水系优化连通工程", 2022), m(P, "东湖水系连通工程", 2023), copy)));
    }

    @Test
    void twoFormsInOneReportOrYearsApartStayApart() {
        assertEquals("东湖水系优化连通工程 东湖水系连通工程",
                entities(List.of(m(P, "东湖水系优化连通工程", 2022), m(P, "东湖水系连通工程", 2022))));
        assertEquals("东湖水系优化连通工程 东湖水系连通工程",
                entities(List.of(m(P, "东湖水系优化连通工程", 2016), m(P, "东湖水系连通工程", 2023))));
    }

    @Test
    void numbersPhasesBranchesAndKindsAreNotLeftOut() {
        assertEquals("青江轨道13号线延伸 青江轨道3号线延伸",
                entities(List.of(m(P, "青江轨道13号线延伸", 2022), m(P, "青江轨道3号线延伸", 2023))));
        assertEquals("明城港区二期 明城港区集装箱码头东区二期",
                entities(List.of(m(P, "明城港区集装箱码头东区二期", 2022), m(P, "明城港区二期", 2023))));
        assertEquals("明城外国语学校 明城外国语学校青江学校",
                entities(List.of(m(F, "明城外国语学校", 2022), m(F, "明城外国语学校青江学校", 2023))));
        assertEquals("国际交流中心 国际青年交流中心",
                entities(List.of(m(F, "国际交流中心", 2022), m(F, "国际青年交流中心", 2023))));
        // a kind of school left out names another school
        assertEquals("明城技术大学 明城职业技术大学",
                entities(List.of(m(F, "明城职业技术大学", 2022), m(F, "明城技术大学", 2023))));
        assertEquals("青江科技学院 青江科技师范学院",
                entities(List.of(m(F, "青江科技师范学院", 2022), m(F, "青江科技学院", 2023))));
    }

    @Test
    void aCommonWordWhoseLevelOrDirectionCharacterIsNeitherMayBeLeftOut() {
        // 都市, 中央, 区域, 市政, 片区: the 市, 中 or 区 inside them is no level and no direction.
        assertEquals("青江滨河绿道=青江滨河都市绿道", entities(List.of(m(P, "青江滨河都市绿道", 2022), m(P, "青江滨河绿道", 2023))));
        assertEquals("明城中央文化区=明城文化区",
                entities(List.of(m(K, "明城中央文化区", 2022), m(K, "明城文化区", 2023))));
        assertEquals("明城区域科创中心=明城科创中心", entities(List.of(m(F, "明城科创中心", 2022), m(F, "明城区域科创中心", 2023))));
        assertEquals("东湖滨江大道=东湖滨江市政大道",
                entities(List.of(m(P, "东湖滨江市政大道", 2022), m(P, "东湖滨江大道", 2023))));
        assertEquals("白鹭湾片区生态修复=白鹭湾生态修复项目",
                entities(List.of(m(P, "白鹭湾片区生态修复", 2022), m(P, "白鹭湾生态修复项目", 2023))));
        // Contrasts: the same characters as a level, a direction or a district's name still tell two things apart.
        assertEquals("明城人民医院 明城市人民医院", entities(List.of(m(F, "明城市人民医院", 2022), m(F, "明城人民医院", 2023))));
        assertEquals("明城国际中商务区 明城国际商务区",
                entities(List.of(m(K, "明城国际中商务区", 2022), m(K, "明城国际商务区", 2023))));
        assertEquals("青江滨河东区绿道 青江滨河绿道", entities(List.of(m(P, "青江滨河东区绿道", 2022), m(P, "青江滨河绿道", 2023))));
        // Still only across reports.
        assertEquals("青江滨河绿道 青江滨河都市绿道", entities(List.of(m(P, "青江滨河都市绿道", 2022), m(P, "青江滨河绿道", 2022))));
    }

    @Test
    void aQualifierInFrontIsJoinedAcrossReportsOnly() {
        assertEquals("嘉禾精细材料产业园=精细材料产业园",
                entities(List.of(m(K, "嘉禾精细材料产业园", 2022), m(K, "精细材料产业园", 2023))));
        assertEquals("嘉禾精细材料产业园 精细材料产业园",
                entities(List.of(m(K, "嘉禾精细材料产业园", 2022), m(K, "精细材料产业园", 2022))));
        // A short rest is a kind, not a name.
        assertEquals("湾北产业园 青江湾北产业园", entities(List.of(m(K, "青江湾北产业园", 2022), m(K, "湾北产业园", 2023))));
    }

    @Test
    void aDashOfAnotherWidthIsTheSameNameEvenInOneReport() {
        assertEquals("东湖—西岭片区=东湖－西岭片区", entities(List.of(m(P, "东湖—西岭片区", 2022),
                m(P, "东湖－西岭片区", 2022))));
        assertEquals("东湖-西岭片区=东湖—西岭片区", entities(List.of(m(P, "东湖—西岭片区", 2022),
                m(P, "东湖-西岭片区", 2023))));
    }

    @Test
    void theJoinsDoNotDependOnInputOrder() {
        List<StoredMention> ms = new ArrayList<>(List.of(m(P, "东湖水系优化连通工程", 2022), m(P, "东湖水系连通工程", 2023),
                m(K, "嘉禾精细材料产业园", 2022), m(K, "精细材料产业园", 2023), m(F, "明城国际货运枢纽", 2022),
                m(F, "明城货运枢纽", 2023), m(F, "明城国际物流货运枢纽", 2024)));
        var expected = new Resolver().resolve(ms, Curation.NONE);
        for (int seed = 0; seed < 5; seed++) {
            List<StoredMention> shuffled = new ArrayList<>(ms);
            Collections.shuffle(shuffled, new Random(seed));
            var r = new Resolver().resolve(shuffled, Curation.NONE);
            assertEquals(expected.entities(), r.entities());
            assertEquals(expected.decisions(), r.decisions());
        }
    }
}
