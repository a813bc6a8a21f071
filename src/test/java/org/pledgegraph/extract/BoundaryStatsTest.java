package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** Accessor variety of bigrams on a tiny invented text, and the boundary features read from it. */
class BoundaryStatsTest {
    /** 大0 抓1 项2 目3 ，4 小5 抓6 项7 目8 。9 新10 项11 目12. */
    private static final String TEXT = "大抓项目，小抓项目。新项目";

    @Test
    void countsDistinctNeighboursOfEachBigram() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 1);
        assertEquals(3, s.count('项', '目'));
        assertEquals(2, s.leftVariety('项', '目'), "抓 twice and 新");
        assertEquals(3, s.rightVariety('项', '目'), "，, 。 and the text's end");
        assertEquals(2, s.count('抓', '项'));
        assertEquals(2, s.leftVariety('抓', '项'), "大 and 小");
        assertEquals(1, s.rightVariety('抓', '项'), "目 both times");
        assertEquals(1, s.leftVariety('大', '抓'), "the text's start");
        assertEquals(0, s.count('目', '，'), "punctuation makes no word bigram");
        assertEquals(5, s.size(), "大抓 抓项 项目 小抓 新项");
    }

    @Test
    void minimumDropsRareBigramsAndTheDocumentAddsItsOwn() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 2);
        assertEquals(2, s.size(), "抓项 and 项目 are written at least twice");
        assertEquals(0, s.count('大', '抓'));
        BoundaryStats d = s.withDocument("项目好");
        assertEquals(4, d.count('项', '目'));
        assertEquals(3, d.leftVariety('项', '目'), "2 of the table + the document's start");
        assertEquals(4, d.rightVariety('项', '目'), "3 of the table + 好");
        assertEquals(1, d.count('目', '好'), "a bigram only the document writes");
        assertEquals(2, d.count('抓', '项'), "the table's rows stay");
    }

    @Test
    void writesAndReadsTheSameTable() throws IOException {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT, "乙项目建设"), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out, List.of("a header"));
        BoundaryStats r = BoundaryStats.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(s.size(), r.size());
        assertEquals(s.leftVariety('项', '目'), r.leftVariety('项', '目'));
        assertEquals(s.rightVariety('项', '目'), r.rightVariety('项', '目'));
        assertEquals(s.count('目', '建'), r.count('目', '建'));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        r.write(again, List.of("a header"));
        assertEquals(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(again.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1), "same bytes");
    }

    @Test
    void featuresReadTheScoreAtBothEdgesAndOneCharacterAround() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 2);
        List<String> f = new ArrayList<>();
        BoundaryFeatures.add(f, TEXT, 2, 4, s); // 项目 after 大抓
        assertEquals(List.of(
                "av.sL=<=3",    // 项目 follows 2 distinct characters
                "av.sR=<=0",    // 大抓 is under the table's minimum
                "av.s-=<=3",    // at 目: 抓项 is followed by 1 character, 目， is no word bigram
                "av.s+=<=3",    // at 抓: 抓项 after 2 characters, the text's start before
                "av.srk=low",   // 0 at the name's own start, 1 and 2 around it
                "av.eR=<=3",    // 项目 is followed by 3 distinct characters
                "av.eL=X",      // ，after the name
                "av.e-=<=3",
                "av.e+=<=0",    // 小抓 is under the minimum
                "av.erk=top",   // 3 at the end, 1 inside, 0 outside
                "av.fq=<=4"), f);  // 项目 is written 3 times
        assertEquals(1, BoundaryFeatures.score(TEXT, 3, s));
        assertEquals(2, BoundaryFeatures.score(TEXT, 1, s));
        assertEquals(0, BoundaryFeatures.score(TEXT, 2, s));
        assertEquals(3, BoundaryFeatures.score(TEXT, 4, s));
    }

    @Test
    void binsAndRanks() {
        assertEquals("X", BoundaryFeatures.bin(BoundaryFeatures.HARD));
        assertEquals("<=0", BoundaryFeatures.bin(0));
        assertEquals("<=10", BoundaryFeatures.bin(4));
        assertEquals("<=100", BoundaryFeatures.bin(100));
        assertEquals(">100", BoundaryFeatures.bin(101));
        assertEquals("top", BoundaryFeatures.rank(5, 4, 1));
        assertEquals("tie", BoundaryFeatures.rank(5, 5, 1));
        assertEquals("low", BoundaryFeatures.rank(5, 2, 6));
        assertEquals(0, BoundaryFeatures.rarestBigram("甲", 0, 1, BoundaryStats.empty()), "no bigram");
    }

    @Test
    void theJudgeReadsTheDocumentsOwnBigramsWithAnEmptyTable() {
        String t = "大抓项目，小抓项目。";
        ScopedSentence s = new ScopedSentence(new Sentence(0, t.length(), t, 0, false), TimeScope.PLAN, 2024, false);
        Candidate c = new Candidate(EntityType.PROJECT, 0, 4, "大抓项目", null);
        List<String> f = CandidateFeatures.of(c, "test", "rule", s, Specificity.of(Map.of(), 3), new int[] {1, 1, 1},
                null, null, BoundaryStats.empty().withDocument(t));
        assertTrue(f.contains("av.sL=<=3"), f.toString()); // 大抓 after the start only
        assertTrue(f.contains("av.sR=X"), f.toString());
        assertTrue(f.contains("av.fq=<=4"), f.toString()); // 大抓 once
        assertTrue(f.contains("be.sL=?"), f.toString()); // entropies are the table's only
    }

    @Test
    void entropyOfTheNeighboursInTenthsOfABit() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 1);
        // before 项目: 抓 twice, 新 once: log2 3 − 2·log2 2 / 3 = 0.918 bits
        assertEquals(9, s.leftEntropy('项', '目'));
        // after 项目: ，, 。 and the text's end once each: log2 3 = 1.585 bits
        assertEquals(16, s.rightEntropy('项', '目'));
        assertEquals(10, s.leftEntropy('抓', '项'), "大 and 小: one bit");
        assertEquals(0, s.rightEntropy('抓', '项'), "目 both times: no choice");
        assertEquals(0, s.leftEntropy('大', '抓'), "the text's start only");
        assertEquals(BoundaryStats.UNKNOWN, s.leftEntropy('目', '，'), "no word bigram");
        // one symbol 6 times, three others once each: log2 9 − 6·log2 6 / 9
        BoundaryStats skew = BoundaryStats.count(List.of("甲乙丙，甲乙丙，甲乙丙，甲乙丙，甲乙丙，甲乙丙，甲乙丁，甲乙戊，甲乙己"), 1);
        assertEquals(Math.round(10 * (Math.log(9) / Math.log(2) - 6 * Math.log(6) / Math.log(2) / 9)),
                skew.rightEntropy('甲', '乙'));
        assertEquals(4, skew.rightVariety('甲', '乙'), "variety counts the four, entropy weighs them");
    }

    @Test
    void entropiesStayTheTablesWhenTheDocumentIsAdded() throws IOException {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 2);
        BoundaryStats d = s.withDocument("项目好，项目坏");
        assertEquals(s.leftEntropy('项', '目'), d.leftEntropy('项', '目'), "the table's distribution, not merged");
        assertEquals(s.rightEntropy('项', '目'), d.rightEntropy('项', '目'));
        assertEquals(5, d.count('项', '目'), "counts still add");
        assertEquals(BoundaryStats.UNKNOWN, d.rightEntropy('目', '好'), "a bigram only the document writes");
        assertEquals(BoundaryStats.UNKNOWN, BoundaryStats.empty().withDocument(TEXT).leftEntropy('项', '目'),
                "an empty table knows no entropy, whatever the document");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out, List.of());
        BoundaryStats r = BoundaryStats.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(9, r.leftEntropy('项', '目'), "written and read");
        assertEquals(0, r.rightEntropy('抓', '项'));
        BoundaryStats old = BoundaryStats.read(new ByteArrayInputStream(
                "# a table of four columns\n项目\t7\t3\t4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(7, old.count('项', '目'));
        assertEquals(BoundaryStats.UNKNOWN, old.leftEntropy('项', '目'), "a four-column table knows no entropy");
    }

    @Test
    void entropyFeaturesReadTheEdgesAndTheRiseAcrossThem() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 2);
        List<String> f = new ArrayList<>();
        EntropyFeatures.add(f, TEXT, 1, 4, s); // 抓项目, which swallowed 抓
        assertEquals(List.of(
                "be.sL=<=10",   // before 抓项: 大 and 小, one bit
                "be.sR=X",      // no bigram ends at the name's start (the text's first character)
                "be.eR=<=20",   // after 项目: 1.6 bits
                "be.eL=X",      // ，after the name
                "be.sd=<=15",   // 1.0 at the start against 0.9 before 项目 one character inside: barely rises
                "be.ed=<=30"),  // 1.6 after 项目 against 0 after 抓项 one character inside: rises at the end
                f);
        f.clear();
        EntropyFeatures.add(f, TEXT, 2, 4, s); // 项目
        assertEquals("be.sR=?", f.get(1), "大抓 is under the table's minimum");
        assertEquals("be.sd=X", f.get(4), "one character inside starts 目，, no word bigram");
        assertEquals("<=0", EntropyFeatures.bin(0));
        assertEquals(">60", EntropyFeatures.bin(61));
        assertEquals("<=-40", EntropyFeatures.rise(0, 40));
        assertEquals(">55", EntropyFeatures.rise(60, 0));
        assertEquals("?", EntropyFeatures.rise(BoundaryStats.UNKNOWN, 3));
    }
}
