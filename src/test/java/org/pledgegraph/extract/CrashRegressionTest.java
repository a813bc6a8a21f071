package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;

/**
 * One invented sentence per root cause of the crashes found on the real corpora (issue 10). Each used to throw
 * out of {@code extract}; with per-recogniser isolation it would now only be recorded, so the tests assert that
 * nothing failed at all.
 */
class CrashRegressionTest {
    private static final Extractor EXTRACTOR = Extractor.defaults();

    private static List<Mention> extractCleanly(String text) {
        Extraction x = EXTRACTOR.extract(new DocumentMeta("t.txt", "t", null, 2022, "", "", ""), text);
        assertEquals(List.of(), x.failures(), text);
        return x.mentions();
    }

    /** NameScanner finds no name body before a suffix preceded by a quoted token; RoadRecognizer.trimStart cut at -1. */
    @Test
    void aQuotedTokenBeforeARoadSuffixIsNoRoadName() {
        assertEquals(List.of(), extractCleanly("开通“2+5”公交线路。"));
        assertEquals(List.of(), extractCleanly("按照“稳、进”思路推进。"));
        assertEquals(List.of(), extractCleanly("以“短、平”方式整治交通拥堵点。"));
    }

    /**
     * A figure label longer than the label limit was cut so that it began with a list comma; distributing it over
     * "分别" took the last char of the empty first item.
     */
    @Test
    void aDistributedLabelCutAtAListCommaStillDistributes() {
        List<Mention> ms = extractCleanly("科技投入、工业产值和税收总额、现代服务业营业收入分别增长8%、6%、5%。");
        List<String> figures = ms.stream().filter(m -> m.type() == EntityType.ACTUAL)
                .map(m -> m.figure().value().toPlainString() + m.figure().unit()).toList();
        assertEquals(List.of("8%", "6%", "5%"), figures);
        assertEquals("工业产值和税收总额增长", ms.get(0).figure().label());
    }

    /**
     * A name distributed over a list ("甲、乙等2个…项目" → 甲…项目) was built from the normalised text, so its
     * surface read 升 where the report wrote 昇: the surface is provenance and keeps the report's characters.
     */
    @Test
    void aDistributedNameKeepsTheReportsCharactersInItsSurface() {
        String text = "推动青松元昇厂、白桦东片区等3个城市更新项目开工。";
        // A judge that keeps every proposal and a choice that always keeps the distributed name over a bare list item:
        // which of the two the shipped judge prefers is not this test's question, the distributed name's surface is.
        Extractor keepAll = Extractor.defaults().withJudge(CandidateJudge.bundled().withThreshold(0.0))
                .withOverlaps(new BoundaryChoice(0.10, 0, 0, Double.POSITIVE_INFINITY, false));
        Extraction x = keepAll.extract(new DocumentMeta("t.txt", "t", null, 2022, "", "", ""), text);
        assertEquals(List.of(), x.failures(), text);
        List<Mention> ms = x.mentions();
        for (Mention m : ms) {
            assertEquals(null, ExtractorFuzzTest.brokenContract(m, text), m.toString());
        }
        org.junit.jupiter.api.Assertions.assertTrue(ms.stream().anyMatch(m -> m.surface().startsWith("青松元昇厂")
                && m.surface().endsWith("项目")), ms.toString());
    }
}
