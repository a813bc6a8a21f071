package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.DroppedName;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;

/** The bundled candidate judge: categories that many governments use are dropped, with a reason. Names invented. */
class CandidateJudgeTest {
    private static final DocumentMeta META = new DocumentMeta("t.txt", "t", null, 2024, "", "", "");
    private static final String TEXT = "今年重点工作\n加快建设零碳园区和口袋公园,推进城市更新项目、农村公路提质改造,"
            + "建成青松湖科技园、白桦山实验室和云杉大道,引进红枫集团。";

    @Test
    void theDefaultExtractorCarriesTheBundledJudgeAndTable() {
        CandidateJudge judge = Extractor.defaults().judge();
        assertNotNull(judge);
        assertTrue(judge.specificity().counts().size() > 1000, "the bundled name table is loaded");
        assertTrue(judge.specificity().minimum() >= 2);
        BoundaryStats b = judge.specificity().boundaries();
        assertTrue(b.size() > 10_000, "the bundled boundary table is loaded: " + b.size());
        assertTrue(b.leftVariety('项', '目') > b.leftVariety('抓', '项'), "项目 starts words after more characters");
    }

    @Test
    void categoriesAreDroppedWithTheirReasonAndNamesKept() {
        Extraction x = Extractor.defaults().extract(META, TEXT);
        List<String> kept = x.mentions().stream().map(Mention::surface).toList();
        assertTrue(kept.containsAll(List.of("青松湖科技园", "白桦山实验室", "云杉大道", "红枫集团")), kept.toString());
        for (String category : List.of("农村公路", "城市更新项目", "零碳园区")) {
            assertTrue(!kept.contains(category), category + " kept: " + kept);
            DroppedName d = x.dropped().stream().filter(n -> n.name().equals(category)).findFirst()
                    .orElseThrow(() -> new AssertionError(category + " not recorded as dropped: " + x.dropped()));
            assertTrue(d.reason().contains("governments"), d.reason());
            assertEquals(category, d.span().of(TEXT));
        }
    }

    @Test
    void theRulesAloneKeepWhatTheyFindAndDropNothing() {
        Extraction x = Extractor.rules().extract(META, TEXT);
        assertTrue(x.dropped().isEmpty());
        assertTrue(x.mentions().stream().anyMatch(m -> m.surface().equals("零碳园区")), "the rules propose the category");
    }

    @Test
    void extractionIsDeterministic() {
        Extractor x = Extractor.defaults();
        assertEquals(x.extract(META, TEXT), x.extract(META, TEXT));
    }
}
