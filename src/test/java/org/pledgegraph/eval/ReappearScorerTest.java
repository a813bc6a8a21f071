package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReappearScorerTest {
    private static final ReappearGold PAIR = new ReappearGold("lin-2024-2025-reappear", "lin-2024", "lin-2025", 2024, 2025,
            List.of(row(2, "东山大桥", "东山大桥工程", true),
                    row(3, "西湖片区改造", "西湖新城", false),
                    row(4, "临江科技园", "临江科技园", true),
                    row(5, "北站", "北站枢纽", true)));

    private static ReappearRow row(int line, String first, String second, boolean strict) {
        return new ReappearRow(line, first, "lin-2024", first, "lin-2025", second, strict, "");
    }

    private static PredictedReappearance listed(String label, String... names) {
        return new PredictedReappearance("urn:" + label, label, Set.of(names));
    }

    @Test
    void matchesByAnyNameLenientlyAndCountsStrictRowsApart() {
        List<PredictedReappearance> predicted = List.of(
                listed("东山大桥", "东山大桥", "东山大桥建设"),          // first mention, trailing 建设 dropped
                listed("西湖新城", "西湖新城"),                          // second mention of a non-strict row
                listed("“临江科技园”项目", "“临江科技园”项目"),          // quotes and 项目 dropped
                listed("南湖公园", "南湖公园"));                         // not in the gold
        ReappearScore s = ReappearScorer.score(PAIR, predicted);
        assertEquals("P=3/4 R=3/4", s.score().toString());
        assertEquals("2/3", s.strictRecall().toString());
        assertEquals(List.of("北站 → 北站枢纽 (strict)"), s.misses().stream().map(ReappearRow::toString).toList());
        assertEquals("南湖公园", s.falsePositives().get(0).label());
    }

    @Test
    void aSubstringIsNotAMatch() {
        ReappearScore s = ReappearScorer.score(PAIR, List.of(listed("大桥", "大桥"), listed("西湖", "西湖")));
        assertEquals("P=0/2 R=0/4", s.score().toString());
    }

    @Test
    void pairsAreReportedAndGroupedWithTheirEarlierDocument() {
        ReappearScore s = ReappearScorer.score(PAIR, List.of(listed("北站", "北站枢纽")));
        GoldDocument d = new GoldDocument("lin-2024", List.of());
        EvalReport r = Scorer.score(new GoldSet(List.of(d), List.of(PAIR), new Split(Map.of("临江市", "held-out"))),
                Map.of(), Map.of("lin-2024", "临江市"), List.of(s));
        assertEquals("P=1/1 R=1/4", r.byGovernment().get(0).reappearScore().toString());
        assertEquals("1/3", r.bySet().get(0).reappearStrictRecall().toString());
        String text = r.format();
        assertTrue(text.contains("reappear strict            0.333          1/3 strict rows found"), text);
        assertTrue(text.contains("lin-2024-2025"), text);
        String tsv = r.toTsv();
        assertTrue(tsv.contains("\npair\tset\treappear_p\treappear_r\treappear_f1\tstrict_r\t"), tsv);
        assertTrue(tsv.contains("\nlin-2024-2025\theld-out\t1.000\t0.250\t0.400\t0.333\t1\t1\t1\t4\t1\t3\n"), tsv);
    }

    @Test
    void nothingListedScoresZeroRecall() {
        ReappearScore s = ReappearScorer.score(PAIR, List.of());
        assertEquals(0.0, s.score().f1());
        assertEquals(4, s.misses().size());
    }
}
