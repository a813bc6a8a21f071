package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WriteNodeCache}: a store opened by {@link GraphStore} gets the wide write buffers, and with them writes,
 * aborts and reads give the same quads as TDB2's own buffers would: a node allocated by an aborted transaction must
 * not be found again by a later one (its id is reused), and nothing but the node table decides what a read returns.
 */
class WriteNodeCacheTest {
    private static final String EX = "http://example.org/";

    @TempDir
    Path tmp;

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Object buffer(DatasetGraph dsg, String field) throws ReflectiveOperationException {
        NodeTable table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
        while (!(table instanceof NodeTableCache)) {
            table = ((NodeTableWrapper) table).wrapped();
        }
        Field f = NodeTableCache.class.getDeclaredField(field);
        f.setAccessible(true);
        return ((ThreadBufferingCache<?, ?>) f.get(table)).getBuffer();
    }

    @Test
    void aStoreOpenedByGraphStoreHasTheWideBuffers() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            assertInstanceOf(WriteNodeCache.Buffer.class, buffer(store.datasetGraph(), "node2id_Cache"));
            assertInstanceOf(WriteNodeCache.Buffer.class, buffer(store.datasetGraph(), "id2node_Cache"));
        }
    }

    @Test
    void theBufferDropsTheLeastRecentlyUsedPastItsBudgetAndHandsNothingOn() {
        Node a = NodeFactory.createLiteralString("a".repeat(100));
        Node b = NodeFactory.createLiteralString("b".repeat(100));
        Node c = NodeFactory.createLiteralString("c".repeat(100));
        // Each entry weighs 128 + 2 × (100 + the datatype IRI's length) bytes: two fit, not three.
        long one = 128 + 2L * (100 + a.getLiteralDatatypeURI().length());
        WriteNodeCache.Buffer<Node, Integer> buffer = new WriteNodeCache.Buffer<>(2 * one + 1);
        buffer.put(a, 1);
        buffer.put(b, 2);
        assertEquals(1, buffer.getIfPresent(a)); // a is now the more recently used
        buffer.put(c, 3);
        assertNull(buffer.getIfPresent(b));
        assertEquals(1, buffer.getIfPresent(a));
        assertEquals(3, buffer.get(c, k -> 99));
        assertEquals(2, buffer.size());
        assertFalse(buffer.keys().hasNext()); // what a commit would copy into the shared cache
        buffer.clear();
        assertTrue(buffer.isEmpty());
        assertEquals(7, buffer.get(a, k -> 7));
    }

    @Test
    void anAbortedWritesNodesAreNotFoundByTheNextWrite() {
        Path dir = tmp.resolve("s");
        Set<String> expected = new TreeSet<>();
        try (GraphStore store = GraphStore.open(dir)) {
            Node g = iri("g");
            assertThrows(IllegalStateException.class, () -> store.write(() -> {
                for (int i = 0; i < 3000; i++) {
                    store.datasetGraph().add(g, iri("s" + i), iri("p"), NodeFactory.createLiteralString("aborted " + i));
                }
                throw new IllegalStateException("abort");
            }));
            store.write(() -> {
                // Other nodes first, so they take the ids the aborted nodes had; then some of those nodes again.
                for (int i = 0; i < 3000; i++) {
                    store.datasetGraph().add(g, iri("t" + i), iri("q"), NodeFactory.createLiteralString("kept " + i));
                }
                for (int i = 0; i < 3000; i += 7) {
                    store.datasetGraph().add(g, iri("s" + i), iri("p"), NodeFactory.createLiteralString("aborted " + i));
                }
            });
            for (int i = 0; i < 3000; i++) {
                expected.add(new Quad(g, iri("t" + i), iri("q"), NodeFactory.createLiteralString("kept " + i)).toString());
            }
            for (int i = 0; i < 3000; i += 7) {
                expected.add(new Quad(g, iri("s" + i), iri("p"), NodeFactory.createLiteralString("aborted " + i)).toString());
            }
            assertEquals(expected, store.read(() -> quads(store.datasetGraph())));
        }
        // The same quads read with fresh caches (closing expels the dataset: the next open reads the files again).
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(expected, store.read(() -> quads(store.datasetGraph())));
        }
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find(iri("g"), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.toString()));
        return out;
    }
}
