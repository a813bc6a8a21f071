package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;

/**
 * The rows {@code targets-vs-actuals} and {@code dropped} compute in Java ({@link TargetRows}, {@link DroppedRows})
 * are the rows their rows queries give, in the same order (the candidates' texts compared as a set: the query joins
 * them in the engine's order): on the seed reports as ingested, and on a hand-made store with the cases the
 * query's joins make subtle.
 */
class TableRowsIT {
    @TempDir
    Path tmp;

    private static final String HAND_MADE = """
            @prefix pg: <https://w3id.org/pledgegraph/ontology#> .
            @prefix pgi: <https://w3id.org/pledgegraph/indicator/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix : <https://example.org/> .
            GRAPH :g1 {
              :d1 a pg:Document ; pg:year 2023 ; pg:sourceFile "plan.txt", "plan-copy.txt" ; dct:spatial :county .
              :d4 a pg:Document ; pg:year 2023 ; pg:sourceFile "nowhere.txt" .
              :d7 a pg:Document ; pg:year 2023 ; pg:sourceFile "both.txt" ; dct:spatial :county, :city .
              # paired with the county's figure only
              :tpair a pg:Target ; pg:indicator pgi:x ; pg:indicatorLabel "产值" ; pg:value 5.0 ; pg:unit "亿元" ;
                  pg:comparator pg:AtLeast ; pg:targetYear 2024 .
              :mtpair pg:mentions :tpair ; pg:evidence "target pair" ; pg:inDocument :d1 .
              # no jurisdiction: paired with every jurisdiction's figure of its indicator and year
              :tnoplace a pg:Target ; pg:indicator pgi:x ; pg:indicatorLabel "产值" ; pg:value 7.5 ; pg:unit "亿元" ;
                  pg:comparator pg:Approximately ; pg:targetYear 2024 .
              :mtnoplace pg:mentions :tnoplace ; pg:evidence "target noplace" ; pg:inDocument :d4 .
              # no unit: takes each candidate's unit, one row per unit
              :tnounit a pg:Target ; pg:indicator pgi:y ; pg:indicatorLabel "工业税收" ; pg:value 3 ;
                  pg:comparator pg:AtLeast ; pg:targetYear 2024 .
              :mtnounit pg:mentions :tnounit ; pg:evidence "target nounit" ; pg:inDocument :d1 .
              # two candidates of one unit; named twice, in two documents
              :tcand a pg:Target ; pg:indicator pgi:z ; pg:indicatorLabel "服务业增加值" ; pg:value 1 ; pg:unit "亿元" ;
                  pg:comparator pg:AtMost ; pg:targetYear 2024 .
              :mtcand pg:mentions :tcand ; pg:evidence "target cand" ; pg:inDocument :d1 .
              :mtcand2 pg:mentions :tcand ; pg:evidence "target cand again" ; pg:inDocument :d7 .
              :traw a pg:Target ; pg:indicatorLabel "全部税收" ; pg:value 1 ; pg:unit "亿元" ; pg:comparator pg:AtLeast ;
                  pg:targetYear 2024 .
              :mtraw pg:mentions :traw ; pg:evidence "target raw" ; pg:inDocument :d1 .
              :tlate a pg:Target ; pg:indicator pgi:late ; pg:indicatorLabel "值" ; pg:value 1 ; pg:comparator pg:AtLeast ;
                  pg:targetYear 2030 .
              :mtlate pg:mentions :tlate ; pg:evidence "target late" ; pg:inDocument :d1 .
              :tunit a pg:Target ; pg:indicator pgi:u ; pg:indicatorLabel "用电量" ; pg:value 10 ; pg:unit "亿元" ;
                  pg:comparator pg:AtLeast ; pg:targetYear 2024 .
              :mtunit pg:mentions :tunit ; pg:evidence "target unit" ; pg:inDocument :d1 .
            }
            GRAPH :g2 {
              :d2 a pg:Document ; pg:year 2025 ; pg:sourceFile "report.txt" ; dct:spatial :county .
              :a1 a pg:Actual ; pg:indicator pgi:x ; pg:indicatorLabel "产值" ; pg:value 7.1 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :ma1 pg:mentions :a1 ; pg:evidence "actual county" ; pg:inDocument :d2 .
              :a2 a pg:Actual ; pg:indicator pgi:u ; pg:indicatorLabel "用电量" ; pg:value 1000 ; pg:unit "万千瓦时" ; pg:periodYear 2024 .
              :ma2 pg:mentions :a2 ; pg:evidence "actual unit" ; pg:inDocument :d2 .
              :c1 a pg:Actual ; pg:indicatorLabel "实现税收" ; pg:value 3.20 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :mc1 pg:mentions :c1 ; pg:evidence "candidate 1" ; pg:inDocument :d2 .
              :c2 a pg:Actual ; pg:indicatorLabel "税收" ; pg:value 2 ; pg:unit "万元" ; pg:periodYear 2024 .
              :mc2 pg:mentions :c2 ; pg:evidence "candidate 2" ; pg:inDocument :d2 .
              :c3 a pg:Actual ; pg:indicatorLabel "增加值" ; pg:value 9 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :mc3 pg:mentions :c3 ; pg:evidence "candidate 3" ; pg:inDocument :d2 .
              :c4 a pg:Actual ; pg:indicatorLabel "业增加值" ; pg:value 8 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :mc4 pg:mentions :c4 ; pg:evidence "candidate 4" ; pg:inDocument :d2 .
              :c5 a pg:Actual ; pg:indicatorLabel "完成值" ; pg:value 8 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :mc5 pg:mentions :c5 ; pg:evidence "candidate too short" ; pg:inDocument :d2 .
            }
            GRAPH :g3 {
              :d3 a pg:Document ; pg:year 2025 ; pg:sourceFile "elsewhere.txt" ; dct:spatial :nation .
              :a3 a pg:Actual ; pg:indicator pgi:x ; pg:indicatorLabel "产值" ; pg:value 6 ; pg:unit "亿元" ; pg:periodYear 2024 .
              :ma3 pg:mentions :a3 ; pg:evidence "actual nation" ; pg:inDocument :d3 .
              :d6 a pg:Document ; pg:year 2024 ; pg:sourceFile "later-nowhere.txt" .
              :d8 a pg:Document ; pg:year 2024 ; pg:sourceFile "city.txt" ; dct:spatial :city .
              :d9 a pg:Document ; pg:year 2026 ; pg:sourceFile "city-later.txt" ; dct:spatial :city .
            }
            GRAPH :ge {
              :e1 a pg:Project ; <http://www.w3.org/2000/01/rdf-schema#label> "甲项目"@zh ; pg:lastYear 2023 .
              :m1 pg:mentions :e1 ; pg:inDocument :d1 ; pg:modality pg:Commitment ; pg:stage pg:Operating ; pg:evidence "b" .
              :m2 pg:mentions :e1 ; pg:inDocument :d1 ; pg:modality pg:Commitment ; pg:stage pg:UnderConstruction ;
                  pg:evidence "c" .
              :m3 pg:mentions :e1 ; pg:inDocument :d1 ; pg:modality pg:Report ; pg:evidence "a" .
              :e2 a pg:Park ; <http://www.w3.org/2000/01/rdf-schema#label> "乙园区"@zh ; pg:lastYear 2023 .
              :m4 pg:mentions :e2 ; pg:inDocument :d4 ; pg:modality pg:Commitment ; pg:evidence "d" .
              :e3 a pg:Road ; <http://www.w3.org/2000/01/rdf-schema#label> "丙路"@zh ; pg:lastYear 2025 .
              :m5 pg:mentions :e3 ; pg:inDocument :d2 ; pg:modality pg:Commitment ; pg:evidence "e" .
              :e4 a pg:Facility ; <http://www.w3.org/2000/01/rdf-schema#label> "丁中心"@zh ; pg:lastYear 2023 .
              :m6 pg:mentions :e4 ; pg:inDocument :d7 ; pg:modality pg:Commitment ; pg:stage pg:Planned ; pg:evidence "f" .
              :m7 pg:mentions :e4 ; pg:inDocument :d1 ; pg:modality pg:Commitment ; pg:evidence "g" .
            }
            """;

    @Test
    void javaRowsAreTheQueryRowsOnAHandMadeStore() {
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(HAND_MADE, Lang.TRIG).parse(dsg);
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            store.write(() -> dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(copy::add);
                store.replaceGraph(g, copy);
            }));
            List<List<String>> tva = store.read(() -> TableRowsCheck.both(store, AnswerTable.TARGETS));
            List<List<String>> dr = store.read(() -> TableRowsCheck.both(store, AnswerTable.DROPPED));
            assertSameRows(tva);
            assertSameRows(dr);
            String rows = String.join("\n", tva.get(0));
            // the cases are there: a target without jurisdiction paired across places, a target without unit in
            // one row per candidate unit, two candidates in one row, a raw target with candidates, unit differs
            assertTrue(rows.contains("\"target noplace\"\t\"actual nation\""), rows);
            assertTrue(rows.contains("\"target noplace\"\t\"actual county\""), rows);
            assertTrue(rows.contains(" | "), rows);
            assertTrue(rows.contains("\"unit differs\""), rows);
            assertTrue(rows.contains("\"indicator not normalised\"\t\"target raw\"\t-\t\"实现税收=3.2亿元"), rows);
            // d7's county lists candidates, its city none: one group, whose GROUP_CONCAT is then unbound
            assertTrue(tva.get(0).stream().anyMatch(l -> l.contains("\"target cand again\"\t-\t-\t")), rows);
            assertEquals(List.of("\"亿元\"", "\"万元\""), tva.get(0).stream().filter(l -> l.contains("\"target nounit\""))
                    .map(l -> l.split("\t")[5]).distinct().sorted(java.util.Comparator.reverseOrder()).toList(), rows);
            String drops = String.join("\n", dr.get(0));
            assertTrue(drops.contains("#Operating>"), drops); // the least of e1's two stages
            assertFalse(drops.contains("#UnderConstruction>"), drops);
            // e4's county group has a mention without a stage and one with: the stage is the one there is
            assertEquals(2, dr.get(0).stream().filter(l -> l.contains("#Planned>")).count(), drops);
            assertEquals(4, dr.get(0).size(), drops); // e1 county; e2 no jurisdiction; e4 county and city
        }
    }

    /** The query's lines (first) and the Java lines (second) equal, the first difference shown. */
    static void assertSameRows(List<List<String>> both) {
        List<String> q = both.get(0);
        List<String> j = both.get(1);
        for (int i = 0; i < Math.min(q.size(), j.size()); i++) {
            assertEquals(q.get(i), j.get(i), "row " + i);
        }
        assertEquals(q.size(), j.size(), "rows");
    }

    @Test
    void javaRowsAreTheQueryRowsOnTheSeeds() {
        try (GraphStore store = GraphStore.open(tmp.resolve("seeds"))) {
            Ingest.create(store).run(List.of(Path.of("seeds")), IngestListener.NONE);
            for (AnswerTable t : List.of(AnswerTable.TARGETS, AnswerTable.DROPPED)) {
                List<List<String>> both = store.read(() -> TableRowsCheck.both(store, t));
                assertFalse(both.get(0).isEmpty(), t.rangeAll().toString());
                assertSameRows(both);
            }
        }
    }
}
