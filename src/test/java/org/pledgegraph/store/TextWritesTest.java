package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pledgegraph.store.SentenceGroupsTest.document;
import static org.pledgegraph.store.SentenceGroupsTest.entities;
import static org.pledgegraph.store.SentenceGroupsTest.iri;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;

/**
 * A graph's text index values written on the index's own thread ({@link TextWrites}, through
 * {@link GraphStore#replaceGraph}) are what a rebuild from the store's triples writes, including the links that
 * another graph (the entities graph) says of its sentences, read from the store on the writing thread beforehand;
 * and a write that fails on that thread aborts the store's write transaction with it. Invented names.
 */
class TextWritesTest {
    private static final String S1 = "推进虚构新区大道和虚构东路建设。";
    private static final String S2 = "虚构新区大道二期开工。";

    @TempDir
    Path tmp;

    @Test
    void aGraphIndexedOnItsOwnThreadHoldsWhatARebuildHolds() {
        Node docA = iri("graph/doc-a");
        Node docB = iri("graph/doc-b");
        Node ents = iri("graph/entities");
        Path dir = tmp.resolve("store");
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> {
                store.replaceGraph(docA, document("a", "a.txt", Map.of("m1", S1, "m2", S2)));
                store.replaceGraph(ents, entities(Map.of("doc/a/m1", "e1", "doc/a/m2", "e2", "doc/b/m1", "e1"),
                        Map.of("e1", List.of("甲工程"), "e2", List.of("乙工程", "乙"))));
            });
            // Stored after the entities graph: their sentences' links come from it alone (read before indexing).
            store.write(() -> {
                store.replaceGraph(docA, document("a", "a.txt", Map.of("m1", S1, "m2", S2)));
                store.replaceGraph(docB, document("b", "b.txt", Map.of("m1", S2)));
            });
            List<String> written = IndexContents.of(dir);
            assertTrue(written.stream().anyMatch(l -> l.contains("doc/b/m1") && l.contains("甲工程")),
                    "a sentence of a document stored after resolution carries its entity's label: " + written);
            store.read(() -> store.textIndex().rebuild(store.datasetGraph()));
            assertEquals(IndexContents.of(dir), written);
        }
    }

    @Test
    void aWriteThatFailsOnTheIndexThreadAbortsTheStoreWrite() {
        Node docA = iri("graph/doc-a");
        Node docB = iri("graph/doc-b");
        Path dir = tmp.resolve("store");
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> store.replaceGraph(docA, document("a", "a.txt", Map.of("m1", S1))));
            List<String> before = IndexContents.of(dir);
            long quads = store.read(store::quadCount);
            // Labels are the first values the index thread reads (its loop over the indexed predicates).
            Graph failing = new WrappedGraph(document("b", "b.txt", Map.of("m1", S2))) {
                @Override
                public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    if (PG.rdfsLabel.equals(p)) {
                        throw new IllegalStateException("index thread failed");
                    }
                    return super.find(s, p, o);
                }
            };
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.write(() -> {
                store.replaceGraph(docB, failing);
                store.removeGraph(docA); // handed after the failed write: not run
            }));
            assertEquals("index thread failed", e.getMessage());
            assertEquals(before, IndexContents.of(dir));
            assertEquals(quads, store.read(store::quadCount));
            // The index thread writes again after the failure.
            store.write(() -> store.replaceGraph(docB, document("b", "b.txt", Map.of("m1", S2))));
            assertTrue(IndexContents.of(dir).stream().anyMatch(l -> l.contains("doc/b/m1")));
            assertEquals(before.size() + 2, IndexContents.of(dir).size(), "b's sentence and its group");
        }
    }
}
