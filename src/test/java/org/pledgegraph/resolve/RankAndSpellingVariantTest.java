package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.text.Places;

/**
 * More trivial variants of one name across a government's reports: a rank word in front, a place inside the
 * government before a four-character name, a middle dot or the letters' case, 高速公路 for 高速. Invented names.
 */
class RankAndSpellingVariantTest {
    private static final EntityType F = EntityType.FACILITY;
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType R = EntityType.ROAD;
    /** 东海省 (990000) › 明城市 (990100) › 青江县 (990102). */
    private static final Places PLACES = Places.of(List.of(
            new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
            new Place("990100", "990100", PlaceLevel.PREFECTURE, "990000", "明城市", "明城", List.of()),
            new Place("990102", "990102", PlaceLevel.COUNTY, "990100", "青江县", "青江", List.of())));
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface, int year) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, "d-" + year, year, null,
                null, 0, year, Modality.COMMITMENT, null, "990000");
    }

    private static String entities(List<StoredMention> ms) {
        return ResolvedNames.of(new Resolver(PLACES).resolve(ms, Curation.NONE));
    }

    @Test
    void aRankWordLeftOutOrWrittenInAnotherFormIsTheSameThing() {
        assertEquals("国家深蓝观测中心=深蓝观测中心", entities(List.of(m(F, "国家深蓝观测中心", 2024), m(F, "深蓝观测中心", 2025))));
        assertEquals("国家水上游憩中心=国家级水上游憩中心",
                entities(List.of(m(F, "国家级水上游憩中心", 2024), m(F, "国家水上游憩中心", 2025))));
        assertEquals("区属青禾特教学校=区青禾特教学校", entities(List.of(m(F, "区属青禾特教学校", 2024), m(F, "区青禾特教学校", 2025))));
        assertEquals("一网统管平台=省一网统管平台", entities(List.of(m(F, "省一网统管平台", 2024), m(F, "一网统管平台", 2025))));
    }

    @Test
    void twoRanksOrALeftOutCityRankAreTwoThings() {
        assertEquals("国家深蓝观测中心 省深蓝观测中心",
                entities(List.of(m(F, "国家深蓝观测中心", 2024), m(F, "省深蓝观测中心", 2025))));
        assertEquals("市第九人民医院 第九人民医院", entities(List.of(m(F, "市第九人民医院", 2024), m(F, "第九人民医院", 2025))));
        // One report writing both: two things.
        assertEquals("国家深蓝观测中心 深蓝观测中心", entities(List.of(m(F, "国家深蓝观测中心", 2024), m(F, "深蓝观测中心", 2024))));
    }

    @Test
    void anInnerPlaceBeforeAFourCharacterNameIsJoinedOnlyAcrossReports() {
        assertEquals("明城禾苑水库=禾苑水库", entities(List.of(m(F, "明城禾苑水库", 2024), m(F, "禾苑水库", 2025))));
        assertEquals("明城禾苑水库 禾苑水库", entities(List.of(m(F, "明城禾苑水库", 2024), m(F, "禾苑水库", 2024))));
        // A word that is no place of the government in front: not joined.
        assertEquals("北山禾苑水库 禾苑水库", entities(List.of(m(F, "北山禾苑水库", 2024), m(F, "禾苑水库", 2025))));
    }

    @Test
    void aMiddleDotOrTheLettersCaseTellsNothingApart() {
        assertEquals("青禾·云谷=青禾云谷", entities(List.of(m(P, "青禾·云谷", 2024), m(P, "青禾云谷", 2025))));
        assertEquals("星禾COCO Park=星禾CocoPark", entities(List.of(m(P, "星禾CocoPark", 2024), m(P, "星禾COCO Park", 2025))));
    }

    @Test
    void aMotorwayOrANumberedHighwayWrittenLongOrShortIsOneRoad() {
        assertEquals("青禾高速", NameKey.of("青禾高速公路"));
        assertEquals("G777", NameKey.of("G777公路"));
        assertEquals("青禾公路", NameKey.of("青禾公路"));
        assertEquals("青禾高速=青禾高速公路", entities(List.of(m(R, "青禾高速", 2024), m(R, "青禾高速公路", 2025))));
    }
}
