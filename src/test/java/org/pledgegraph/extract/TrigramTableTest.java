package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** Accessor variety of trigrams on tiny invented texts (values counted by hand), and the {@code tv.} features. */
class TrigramTableTest {
    /** 大0 抓1 项2 目3 ，4 小5 抓6 项7 目8 。9 新10 项11 目12. */
    private static final String TEXT = "大抓项目，小抓项目。新项目";
    /** Three texts: 项目建 follows 进, 快 and 抓 and is always followed by 设. */
    private static final List<String> WORKS = List.of("推进项目建设", "加快项目建设", "大抓项目建设");

    @Test
    void countsDistinctNeighboursOfEachTrigram() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 1);
        assertEquals(4, s.trigramSize(), "大抓项 抓项目 小抓项 新项目");
        assertEquals(2, s.trigramCount(TEXT, 1), "抓项目 twice");
        assertEquals(2, s.trigramLeftVariety(TEXT, 1), "大 and 小");
        assertEquals(2, s.trigramRightVariety(TEXT, 1), "， and 。");
        assertEquals(1, s.trigramLeftVariety(TEXT, 0), "大抓项 after the text's start");
        assertEquals(1, s.trigramRightVariety(TEXT, 10), "新项目 before the text's end");
        assertEquals(0, s.trigramCount(TEXT, 2), "项目， holds punctuation");
        assertEquals(0, s.trigramCount(TEXT, 11), "past the text's end");
        BoundaryStats w = BoundaryStats.count(WORKS, 1);
        String t = WORKS.get(2);
        assertEquals(3, w.trigramCount(t, 2));
        assertEquals(3, w.trigramLeftVariety(t, 2), "项目建 after 进, 快, 抓");
        assertEquals(1, w.trigramRightVariety(t, 2), "项目建 before 设 only");
        assertEquals(1, w.trigramLeftVariety(t, 3), "目建设 after 项 only");
        assertEquals(1, w.trigramRightVariety(t, 3), "目建设 ends every text: the edge, one character");
        assertEquals(8, w.trigramSize(), "4 per text, 项目建 and 目建设 shared by all three: 12 − 4");
    }

    @Test
    void minimumDropsRareTrigramsAndTheDocumentAddsItsOwn() {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT), 5, 2);
        assertEquals(1, s.trigramSize(), "only 抓项目 is written twice");
        assertEquals(0, s.size(), "no bigram is written five times");
        BoundaryStats d = s.withDocument("抓项目好");
        assertEquals(3, d.trigramCount("抓项目", 0));
        assertEquals(3, d.trigramLeftVariety("抓项目", 0), "大, 小 and the document's start: varieties add");
        assertEquals(3, d.trigramRightVariety("抓项目", 0), "，, 。 and 好");
        assertEquals(1, d.trigramCount("项目好", 0), "a trigram only the document writes");
        assertEquals(2, d.trigramSize());
    }

    @Test
    void writesAndReadsTrigramsAndReadsAnOldTableWithout() throws IOException {
        BoundaryStats s = BoundaryStats.count(List.of(TEXT, "乙项目建设"), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(out, List.of("a header"));
        BoundaryStats r = BoundaryStats.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(s.trigramSize(), r.trigramSize());
        assertEquals(s.size(), r.size());
        assertEquals(2, r.trigramLeftVariety(TEXT, 1));
        assertEquals(2, r.trigramRightVariety(TEXT, 1));
        assertEquals(1, r.trigramCount("项目建", 0));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        r.write(again, List.of("a header"));
        assertEquals(new String(out.toByteArray(), StandardCharsets.ISO_8859_1),
                new String(again.toByteArray(), StandardCharsets.ISO_8859_1), "same bytes");
        BoundaryStats old = BoundaryStats.read(new ByteArrayInputStream(
                "# bigrams only\n项目\t7\t3\t4\t12\t15\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(7, old.count('项', '目'));
        assertEquals(0, old.trigramSize(), "a table written before trigrams knows none");
        assertEquals(0, old.trigramLeftVariety("抓项目", 0));
    }

    @Test
    void featuresOfANameThatSwallowedACharacter() {
        BoundaryStats w = BoundaryStats.count(WORKS, 1);
        String t = "大抓项目建设";
        List<String> f = new ArrayList<>();
        TrigramFeatures.add(f, t, 1, 6, w); // 抓项目建设, which swallowed 抓
        assertEquals(List.of(
                "tv.sL=<=1",    // 抓项目 after 大 only
                "tv.sR=X",      // no trigram ends at the name's start (one character of text before it)
                "tv.eR=<=1",    // 目建设 before the text's end only
                "tv.eL=X",      // the text ends with the name
                "tv.sd=<=-1",   // 1 at the start against 3 one character inside: log2(2/4) = −1.0 bit, falls
                "tv.ed=<=0"),   // 1 at the end against 1 (项目建 before 设) inside: no rise
                f);
        f.clear();
        TrigramFeatures.add(f, t, 2, 6, w); // 项目建设
        assertEquals("tv.sL=<=3", f.get(0), "项目建 after 3 characters");
        assertEquals("tv.sR=X", f.get(1), "two characters before the name: no trigram ends at its start");
        assertEquals("tv.sd=<=10", f.get(4), "3 against 1 inside: log2(4/2) = +1.0 bit, rises");
        assertEquals(-10, TrigramFeatures.riseTenths(1, 3));
        assertEquals(16, TrigramFeatures.riseTenths(2, 0), "log2 3 = 1.58");
        assertEquals("X", TrigramFeatures.rise(BoundaryFeatures.HARD, 3));
        assertEquals(">64", TrigramFeatures.bin(65));
        assertEquals("<=1", TrigramFeatures.bin(0), "a trigram the table does not know");
    }

    @Test
    void theJudgeReadsTheTrigramFeaturesWithTheDocumentsOwnCounts() {
        String t = "大抓项目建设，小抓项目建设。";
        ScopedSentence s = new ScopedSentence(new Sentence(0, t.length(), t, 0, false), TimeScope.PLAN, 2024, false);
        Candidate c = new Candidate(EntityType.PROJECT, 2, 6, "项目建设", null);
        List<String> f = CandidateFeatures.of(c, "test", "rule", s, Specificity.of(Map.of(), 3), new int[] {1, 1, 1},
                null, null, BoundaryStats.empty().withDocument(t));
        assertTrue(f.contains("tv.sL=<=1"), f.toString()); // 项目建 after 抓 both times (the document's own count)
        assertTrue(f.contains("tv.sR=X"), f.toString()); // two characters before the name: no trigram ends there
        assertTrue(f.contains("tv.eR=<=2"), f.toString()); // 目建设 before ， and 。
        assertTrue(f.contains("tv.eL=X"), f.toString()); // ，after the name
    }
}
