package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.WrittenDocuments;

/**
 * The documents an ingest run holds for its cross-year pass ({@link WrittenDocuments}) are exactly what the store
 * reads back: real reports of three governments over two years, stored into an empty store and again into one that
 * a whole ingest (with its cross-year patches) filled; and a whole ingest, whose pass reads this run's documents from
 * memory, leaves the store as a resolution that reads every document from the store does.
 */
class WrittenDocumentsIT {
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "local");
    private static final List<String> FILES = List.of("guizhousheng-2025.txt", "guizhousheng-2026.txt",
            "henansheng-2025.txt", "henansheng-2026.txt", "shenzhen-futianqu-2022.txt", "shenzhen-futianqu-2023.txt");
    private static final IriMinter IRIS = IriMinter.defaults();

    @TempDir
    Path tmp;

    @Test
    void aHeldDocumentIsTheStoresReadingInAnEmptyAndAFilledStore() {
        DocumentPipeline pipeline = new DocumentPipeline(Extractor.defaults(), IRIS, Ingest.MAX_BYTES);
        Manifest manifest = Manifest.of(CORPUS);
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            assertHeldAsStored(store, pipeline, manifest, FILES.subList(0, 3));
            // A whole ingest of all six (the pass patches corroborated mentions into the stored graphs), then the same
            // reports stored again over those graphs.
            Ingest.create(store).run(FILES.stream().map(CORPUS::resolve).toList(), IngestListener.NONE);
            assertTrue(store.read(() -> store.datasetGraph().find(Node.ANY, Node.ANY, PG.corroboratedBy, Node.ANY).hasNext()),
                    "the ingest added corroborated mentions");
            assertHeldAsStored(store, pipeline, manifest, FILES);
        }
    }

    @Test
    void anIngestLeavesTheStoreAsAResolutionFromTheStoreDoes() {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            Ingest.create(store).run(FILES.stream().map(CORPUS::resolve).toList(), IngestListener.NONE);
            Map<String, Graph> fromMemory = documentGraphs(store);
            assertTrue(fromMemory.values().stream().anyMatch(g -> g.contains(Node.ANY, PG.corroboratedBy, Node.ANY)),
                    "the pass added mentions");
            Ingest.create(store).resolve(); // every document read from the store
            Map<String, Graph> fromStore = documentGraphs(store);
            assertEquals(fromStore.keySet(), fromMemory.keySet());
            fromStore.forEach((name, g) -> assertTrue(g.isIsomorphicWith(fromMemory.get(name)), name + " differs"));
        }
    }

    @Test
    void aGraphWhoseReadingTheStoresOrderDecidesIsNotHeld() {
        DocumentPipeline pipeline = new DocumentPipeline(Extractor.defaults(), IRIS, Ingest.MAX_BYTES);
        DocumentPipeline.Result r = pipeline.process(CORPUS.resolve(FILES.get(0)), Manifest.of(CORPUS));
        DocumentGraph d = r.graph();
        Graph twoFiles = GraphFactory.createDefaultGraph();
        d.graph().find().forEachRemaining(twoFiles::add);
        twoFiles.add(Triple.create(IRIS.document(d.stem()), PG.sourceFile, NodeFactory.createLiteralString("another.txt")));
        WrittenDocuments held = new WrittenDocuments();
        held.stored(IRIS, new DocumentGraph(d.stem(), d.conversion(), twoFiles));
        assertEquals(Optional.empty(), held.get(d.stem()), "two source files: the store's index order picks one");
        held.stored(IRIS, d);
        assertTrue(held.get(d.stem()).isPresent(), "one source file: held");
        held.forget(d.stem());
        assertEquals(Optional.empty(), held.get(d.stem()), "forgotten once another file is recorded");
    }

    /** A value TDB2 stores inline comes back in its canonical form (3.10 as 3.1), and so does the held document's. */
    @Test
    void aValueIsHeldAsTheStoreGivesItBack() {
        DocumentPipeline pipeline = new DocumentPipeline(Extractor.defaults(), IRIS, Ingest.MAX_BYTES);
        DocumentGraph d = pipeline.process(CORPUS.resolve(FILES.get(0)), Manifest.of(CORPUS)).graph();
        Graph changed = GraphFactory.createDefaultGraph();
        d.graph().find().forEachRemaining(changed::add);
        Triple value = changed.find(Node.ANY, PG.value, Node.ANY).next();
        changed.delete(value);
        changed.add(Triple.create(value.getSubject(), PG.value,
                NodeFactory.createLiteralDT("3.10", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        DocumentGraph written = new DocumentGraph(d.stem(), d.conversion(), changed);
        WrittenDocuments held = new WrittenDocuments();
        try (GraphStore store = GraphStore.open(tmp.resolve("v"))) {
            store.write(() -> {
                store.storeDocument(IRIS, written);
                held.stored(IRIS, written);
            });
            GraphStore.SiblingDocument read = store.read(() -> store.siblingDocument(IRIS, d.stem())).orElseThrow();
            List<String> values = read.kept().stream().filter(m -> m.figure() != null)
                    .map(m -> m.figure().value().toPlainString()).toList();
            assertTrue(values.contains("3.1") && !values.contains("3.10"), "the store gives 3.10 back as 3.1: " + values);
            assertEquals(read, held.get(d.stem()).orElseThrow());
        }
    }

    /** Stores {@code files} (one write transaction) as ingest does and compares each held document with the store's. */
    private static void assertHeldAsStored(GraphStore store, DocumentPipeline pipeline, Manifest manifest,
                                           List<String> files) {
        WrittenDocuments held = new WrittenDocuments();
        List<DocumentPipeline.Result> results = files.stream().map(f -> pipeline.process(CORPUS.resolve(f), manifest)).toList();
        store.write(() -> results.forEach(r -> {
            store.storeDocument(IRIS, r.graph());
            held.stored(IRIS, r.graph());
        }));
        assertEquals(files.size(), held.size(), "every document held");
        boolean[] figures = {false};
        store.read(() -> {
            for (DocumentPipeline.Result r : results) {
                String stem = r.graph().stem();
                GraphStore.SiblingDocument read = store.siblingDocument(IRIS, stem).orElseThrow();
                assertEquals(read, held.get(stem).orElseThrow(), stem);
                figures[0] |= read.kept().stream().map(Mention::figure).anyMatch(f -> f != null);
            }
            return null;
        });
        assertTrue(figures[0], "figures (inlined decimal values) compared too");
    }

    private static Map<String, Graph> documentGraphs(GraphStore store) {
        Map<String, Graph> out = new TreeMap<>();
        store.read(() -> {
            for (Node g : store.graphNames()) {
                if (g.getURI().contains("/graph/document/")) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                    out.put(g.getURI(), copy);
                }
            }
            return null;
        });
        return out;
    }
}
