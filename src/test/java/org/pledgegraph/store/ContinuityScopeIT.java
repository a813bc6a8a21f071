package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.EntityMapper;

/**
 * The continuity queries on a hand-made store: {@code promise-status} calls a promise silent only when a newer
 * document of its own government leaves it out, and {@code reappear} counts a later mention of the promised
 * thing's whole or part (pg:partOf).
 */
class ContinuityScopeIT {
    private static final String PREFIXES = """
            @prefix pg: <https://w3id.org/pledgegraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix : <https://example.org/> .
            """;

    @TempDir
    Path tmp;

    @Test
    void silentOnlyWhenTheOwnGovernmentsNewerReportLeavesItOut() {
        String ttl = PREFIXES + """
                :a2022 a pg:Document ; pg:year 2022 ; pg:sourceFile "a-2022.txt" ; dct:spatial :a .
                :a2023 a pg:Document ; pg:year 2023 ; pg:sourceFile "a-2023.txt" ; dct:spatial :a .
                :b2025 a pg:Document ; pg:year 2025 ; pg:sourceFile "b-2025.txt" ; dct:spatial :b .
                :p2022 a pg:Document ; pg:year 2022 ; pg:sourceFile "p-2022.txt" .
                :named a pg:Project ; rdfs:label "甲"@zh ; pg:jurisdiction :a ;
                    pg:firstPromised 2022 ; pg:promiseCount 1 ; pg:lastYear 2023 .
                :dropped a pg:Project ; rdfs:label "乙"@zh ; pg:jurisdiction :a ;
                    pg:firstPromised 2022 ; pg:promiseCount 1 ; pg:lastYear 2022 .
                :unplaced a pg:Project ; rdfs:label "丙"@zh ;
                    pg:firstPromised 2022 ; pg:promiseCount 1 ; pg:lastYear 2022 .
                :both a pg:Project ; rdfs:label "丁"@zh ; pg:jurisdiction :a , :b ;
                    pg:firstPromised 2022 ; pg:promiseCount 1 ; pg:lastYear 2023 .
                """;
        // pg:silentSince as resolution writes it, from the newest document of each government (and unplaced).
        Node a = NodeFactory.createURI("https://example.org/a");
        Node b = NodeFactory.createURI("https://example.org/b");
        EntityMapper.Newest newest = new EntityMapper.Newest(Map.of(a, 2023, b, 2025), 2022);
        Map<String, Integer> since = new TreeMap<>();
        since.put("named", newest.silentSince(List.of(a), 2023));
        since.put("dropped", newest.silentSince(List.of(a), 2022));
        since.put("unplaced", newest.silentSince(List.of(), 2022));
        since.put("both", newest.silentSince(List.of(a, b), 2023));
        StringBuilder written = new StringBuilder(ttl);
        since.forEach((e, y) -> written.append(y == null ? "" : ":" + e + " pg:silentSince " + y + " .\n"));
        Map<String, String> silent = new TreeMap<>();
        for (Map<String, String> row : run(written.toString(), "promise-status", List.of())) {
            silent.put(row.get("?label"), row.get("?silentSince"));
        }
        // 甲: its government's newest report (2023) names it; another government's 2025 report does not count.
        // 乙: its government reported again in 2023 without it. 丁: named by two governments, the newer one's
        // 2025 report leaves it out.
        assertEquals(Map.of("甲", "", "乙", "2022", "丙", "", "丁", "2023"), silent);
    }

    @Test
    void aLaterMentionOfTheWholeOrAPartIsAReappearance() {
        String ttl = PREFIXES + """
                :plan a pg:Document ; pg:year 2022 ; pg:sourceFile "plan.txt" ; dct:spatial :c .
                :report a pg:Document ; pg:year 2024 ; pg:sourceFile "report.txt" ; dct:spatial :c .
                :phase a pg:Project ; rdfs:label "甲园二期"@zh ; pg:partOf :whole .
                :whole a pg:Project ; rdfs:label "甲园"@zh ; pg:hasPart :phase .
                :zone a pg:Park ; rdfs:label "乙区"@zh .
                :member a pg:Facility ; rdfs:label "乙区丙馆"@zh ; pg:partOf :zone .
                :other a pg:Project ; rdfs:label "丁桥"@zh .
                :m1 pg:mentions :phase ; pg:inDocument :plan ; pg:modality pg:Commitment ; pg:evidence "promise phase" .
                :m2 pg:mentions :whole ; pg:inDocument :report ; pg:modality pg:Report ; pg:evidence "the whole" .
                :m3 pg:mentions :zone ; pg:inDocument :plan ; pg:modality pg:Commitment ; pg:evidence "promise zone" .
                :m4 pg:mentions :member ; pg:inDocument :report ; pg:modality pg:Report ; pg:evidence "a part" .
                :m5 pg:mentions :other ; pg:inDocument :plan ; pg:modality pg:Commitment ; pg:evidence "promise" .
                """;
        Map<String, String> later = new TreeMap<>();
        for (Map<String, String> row : run(ttl, "reappear", List.of("from=2022", "to=2024"))) {
            later.put(row.get("?label"), row.get("?later"));
        }
        assertEquals(Map.of("甲园二期", "the whole", "乙区", "a part"), later);
    }

    private List<Map<String, String>> run(String ttl, String query, List<String> params) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            // promise-status reads the rows resolution writes into the statistics graph (AnswerTable): written as it does.
            store.write(() -> {
                store.replaceGraph(NodeFactory.createURI("https://example.org/g"), g);
                store.refreshStatistics(org.pledgegraph.rdf.IriMinter.defaults());
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store).run(NamedQueries.load(Path.of("queries")).get(query),
                    QueryRunner.parseParams(params), QueryRunner.Format.tsv, out);
            List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).strip().split("\n"));
            List<String> header = List.of(lines.get(0).split("\t"));
            return lines.subList(1, lines.size()).stream().map(line -> {
                String[] cols = line.split("\t", -1);
                Map<String, String> row = new TreeMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cols.length ? cols[i].replaceAll("^\"|\"(@zh)?$", "")
                            .replaceAll("\"\\^\\^.*$", "") : "");
                }
                return row;
            }).toList();
        }
    }
}
