package org.pledgegraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.eval.Fixtures.gold;
import static org.pledgegraph.eval.Fixtures.mention;
import static org.pledgegraph.model.EntityType.ROAD;
import static org.pledgegraph.model.Modality.REFERENCE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    private static final EvalReport REPORT = Scorer.score(
            List.of(new GoldDocument("doc", List.of(
                    gold(ROAD, "中华路", "", null, REFERENCE, null, "中华路"),
                    gold(ROAD, "光明路", "", null, REFERENCE, null, "光明路"),
                    gold(ROAD, "永明路", "", null, REFERENCE, null, "永明路")))),
            Map.of("doc", List.of(mention(ROAD, "中华路", 0, null, REFERENCE, null, "中华路"))));

    @Test
    void formatShowsTheOverallTableAndCapsLists() {
        String text = REPORT.format(1);
        assertTrue(text.contains("entities lenient    1.000  0.333  0.500   1/1, 1/3"), text);
        assertTrue(text.contains("  misses (2)\n    road\t光明路\t«光明路»\n    … and 1 more\n"), text);
    }

    @Test
    void tsvHasAHeaderOneLinePerDocumentAndATotal() {
        List<String> lines = REPORT.toTsv().lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("document\tentity_p\tentity_r\tentity_f1\t"));
        assertTrue(lines.get(0).endsWith("\tset\tunscorable_figures"), lines.get(0));
        assertTrue(lines.get(2).startsWith("gov:doc\t1.000\t0.333\t0.500\t"), lines.get(2));
        assertTrue(lines.get(3).startsWith("ALL\t1.000\t0.333\t0.500\t"), lines.get(3));
    }
}
