package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The alias rules that let a later report name a promised thing by a shorter or longer form: the same name
 * typed differently, a government's own name or level word in front, an inner district's name in front, a
 * place in brackets, a descriptive word inserted. All places and names are invented.
 */
class AliasRulesTest {
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType F = EntityType.FACILITY;
    private static final EntityType K = EntityType.PARK;
    private static final EntityType E = EntityType.ENTERPRISE;
    /** 东海省 (990000) › 明城市 (990100) › 青江区 (990102), 白沙区 (990103). */
    private static final Places PLACES = Places.of(List.of(
            new Place("990000", "990000", PlaceLevel.PROVINCE, "CN", "东海省", "东海", List.of()),
            new Place("990100", "990100", PlaceLevel.PREFECTURE, "990000", "明城市", "明城", List.of()),
            new Place("990102", "990102", PlaceLevel.COUNTY, "990100", "青江区", "青江", List.of()),
            new Place("990103", "990103", PlaceLevel.COUNTY, "990100", "白沙区", "白沙", List.of())));
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface, String gov) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, "d-" + gov, 2022, null,
                null, 0, 2022, Modality.REFERENCE, null, gov);
    }

    private static Resolution resolve(List<StoredMention> ms) {
        return new Resolver(PLACES).resolve(ms, Curation.NONE);
    }

    /** Each entity as its sorted names joined by "=", entities sorted and separated by spaces. */
    private static String entities(Resolution r) {
        return ResolvedNames.of(r);
    }

    private static long decisions(Resolution r, String rule, Decision.Outcome outcome) {
        return r.decisions().stream().filter(d -> d.rule().equals(rule) && d.outcome() == outcome).count();
    }

    @Test
    void oneGovernmentsSameNameTypedDifferentlyIsOneEntityOfTheMajorityType() {
        Resolution r = resolve(List.of(m(F, "明城歌剧院", "990100"), m(F, "明城歌剧院", "990100"),
                m(P, "明城歌剧院项目", "990100"), m(K, "青江智造园", "990100"), m(P, "青江智造园", "990100")));
        assertEquals("明城歌剧院=明城歌剧院项目 青江智造园", entities(r));
        assertEquals(F, r.entities().stream().filter(e -> e.label().equals("明城歌剧院")).findFirst().orElseThrow().type());
        // A tie goes to the first type in EntityType order (park before project).
        assertEquals(K, r.entities().stream().filter(e -> e.label().equals("青江智造园")).findFirst().orElseThrow().type());
        assertEquals(2, decisions(r, Resolver.OTHER_TYPE, Decision.Outcome.MERGED), r.decisions().toString());
    }

    @Test
    void aCompanyIsNotJoinedWithTheProjectNamedAfterIt() {
        Resolution r = resolve(List.of(m(E, "飞鸿电机", "990100"), m(P, "飞鸿电机项目", "990100")));
        assertEquals(2, r.entities().size(), entities(r));
    }

    @Test
    void theSameNameTypedDifferentlyByTwoGovernmentsThatAreNotNestedStaysApart() {
        Resolution r = resolve(List.of(m(F, "文化艺术中心", "990102"), m(P, "文化艺术中心", "990103")));
        assertEquals(2, r.entities().size(), entities(r));
    }

    @Test
    void theGovernmentsOwnNameOrLevelWordInFrontIsTheSameThing() {
        Resolution r = resolve(List.of(m(F, "青江儿童公园", "990102"), m(F, "区儿童公园", "990102"),
                m(F, "青江文化艺术中心", "990102"), m(F, "文化艺术中心", "990102"),
                m(F, "明城科学技术馆", "990102"), m(F, "科学技术馆", "990102"),
                m(F, "市质子治疗中心", "990100"), m(F, "质子治疗中心", "990100")));
        assertEquals("区儿童公园=青江儿童公园 市质子治疗中心=质子治疗中心 文化艺术中心=青江文化艺术中心 明城科学技术馆=科学技术馆",
                entities(r));
        assertEquals(4, decisions(r, DropPlacePrefix.NAME, Decision.Outcome.MERGED), r.decisions().toString());
    }

    @Test
    void anInnerDistrictsNameInFrontNeedsALongRest() {
        Resolution r = resolve(List.of(m(F, "青江直升机起降场", "990100"), m(F, "直升机起降场", "990100"),
                m(F, "青江图书馆", "990100"), m(F, "图书馆", "990100")));
        assertEquals("图书馆 直升机起降场=青江直升机起降场 青江图书馆", entities(r));
    }

    @Test
    void prefixesOfOtherPlacesOrOfTwoDifferentPlacesDoNotJoin() {
        // 白沙 is not inside 青江区; two prefixed names are two places' things; a level word of another level.
        Resolution r = resolve(List.of(m(F, "白沙文化艺术中心", "990102"), m(F, "文化艺术中心", "990102"),
                m(F, "青江体育训练中心", "990100"), m(F, "白沙体育训练中心", "990100"),
                m(F, "县人民公园广场", "990102"), m(F, "青江人民公园广场", "990102")));
        assertEquals(6, r.entities().size(), entities(r));
    }

    @Test
    void aLevelWordMatchingTwoDistrictsJoinsNeither() {
        Resolution r = resolve(List.of(m(F, "青江体育训练中心", "990100"), m(F, "白沙体育训练中心", "990100"),
                m(F, "体育训练中心", "990100")));
        assertEquals(3, r.entities().size(), entities(r));
        assertEquals(2, decisions(r, "ambiguous:" + DropPlacePrefix.NAME, Decision.Outcome.KEPT_APART));
    }

    @Test
    void aPlaceInBracketsMayBeLeftOutOrWrittenInFront() {
        Resolution r = resolve(List.of(m(F, "大湾区（东海）材料实验室", "990000"), m(F, "大湾区材料实验室", "990000"),
                m(F, "班列（明城）集结中心", "990100"), m(F, "明城班列集结中心", "990100"),
                m(K, "宝龙产业园（一期）", "990100"), m(K, "宝龙产业园", "990100")));
        assertEquals("大湾区材料实验室=大湾区（东海）材料实验室 宝龙产业园 宝龙产业园（一期） 明城班列集结中心=班列（明城）集结中心",
                entities(r));
        assertEquals(2, decisions(r, ParentheticalPlace.NAME, Decision.Outcome.MERGED));
    }

    @Test
    void aPlaceNameInsertedIntoANameIsTheSameThingButOtherWordsAreNot() {
        Resolution r = resolve(List.of(m(F, "汉唐故城遗址博物馆", "990000"), m(F, "汉唐明城故城遗址博物馆", "990000"),
                m(F, "东海邮政航空枢纽", "990000"), m(F, "东海邮政国际航空枢纽", "990000"),
                m(F, "明城职业技术学院", "990100"), m(F, "明城信息职业技术学院", "990100"),
                m(P, "边境经济合作区", "990000"), m(P, "边境跨境经济合作区", "990000")));
        assertEquals("东海邮政国际航空枢纽 东海邮政航空枢纽 明城信息职业技术学院 明城职业技术学院 汉唐故城遗址博物馆=汉唐明城故城遗址博物馆 "
                + "边境经济合作区 边境跨境经济合作区", entities(r));
        assertEquals(1, decisions(r, InsertedPlace.NAME, Decision.Outcome.MERGED));
    }
    @Test
    void aRestLedByADirectionAfterTheOwnNameJoinsWhenItIsLongEnough() {
        Resolution r = resolve(List.of(m(F, "青江中心城水厂", "990102"), m(F, "中心城水厂", "990102"),
                m(F, "青江东部公园", "990102"), m(F, "东部公园", "990102")));
        assertEquals("东部公园 中心城水厂=青江中心城水厂 青江东部公园", entities(r));
    }

    @Test
    void aPlaceInsertedIntoAFiveCharacterNameJoins() {
        Resolution r = resolve(List.of(m(P, "华远油电厂", "990000"), m(P, "华远明城油电厂", "990000")));
        assertEquals("华远明城油电厂=华远油电厂", entities(r));
        Resolution shortRest = resolve(List.of(m(P, "华远电厂", "990000"), m(P, "华远明城电厂", "990000")));
        assertEquals("华远明城电厂 华远电厂", entities(shortRest), "four characters are too few to tell the rest is a name");
    }
}
