package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;

class ResolverTest {
    private static final EntityType P = EntityType.PROJECT;
    private static final EntityType F = EntityType.FACILITY;
    private static final EntityType E = EntityType.ENTERPRISE;
    private static final EntityType R = EntityType.ROAD;
    private final AtomicInteger seq = new AtomicInteger();

    private StoredMention m(EntityType type, String surface) {
        return m(type, surface, "d1", 0);
    }

    private StoredMention m(EntityType type, String surface, String doc, int sentence) {
        return new StoredMention(String.format("m:%03d", seq.incrementAndGet()), type, surface, doc, 2022, null, null,
                sentence, 2022, Modality.REFERENCE, null);
    }

    /** Entities as "type:label[alt,…]" strings, sorted. */
    private static String entities(Resolution r) {
        return r.entities().stream().map(e -> e.type().key() + ":" + e.label()
                + (e.altLabels().isEmpty() ? "" : e.altLabels().toString())).sorted().collect(Collectors.joining(" "));
    }

    private static String relations(Resolution r) {
        return r.relations().stream().map(Relation::toString).sorted().collect(Collectors.joining("; "));
    }

    private static Resolution resolve(List<StoredMention> ms) {
        return new Resolver().resolve(ms, Curation.NONE);
    }

    private static Resolution resolve(List<StoredMention> ms, String... curationLines) {
        return new Resolver().resolve(ms, Curation.parse("curation.tsv", List.of(curationLines)));
    }

    @Test
    void mergesNameWithAndWithoutTrailingProjectWord() {
        Resolution r = resolve(List.of(m(P, "东城医院迁建项目"), m(P, "东城医院迁建"), m(P, "“东城医院迁建”工程")));
        assertEquals("project:东城医院迁建[“东城医院迁建”工程, 东城医院迁建项目]", entities(r));
        assertTrue(r.decisions().stream().allMatch(d -> d.rule().equals("same-normalised-name")), r.decisions().toString());
    }

    @Test
    void mergesAbbreviationThatDropsAnAdministrativePrefix() {
        Resolution r = resolve(List.of(m(F, "东城区人民医院项目"), m(F, "东城区人民医院"), m(F, "区人民医院项目")));
        assertEquals(1, r.entities().size(), entities(r));
        Decision d = r.decisions().stream().filter(x -> x.rule().equals("drop-admin-prefix")).findFirst().orElseThrow();
        assertEquals(Decision.Outcome.MERGED, d.outcome());
        assertEquals(0.9, d.score());
        assertEquals("东城区人民医院 | 区人民医院", d.leftName() + " | " + d.rightName());
    }

    @Test
    void abbreviationMatchingTwoDistrictsMergesWithNeither() {
        Resolution r = resolve(List.of(m(F, "东城区人民医院"), m(F, "西城区人民医院"), m(F, "区人民医院")));
        assertEquals(3, r.entities().size(), entities(r));
        assertEquals(2, r.decisions().stream().filter(d -> d.rule().equals("ambiguous:drop-admin-prefix")
                && d.outcome() == Decision.Outcome.KEPT_APART).count());
    }

    @Test
    void commonWordsEndingInDistrictAreNotAdministrativePrefixes() {
        Resolution r = resolve(List.of(m(P, "老旧小区燃气改造工程"), m(P, "区燃气改造工程")));
        assertEquals(2, r.entities().size(), entities(r));
    }

    @Test
    void mergesWordingVariantsWithTheSameHead() {
        Resolution r = resolve(List.of(m(F, "省级机器人检测中心"), m(F, "省级机器人检验检测中心"),
                m(P, "建筑企业总部二期"), m(P, "建筑业总部二期")));
        assertEquals("facility:省级机器人检验检测中心[省级机器人检测中心] project:建筑企业总部二期[建筑业总部二期]", entities(r));
        assertTrue(r.decisions().stream().anyMatch(d -> d.rule().equals("wording-variant") && d.score() >= 0.85));
    }

    @Test
    void mergesAbbreviatedWordsButNotAddedModifiers() {
        Resolution r = resolve(List.of(m(P, "跨境电商综合试验区"), m(P, "跨境电子商务综合试验区"),
                m(P, "边境经济合作区"), m(P, "边境跨境经济合作区"), m(P, "重大装备专项"), m(P, "重大短板装备专项"),
                m(F, "推开公立医院"), m(F, "推开县级公立医院")));
        assertEquals(7, r.entities().size(), entities(r));
    }

    @Test
    void keepsNearNamesThatAreDifferentThingsApart() {
        Resolution r = resolve(List.of(m(P, "锦绣府北园"), m(P, "锦绣府东地块"), m(R, "文昌路"), m(P, "文昌路改造工程"),
                m(R, "万达大道"), m(R, "万金大道"), m(R, "中山路北段"), m(R, "中山路"), m(F, "东城小学"), m(F, "东城中学"),
                m(P, "纺织产业园三期"), m(P, "纺织产业园四期")));
        assertEquals(12, r.entities().size(), entities(r));
        assertTrue(r.decisions().stream().noneMatch(d -> d.outcome() == Decision.Outcome.MERGED), r.decisions().toString());
    }

    @Test
    void mergesOneCharacterTranscriptionVariantOfTheSameType() {
        Resolution r = resolve(List.of(m(E, "云洹网联科技"), m(E, "云涸网联科技"), m(F, "云洹网联平台")));
        assertEquals("enterprise:云洹网联科技[云涸网联科技] facility:云洹网联平台", entities(r));
        Decision d = r.decisions().stream().filter(x -> x.rule().equals("transcription-variant")).findFirst().orElseThrow();
        assertEquals(0.833, d.score());
    }

    @Test
    void fourCharacterNamesDifferingInTheirStemAreDifferentThings() {
        // 沐/沛 lie within one radical block, but a four-character name's two-character stem is two
        // abbreviations (a line's two ends, a group's two words): one character more is another line or group
        Resolution r = resolve(List.of(m(P, "岚沐铁路"), m(P, "岚沛铁路"), m(E, "沐投集团"), m(E, "沛投集团")));
        assertEquals(4, r.entities().size(), entities(r));
        assertTrue(r.decisions().stream().noneMatch(d -> d.rule().equals("transcription-variant")), r.decisions().toString());
    }

    @Test
    void oneCharacterDifferenceInTheHeadOrAcrossRadicalsDoesNotMerge() {
        Resolution r = resolve(List.of(m(F, "东城第一小学"), m(F, "东城第二小学"), m(F, "滨河体育中心"), m(F, "滨河体育公园"),
                m(R, "兴业大道"), m(R, "盛业大道")));
        assertEquals(6, r.entities().size(), entities(r));
    }

    @Test
    void mergesEnterpriseShortName() {
        Resolution r = resolve(List.of(m(E, "飞鸿科技"), m(E, "飞鸿"), m(E, "蓝海实业"), m(E, "蓝海")));
        assertEquals("enterprise:蓝海实业[蓝海] enterprise:飞鸿科技[飞鸿]", entities(r));
    }

    @Test
    void relatesProjectToTheEnterpriseItIsNamedAfterWithoutMerging() {
        Resolution r = resolve(List.of(m(E, "宏达电机"), m(P, "宏达电机技改项目"), m(P, "宏达电机项目")));
        assertEquals("enterprise:宏达电机 project:宏达电机技改项目 project:宏达电机项目", entities(r));
        assertEquals("project:宏达电机 OF_ENTERPRISE enterprise:宏达电机; project:宏达电机技改 OF_ENTERPRISE enterprise:宏达电机",
                relations(r));
    }

    @Test
    void phasesArePartsOfTheWholeOnlyWhenTheWholeIsNamed() {
        Resolution r = resolve(List.of(m(P, "锦华二期项目"), m(P, "锦华"), m(E, "织布产业园一二期"), m(E, "示范园四五六期"),
                m(E, "织布产业园")));
        assertEquals("enterprise:织布产业园一二期 PART_OF enterprise:织布产业园; project:锦华二期 PART_OF project:锦华",
                relations(r));
        assertEquals(5, r.entities().size());
        assertEquals("锦华", r.entities().stream().filter(e -> e.key().equals("锦华二期")).findFirst().orElseThrow()
                .partOfKey());
    }

    @Test
    void worksOnAThingArePartOfItsRecordNeverMerged() {
        Resolution r = resolve(List.of(m(F, "白鹭—青松水库"), m(P, "白鹭－青松水库连通"), m(P, "锦华三期扩建"), m(P, "锦华"),
                m(P, "青松湖体育中心升级改造"), m(P, "青松湖升级改造")));
        assertEquals("project:白鹭－青松水库连通 PART_OF facility:白鹭—青松水库; project:锦华三期扩建 PART_OF project:锦华",
                relations(r), "a project (not a facility) is no thing the works could be on");
        assertEquals(6, r.entities().size());
    }

    @Test
    void enumeratedMembersOfANumberedCollectiveInOneSentenceArePartsOfIt() {
        List<StoredMention> ms = List.of(m(F, "甲河沟", "d1", 10), m(F, "乙家沟", "d1", 10), m(F, "丙营渠", "d1", 10),
                m(P, "“两沟一渠”治理", "d1", 10), m(F, "丁庄沟", "d1", 99));
        Resolution r = resolve(ms);
        assertEquals("facility:丙营渠 PART_OF project:两沟一渠治理; facility:乙家沟 PART_OF project:两沟一渠治理;"
                + " facility:甲河沟 PART_OF project:两沟一渠治理", relations(r));
    }

    @Test
    void collectiveWhoseCountDoesNotMatchTheSentenceGetsNoParts() {
        List<StoredMention> ms = List.of(m(F, "甲河沟", "d1", 10), m(F, "乙家沟", "d1", 10), m(F, "丁庄沟", "d1", 10),
                m(F, "丙营渠", "d1", 10), m(P, "两沟一渠治理", "d1", 10));
        assertEquals("", relations(resolve(ms)));
    }

    @Test
    void curationSameForcesAMerge() {
        List<StoredMention> ms = List.of(m(F, "东城会展中心"), m(F, "国际博览中心"));
        assertEquals(2, resolve(ms).entities().size());
        Resolution r = resolve(ms, "relation\ttype\tname\tother", "same\tfacility\t东城会展中心\t国际博览中心\tsame venue");
        assertEquals(1, r.entities().size(), entities(r));
        assertEquals("curation-same", r.decisions().get(0).rule());
    }

    @Test
    void curationDifferentPreventsARuleMerge() {
        List<StoredMention> ms = List.of(m(F, "东城区人民医院"), m(F, "区人民医院"));
        assertEquals(1, resolve(ms).entities().size());
        Resolution r = resolve(ms, "# a comment", "different\tfacility\t区人民医院\t东城区人民医院");
        assertEquals(2, r.entities().size(), entities(r));
        assertEquals("curation-different KEPT_APART 东城区人民医院 | 区人民医院", r.decisions().get(0).toString());
    }

    @Test
    void curationPartOfRelatesTwoNames() {
        Resolution r = resolve(List.of(m(P, "滨河公园"), m(P, "滨河生态带")), "part-of\tproject\t滨河公园\t滨河生态带");
        assertEquals("project:滨河公园 PART_OF project:滨河生态带", relations(r));
    }

    @Test
    void malformedCurationRowNamesFileAndLine() {
        InputException e = assertThrows(InputException.class,
                () -> Curation.parse("seeds/curation.tsv", List.of("# header", "same\tproject\tA工程")));
        assertTrue(e.getMessage().startsWith("seeds/curation.tsv:2:"), e.getMessage());
        e = assertThrows(InputException.class,
                () -> Curation.parse("c.tsv", List.of("merge\tproject\tA\tB")));
        assertTrue(e.getMessage().startsWith("c.tsv:1:1: unknown relation 'merge'"), e.getMessage());
        e = assertThrows(InputException.class, () -> Curation.parse("c.tsv", List.of("same\tcity\tA\tB")));
        assertTrue(e.getMessage().startsWith("c.tsv:1:2:"), e.getMessage());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<StoredMention> ms = new ArrayList<>(List.of(m(F, "东城区人民医院"), m(F, "区人民医院项目"), m(F, "省级机器人检测中心"),
                m(F, "省级机器人检验检测中心"), m(E, "飞鸿科技"), m(E, "飞鸿"), m(P, "飞鸿电机项目"), m(P, "锦华二期"), m(P, "锦华"),
                m(F, "甲河沟", "d1", 1), m(F, "乙家沟", "d1", 1), m(P, "两沟治理", "d1", 1), m(R, "万达大道")));
        Resolution first = resolve(ms);
        Random rnd = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(ms, rnd);
            Resolution again = resolve(ms);
            assertEquals(first, again);
        }
        assertTrue(new TreeSet<>(first.decisions().stream().map(Decision::rule).toList()).containsAll(List.of(
                "drop-admin-prefix", "wording-variant", "enterprise-short-name", "phase", "enumerated-collective")),
                first.decisions().toString());
    }

    /**
     * Governments resolved several at a time give what one at a time gives, in the same order (a pool of one thread
     * runs the parallel stream one government after another): names merged inside each government, one name in
     * two governments. Invented names.
     */
    @Test
    void governmentsResolvedAtOnceGiveWhatOneAtATimeGives() throws Exception {
        List<StoredMention> ms = new ArrayList<>();
        String[] govs = {"gov-a", "gov-b", "gov-c", "gov-d", "gov-e", "gov-f", "gov-g", "gov-h"};
        for (int g = 0; g < govs.length; g++) {
            for (String name : List.of("虚构湖大道", "虚构湖大道工程", "甲乙" + g + "号产业园", "甲乙" + g + "号产业园项目",
                    "丙丁科创中心")) {
                for (int doc = 0; doc < 3; doc++) {
                    ms.add(new StoredMention(String.format("m:%04d", seq.incrementAndGet()), P, name,
                            govs[g] + "-" + (2020 + doc), 2020 + doc, null, null, doc, 2020 + doc,
                            Modality.REFERENCE, null, govs[g], false));
                }
            }
        }
        Collections.shuffle(ms, new Random(7));
        java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
        java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
        try {
            Resolution alone = one.submit(() -> resolve(ms)).get();
            Resolution together = four.submit(() -> resolve(ms)).get();
            assertTrue(alone.entities().size() > govs.length, entities(alone));
            assertEquals(alone, together);
            assertEquals(alone, resolve(ms));
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }
}
