package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparator semantics of targets-vs-actuals, on a hand-made store (the seeds report no figure for a target year). */
class TargetsVsActualsIT {
    private static final String PREFIXES = """
            @prefix pg: <https://w3id.org/pledgegraph/ontology#> .
            @prefix pgi: <https://w3id.org/pledgegraph/indicator/> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix : <https://example.org/> .
            :d1 a pg:Document ; pg:year 2023 ; pg:sourceFile "plan.txt" ; dct:spatial :county .
            :d2 a pg:Document ; pg:year 2025 ; pg:sourceFile "report.txt" ; dct:spatial :county .
            :d3 a pg:Document ; pg:year 2025 ; pg:sourceFile "elsewhere.txt" ; dct:spatial :nation .
            :d4 a pg:Document ; pg:year 2023 ; pg:sourceFile "nowhere.txt" .
            """;

    @TempDir
    Path tmp;

    /** One target (indicator i, comparator, value, unit) in 2023 for 2024 and its actual reported in 2025. */
    private static String pair(String id, String comparator, String value, String actual, String unit, String actualUnit) {
        return """
                :t%1$s a pg:Target ; pg:indicator pgi:%1$s ; pg:indicatorLabel "%1$s" ; pg:value %3$s ; pg:unit "%5$s" ;
                    pg:comparator pg:%2$s ; pg:targetYear 2024 .
                :mt%1$s pg:mentions :t%1$s ; pg:evidence "target %1$s" ; pg:inDocument :d1 .
                :a%1$s a pg:Actual ; pg:indicator pgi:%1$s ; pg:indicatorLabel "%1$s" ; pg:value %4$s ; pg:unit "%6$s" ;
                    pg:comparator pg:Exactly ; pg:periodYear 2024 .
                :ma%1$s pg:mentions :a%1$s ; pg:evidence "actual %1$s" ; pg:inDocument :d2 .
                """.formatted(id, comparator, value, actual, unit, actualUnit);
    }

    @Test
    void comparesByTheTargetsComparator() {
        String ttl = PREFIXES
                + pair("atleast-met", "AtLeast", "5.0", "5.0", "亿元", "亿元")
                + pair("exceeds-missed", "Exceeds", "5.0", "3.25", "亿元", "亿元")
                + pair("atmost-met", "AtMost", "5.5", "5.2", "%", "%")
                + pair("atmost-missed", "AtMost", "5.5", "5.6", "%", "%")
                + pair("approx-pct-met", "Approximately", "7.5", "7.1", "%", "%")
                + pair("approx-pct-missed", "Approximately", "7.5", "6.9", "%", "%")
                + pair("approx-rel-met", "Approximately", "100", "96", "亿元", "亿元")
                + pair("approx-rel-missed", "Approximately", "100", "94", "亿元", "亿元")
                + pair("exactly-met", "Exactly", "10", "10.3", "%", "%")
                + pair("unit-differs", "AtLeast", "10", "1000", "亿元", "万元")
                + """
                :tnone a pg:Target ; pg:indicator pgi:none ; pg:indicatorLabel "none" ; pg:value 1 ; pg:comparator pg:AtLeast ;
                    pg:targetYear 2024 .
                :mtnone pg:mentions :tnone ; pg:evidence "target none" ; pg:inDocument :d1 .
                :tlate a pg:Target ; pg:indicator pgi:late ; pg:indicatorLabel "late" ; pg:value 1 ; pg:comparator pg:AtLeast ;
                    pg:targetYear 2030 .
                :mtlate pg:mentions :tlate ; pg:evidence "target late" ; pg:inDocument :d1 .
                :telse a pg:Target ; pg:indicator pgi:else ; pg:indicatorLabel "else" ; pg:value 1 ; pg:comparator pg:AtLeast ;
                    pg:targetYear 2024 .
                :mtelse pg:mentions :telse ; pg:evidence "target else" ; pg:inDocument :d1 .
                :aelse a pg:Actual ; pg:indicator pgi:else ; pg:value 9 ; pg:comparator pg:Exactly ; pg:periodYear 2024 .
                :maelse pg:mentions :aelse ; pg:evidence "another jurisdiction's figure" ; pg:inDocument :d3 .
                :tnowhere a pg:Target ; pg:indicator pgi:nowhere ; pg:indicatorLabel "nowhere" ; pg:value 1 ;
                    pg:comparator pg:AtLeast ; pg:targetYear 2024 .
                :mtnowhere pg:mentions :tnowhere ; pg:evidence "target nowhere" ; pg:inDocument :d4 .
                :traw a pg:Target ; pg:indicatorLabel "raw" ; pg:value 1 ; pg:comparator pg:AtLeast ; pg:targetYear 2024 .
                :mtraw pg:mentions :traw ; pg:evidence "target raw" ; pg:inDocument :d1 .
                """;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        Map<String, String> status = new TreeMap<>();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            // The query reads the rows resolution writes into the statistics graph (AnswerTable): write them as it does.
            store.write(() -> {
                store.replaceGraph(NodeFactory.createURI("https://example.org/g"), g);
                store.refreshStatistics(org.pledgegraph.rdf.IriMinter.defaults());
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store).run(NamedQueries.load(Path.of("queries")).get("targets-vs-actuals"), Map.of(),
                    QueryRunner.Format.tsv, out);
            List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).strip().split("\n"));
            List<String> header = List.of(lines.get(0).split("\t"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                status.put(cols[header.indexOf("?indicatorLabel")].replace("\"", ""),
                        cols[header.indexOf("?status")].replace("\"", ""));
            }
        }
        assertEquals(Map.ofEntries(Map.entry("atleast-met", "met"), Map.entry("exceeds-missed", "missed"),
                Map.entry("atmost-met", "met"), Map.entry("atmost-missed", "missed"),
                Map.entry("approx-pct-met", "met"), Map.entry("approx-pct-missed", "missed"),
                Map.entry("approx-rel-met", "met"), Map.entry("approx-rel-missed", "missed"),
                Map.entry("exactly-met", "met"), Map.entry("unit-differs", "unit differs"),
                Map.entry("none", "no figure reported"), Map.entry("late", "not yet reportable"),
                Map.entry("raw", "indicator not normalised"), Map.entry("else", "no figure reported"),
                Map.entry("nowhere", "jurisdiction unknown")), status);
    }
}
