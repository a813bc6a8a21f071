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
import org.pledgegraph.store.IndexContents;

/**
 * The cross-year pass through the store on two invented reports of one government: a name the first year keeps
 * is added where the second year writes it in a context that alone keeps nothing, with its offsets, and the
 * store is the same whichever order, or runs, the two reports came in.
 */
class CrossYearIT {
    private static final String HEADER = "file\tissued\tyear\tkind\ttitle\tbody\tjurisdiction\n";
    private static final String Y1 = "各位代表：现在，我代表区人民政府向大会报告工作。过去一年，建成投用青松湖科创中心。";
    private static final String Y2 = "各位代表：现在，我代表区人民政府向大会报告工作。今年全面点亮青松湖科创中心，带动产业集聚。";

    /** Keeps a facility only where group 1 of {@code pattern} matches. */
    record FacilityAt(Pattern pattern) implements Recognizer {
        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            Matcher m = pattern.matcher(s.text());
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

    /**
     * A name only after 建成投用 (the second report's sentence alone gives it nothing), and a name before 东区建设
     * kept whole (name + 东区: the head is what the other year kept).
     */
    private static final Extractor EXTRACTOR = Extractor.with(List.of(
            new FacilityAt(Pattern.compile("建成投用(\\p{IsHan}{2,10}中心)")),
            new FacilityAt(Pattern.compile("推进(\\p{IsHan}{2,10}中心东区)建设"))));
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
    void aReportMoreThanTwoYearsAwayCarriesNothing() throws IOException {
        Path a = folder("a", "luohu-2020.txt", 2020, Y1);
        Path b = folder("b", "luohu-2023.txt", 2023, Y2);
        Map<String, Graph> together = ingest("together", List.of(List.of(a, b)));
        Graph later = together.get(IriMinter.defaults().documentGraph("luohu-2023").getURI());
        assertEquals(0, later.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(),
                "three years apart: the earlier report's name is not added");
        Path c = folder("c", "luohu-2022.txt", 2022, Y2);
        Graph near = ingest("near", List.of(List.of(a, c))).get(IriMinter.defaults().documentGraph("luohu-2022").getURI());
        assertEquals(1, near.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(), "two years apart: added");
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

    /**
     * An ingest recomputes the cross-year mentions of its own governments and of those a run that died left
     * pending, and nothing a full recompute would change: the first run dies after committing two of three
     * reports of one government, the second ingests two reports of another.
     */
    @Test
    void anIngestRecomputesItsGovernmentsAndThosePendingAsAFullRecomputeWould() throws IOException {
        Path b1 = folder("b1", "futian-2022.txt", 2022, "各位代表：我代表区人民政府报告工作。过去一年，建成投用红棉湾科创中心。",
                "深圳市福田区");
        Path b2 = folder("b2", "futian-2023.txt", 2023, "各位代表：我代表区人民政府报告工作。今年全面点亮红棉湾科创中心。",
                "深圳市福田区");
        Path b3 = folder("b3", "futian-2024.txt", 2024, "各位代表：我代表区人民政府报告工作。今年继续办好民生实事。",
                "深圳市福田区");
        Path a1 = folder("a1", "luohu-2023.txt", 2023, Y1, "深圳市罗湖区");
        Path a2 = folder("a2", "luohu-2024.txt", 2024, Y2, "深圳市罗湖区");
        IngestListener dies = new IngestListener() {
            @Override
            public void committed(int documents, int total) {
                if (documents == 2) {
                    throw new IllegalStateException("the run dies after its second commit");
                }
            }
        };
        try (GraphStore store = GraphStore.open(tmp.resolve("resumed"))) {
            Ingest first = Ingest.create(store).extractor(EXTRACTOR).batchSize(1);
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> first.run(List.of(b1, b2, b3), dies));
            IriMinter iris = IriMinter.defaults();
            assertEquals(java.util.Optional.of(java.util.Set.of("440304")),
                    store.read(() -> store.pendingJurisdictions(iris)), "the mark names the government written");
            Ingest.create(store).extractor(EXTRACTOR).run(List.of(a1, a2), IngestListener.NONE);
            Map<String, Graph> limited = graphs(store);
            Graph pendingSecond = limited.get(iris.documentGraph("futian-2023").getURI());
            assertEquals(1, pendingSecond.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(),
                    "the government left pending was recomputed");
            Graph second = limited.get(iris.documentGraph("luohu-2024").getURI());
            assertEquals(1, second.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(),
                    "the government ingested was recomputed");
            Ingest.create(store).extractor(EXTRACTOR).resolve();
            assertSame(limited, graphs(store));
        }
    }

    private static void assertSame(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, g) -> assertTrue(g.isIsomorphicWith(actual.get(name)), "graph " + name + " differs"));
    }

    /**
     * The document and entities graphs after ingesting {@code runs}, one run after another; the text index, which
     * the cross-year patch updates value by value, checked to hold what a rebuild from the store holds.
     */
    private Map<String, Graph> ingest(String name, List<List<Path>> runs) {
        try (GraphStore store = GraphStore.open(tmp.resolve(name))) {
            for (List<Path> run : runs) {
                Ingest.create(store).extractor(EXTRACTOR).run(run, IngestListener.NONE);
            }
            assertIndexAsRebuilt(store);
            return graphs(store);
        }
    }

    /** The committed text index holds the same values as one rebuilt from the store's triples. */
    private static void assertIndexAsRebuilt(GraphStore store) {
        List<String> written = IndexContents.of(store.dir());
        store.read(() -> store.textIndex().rebuild(store.datasetGraph()));
        List<String> rebuilt = IndexContents.of(store.dir());
        assertTrue(written.stream().anyMatch(v -> v.contains("members=")), "the index has sentence groups");
        List<String> missing = new java.util.ArrayList<>(rebuilt);
        missing.removeAll(written);
        List<String> extra = new java.util.ArrayList<>(written);
        extra.removeAll(rebuilt);
        assertEquals(List.of(), missing, "values a rebuild writes that the index lacks");
        assertEquals(List.of(), extra, "values the index has that a rebuild does not write");
        assertEquals(rebuilt, written, "the text index as a rebuild writes it");
    }

    /**
     * A corroborated mention that shares its sentence with a kept one, added by a later run and removed when its
     * witness is replaced by a report without the name: the sentence group and the mentions' values in the text index
     * follow each patch, as a rebuild would write them, and the graph as one run would.
     */
    @Test
    void aPatchedSentenceIsIndexedAsARebuildWould() throws IOException {
        Path a = folder("a", "luohu-2023.txt", 2023, Y1);
        Path b = folder("b", "luohu-2024.txt", 2024, Y2_PART);
        Path without = folder("c", "luohu-2023.txt", 2023, "各位代表：现在，我代表区人民政府向大会报告工作。今年继续办好民生实事。");
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(tmp.resolve("patched"))) {
            Ingest.create(store).extractor(EXTRACTOR).run(List.of(b), IngestListener.NONE);
            Ingest.create(store).extractor(EXTRACTOR).run(List.of(a), IngestListener.NONE);
            Graph second = graphs(store).get(iris.documentGraph("luohu-2024").getURI());
            assertEquals(1, second.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(), "added by the later run");
            assertIndexAsRebuilt(store);
            Ingest.create(store).extractor(EXTRACTOR).run(List.of(without), IngestListener.NONE);
            Map<String, Graph> after = graphs(store);
            second = after.get(iris.documentGraph("luohu-2024").getURI());
            assertEquals(0, second.find(Node.ANY, PG.corroboratedBy, Node.ANY).toList().size(), "removed with its witness");
            assertEquals("1", second.find(iris.document("luohu-2024"), PG.mentionCount, Node.ANY).next()
                    .getObject().getLiteralLexicalForm(), "the count without it");
            assertIndexAsRebuilt(store);
            assertSame(ingest("one-run", List.of(List.of(without, b))), after);
        }
    }

    /** Copies of the document and entities graphs of {@code store}. */
    private static Map<String, Graph> graphs(GraphStore store) {
        Map<String, Graph> out = new TreeMap<>();
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
        return out;
    }

    private Path folder(String dir, String file, int year, String text) throws IOException {
        return folder(dir, file, year, text, "深圳市罗湖区");
    }

    private Path folder(String dir, String file, int year, String text, String government) throws IOException {
        Path d = Files.createDirectories(tmp.resolve(dir));
        Files.writeString(d.resolve(file), text, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("manifest.tsv"), HEADER + file + "\t\t" + year
                + "\t政府工作报告\t\t\t" + government + "\n", StandardCharsets.UTF_8);
        return d;
    }
}
