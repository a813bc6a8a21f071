package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.extract.Candidate;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Recognizer;
import org.pledgegraph.extract.ScopedSentence;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;

/**
 * The cross-year pass through the store on two invented reports of one government: a name the first year keeps
 * is added where the second year writes it in a context that alone keeps nothing, with its offsets, and the
 * store is the same whichever order, or runs, the two reports came in.
 */
class CrossYearIT {
    private static final String HEADER = "file\tissued\tyear\tkind\ttitle\tbody\tjurisdiction\n";
    private static final String Y1 = "各位代表：现在，我代表区人民政府向大会报告工作。过去一年，建成投用青松湖科创中心。";
    private static final String Y2 = "各位代表：现在，我代表区人民政府向大会报告工作。今年全面点亮青松湖科创中心，带动产业集聚。";

    /** Keeps a name only after 建成投用: the second report's sentence alone gives it nothing. */
    static final class AfterOpening implements Recognizer {
        private static final Pattern P = Pattern.compile("建成投用(\\p{IsHan}{2,10}中心)");

        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            Matcher m = P.matcher(s.text());
            List<Candidate> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(new Candidate(EntityType.FACILITY, s.begin() + m.start(1), s.begin() + m.end(1), m.group(1), null));
            }
            return out;
        }

        @Override
        public List<EntityType> provides() {
            return List.of(EntityType.FACILITY);
        }
    }

    /** Keeps a name before 东区建设 whole (name + 东区): the head is what the other year kept. */
    static final class EastPart implements Recognizer {
        private static final Pattern P = Pattern.compile("推进(\\p{IsHan}{2,10}中心东区)建设");

        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            Matcher m = P.matcher(s.text());
            List<Candidate> out = new java.util.ArrayList<>();
            while (m.find()) {
                out.add(new Candidate(EntityType.FACILITY, s.begin() + m.start(1), s.begin() + m.end(1), m.group(1), null));
            }
            return out;
        }

        @Override
        public List<EntityType> provides() {
            return List.of(EntityType.FACILITY);
        }
    }

    private static final Extractor EXTRACTOR = Extractor.with(List.of(new AfterOpening(), new EastPart()));
    private static final String Y2_PART = "各位代表：现在，我代表区人民政府向大会报告工作。今年推进青松湖科创中心东区建设。";

    @TempDir
    Path tmp;

    @Test
    void theSecondYearGetsTheNameAndTheOrderDoesNotMatter() throws IOException {
        Path a = folder("a", "luohu-2023.txt", 2023, Y1);
        Path b = folder("b", "luohu-2024.txt", 2024, Y2);
        Map<String, Graph> together = ingest("together", List.of(List.of(a, b)));
        Graph second = together.get(IriMinter.defaults().documentGraph("luohu-2024").getURI());
        List<Node> corroborated = second.find(Node.ANY, PG.corroboratedBy, Node.ANY).mapWith(t -> t.getSubject()).toList();
        assertEquals(1, corroborated.size(), "one mention added to the second year");
        Node m = corroborated.get(0);
        assertEquals(IriMinter.defaults().document("luohu-2023"),
                second.find(m, PG.corroboratedBy, Node.ANY).next().getObject());
        int at = Y2.indexOf("青松湖科创中心");
        Node target = second.find(m, PG.oaHasTarget, Node.ANY).next().getObject();
        boolean found = false;
        for (Node sel : second.find(target, PG.oaHasSelector, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            if (second.contains(sel, PG.rdfType, PG.oaTextPositionSelector)) {
                assertEquals(at, second.find(sel, PG.oaStart, Node.ANY).next().getObject().getLiteralValue());
                assertEquals(at + 7, second.find(sel, PG.oaEnd, Node.ANY).next().getObject().getLiteralValue());
                found = true;
            }
        }
        assertTrue(found, "a position selector");
        assertEquals("1", second.find(IriMinter.defaults().document("luohu-2024"), PG.mentionCount, Node.ANY).next()
                .getObject().getLiteralLexicalForm(), "the count includes the added mention");
        // two runs in either order: the same store as one run (whose order within a run is the input order)
        assertSame(together, ingest("first-then-second", List.of(List.of(a), List.of(b))));
        assertSame(together, ingest("second-then-first", List.of(List.of(b), List.of(a))));
    }

    @Test
    void theHeadOfALongerNameIsAddedBesideItWhateverTheOrder() throws IOException {
        Path a = folder("a", "luohu-2023.txt", 2023, Y1);
        Path b = folder("b", "luohu-2024.txt", 2024, Y2_PART);
        Map<String, Graph> together = ingest("together", List.of(List.of(a, b)));
        Graph second = together.get(IriMinter.defaults().documentGraph("luohu-2024").getURI());
        List<String> added = second.find(Node.ANY, PG.corroboratedBy, Node.ANY)
                .mapWith(t -> second.find(t.getSubject(), PG.surface, Node.ANY).next().getObject().getLiteralLexicalForm())
                .toList();
        assertEquals(List.of("青松湖科创中心"), added, "the head, beside the kept 青松湖科创中心东区");
        assertEquals("2", second.find(IriMinter.defaults().document("luohu-2024"), PG.mentionCount, Node.ANY).next()
                .getObject().getLiteralLexicalForm(), "its own mention and the head");
        assertSame(together, ingest("second-then-first", List.of(List.of(b), List.of(a))));
    }

    private static void assertSame(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, g) -> assertTrue(g.isIsomorphicWith(actual.get(name)), "graph " + name + " differs"));
    }

    /** The document and entities graphs after ingesting {@code runs}, one run after another. */
    private Map<String, Graph> ingest(String name, List<List<Path>> runs) {
        Map<String, Graph> out = new TreeMap<>();
        try (GraphStore store = GraphStore.open(tmp.resolve(name))) {
            for (List<Path> run : runs) {
                Ingest.create(store).extractor(EXTRACTOR).run(run, IngestListener.NONE);
            }
            store.read(() -> {
                for (Node g : store.graphNames()) {
                    if (g.getURI().contains("/graph/document/") || g.equals(IriMinter.defaults().entitiesGraph())) {
                        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                        store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                        out.put(g.getURI(), copy);
                    }
                }
                return null;
            });
        }
        return out;
    }

    private Path folder(String dir, String file, int year, String text) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Files.writeString(d.resolve(file), text, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("manifest.tsv"), HEADER + file + "\t\t" + year
                + "\t政府工作报告\t\t\t深圳市罗湖区\n", StandardCharsets.UTF_8);
        return d;
    }
}
