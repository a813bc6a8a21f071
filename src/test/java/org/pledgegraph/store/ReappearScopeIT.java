package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `reappear` pairs a promise only with later documents of the same jurisdiction, on a hand-made store. */
class ReappearScopeIT {
    private static final String TTL = """
            @prefix pg: <https://w3id.org/pledgegraph/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix : <https://example.org/> .
            :plan a pg:Document ; pg:year 2022 ; pg:sourceFile "plan.txt" ; dct:spatial :county .
            :report a pg:Document ; pg:year 2024 ; pg:sourceFile "report.txt" ; dct:spatial :county .
            :elsewhere a pg:Document ; pg:year 2024 ; pg:sourceFile "elsewhere.txt" ; dct:spatial :nation .
            :plain-plan a pg:Document ; pg:year 2022 ; pg:sourceFile "plain-plan.txt" .
            :plain-report a pg:Document ; pg:year 2024 ; pg:sourceFile "plain-report.txt" .
            :road a pg:Road ; rdfs:label "示例大道"@zh .
            :m1 pg:mentions :road ; pg:inDocument :plan ; pg:modality pg:Commitment ; pg:evidence "promise" .
            :m2 pg:mentions :road ; pg:inDocument :report ; pg:modality pg:Report ; pg:evidence "same county" .
            :m3 pg:mentions :road ; pg:inDocument :elsewhere ; pg:modality pg:Report ; pg:evidence "another government" .
            :m4 pg:mentions :road ; pg:inDocument :plain-plan ; pg:modality pg:Commitment ; pg:evidence "promise, no place" .
            :m5 pg:mentions :road ; pg:inDocument :plain-report ; pg:modality pg:Reference ; pg:evidence "later, no place" .
            """;

    @TempDir
    Path tmp;

    @Test
    void promisesReappearOnlyInTheSameJurisdiction() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(g);
        Set<String> pairs = new TreeSet<>();
        try (GraphStore store = GraphStore.open(tmp.resolve("db"))) {
            store.write(() -> store.replaceGraph(NodeFactory.createURI("https://example.org/g"), g));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store).run(NamedQueries.load(Path.of("queries")).get("reappear"),
                    QueryRunner.parseParams(List.of("from=2022", "to=2024")), QueryRunner.Format.tsv, out);
            List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).strip().split("\n"));
            List<String> header = List.of(lines.get(0).split("\t"));
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t", -1);
                pairs.add(cols[header.indexOf("?fromFile")].replace("\"", "") + " -> "
                        + cols[header.indexOf("?toFile")].replace("\"", ""));
            }
        }
        assertEquals(Set.of("plan.txt -> report.txt", "plain-plan.txt -> plain-report.txt"), pairs);
    }
}
