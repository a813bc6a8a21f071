package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GraphStore#replaceGraph} writes through {@link QuadLoader} (node ids first, then each TDB2 index in its
 * key order) and re-indexes only that graph's names and sentences: the store must read exactly as if every quad
 * had been added one by one, and the text index must follow replacements, removals and aborted writes.
 */
class GraphWritesTest {
    private static final String EX = "http://example.org/";
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node EVIDENCE = NodeFactory.createURI("https://w3id.org/pledgegraph/ontology#evidence");
    private static final Node VALUE = NodeFactory.createURI(EX + "value");

    @TempDir
    Path tmp;

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** A graph of {@code n} subjects with labels, sentences, inline and non-inline literals and shared objects. */
    private static Graph sample(String tag, int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            Node s = iri(tag + "/m" + i);
            g.add(s, LABEL, NodeFactory.createLiteralLang("虚构名称" + tag + i, "zh"));
            g.add(s, EVIDENCE, NodeFactory.createLiteralString("建设虚构大道" + tag + "第" + i + "期工程。"));
            g.add(s, VALUE, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
            g.add(s, VALUE, NodeFactory.createLiteralDT(i + ".5", XSDDatatype.XSDdecimal));
            g.add(s, iri("next"), iri(tag + "/m" + (i + 1) % n));
            g.add(s, iri("type"), iri("Thing"));
        }
        return g;
    }

    private static Set<String> quads(Iterable<Quad> it) {
        Set<String> out = new TreeSet<>();
        it.forEach(q -> out.add(q.toString()));
        return out;
    }

    private long hits(GraphStore store, String lucene) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT DISTINCT ?s WHERE { ?s text:query ('%s' 1000) }""".formatted(lucene)).build()) {
                return qe.select().materialize().stream().count();
            }
        });
    }

    @Test
    void loadedGraphsReadAsIfAddedQuadByQuad() {
        Graph a = sample("a", 300);
        Graph b = sample("b", 50);
        Node ga = iri("graph/a");
        Node gb = iri("graph/b");
        var expected = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        a.find().forEachRemaining(t -> expected.add(ga, t.getSubject(), t.getPredicate(), t.getObject()));
        b.find().forEachRemaining(t -> expected.add(gb, t.getSubject(), t.getPredicate(), t.getObject()));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.write(() -> {
                store.replaceGraph(ga, sample("old", 20)); // replaced below: none of it may stay
                store.replaceGraph(gb, b);
                store.replaceGraph(ga, a);
            });
            store.read(() -> {
                assertEquals(quads(() -> expected.find()), quads(() -> store.datasetGraph().find()));
                // Every index answers: patterns bound on each position go through different ones.
                Node s = iri("a/m7");
                Node o = NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger);
                assertEquals(quads(() -> expected.find(Node.ANY, s, Node.ANY, Node.ANY)),
                        quads(() -> store.datasetGraph().find(Node.ANY, s, Node.ANY, Node.ANY)));
                assertEquals(quads(() -> expected.find(Node.ANY, Node.ANY, VALUE, o)),
                        quads(() -> store.datasetGraph().find(Node.ANY, Node.ANY, VALUE, o)));
                assertEquals(quads(() -> expected.find(gb, Node.ANY, Node.ANY, iri("Thing"))),
                        quads(() -> store.datasetGraph().find(gb, Node.ANY, Node.ANY, iri("Thing"))));
                assertEquals(quads(() -> expected.find(Node.ANY, Node.ANY, iri("next"), Node.ANY)),
                        quads(() -> store.datasetGraph().find(Node.ANY, Node.ANY, iri("next"), Node.ANY)));
                assertEquals(6 * 350, store.quadCount(), "counted from the indexes");
                assertEquals(List.of(ga, gb), store.graphNames());
                return null;
            });
        }
    }

    @Test
    void textIndexFollowsEachGraph() {
        Node ga = iri("graph/a");
        Node gb = iri("graph/b");
        Path dir = tmp.resolve("store2");
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> {
                store.replaceGraph(ga, sample("甲", 5));
                store.replaceGraph(gb, sample("乙", 5));
            });
            assertEquals(5, hits(store, "sentence:\"大道甲\""));
            assertEquals(5, hits(store, "sentence:\"大道乙\""));
            assertEquals(1, hits(store, "name:\"名称甲3\""));
            // Replacing one graph drops its old values and leaves the other graph's.
            store.write(() -> store.replaceGraph(ga, sample("丙", 2)));
            assertEquals(0, hits(store, "sentence:\"大道甲\""));
            assertEquals(2, hits(store, "sentence:\"大道丙\""));
            assertEquals(5, hits(store, "sentence:\"大道乙\""));
            store.write(() -> store.removeGraph(gb));
            assertEquals(0, hits(store, "sentence:\"大道乙\""));
            // A failed write leaves the index as the store: as before the transaction.
            assertThrows(IllegalStateException.class, () -> store.write(() -> {
                store.replaceGraph(gb, sample("丁", 3));
                throw new IllegalStateException("abort");
            }));
            assertEquals(0, hits(store, "sentence:\"大道丁\""));
            assertEquals(2, hits(store, "sentence:\"大道丙\""));
        }
        // An index of an older layout (or none) is rebuilt from the store when it is opened.
        try (GraphStore store = GraphStore.open(dir)) {
            assertTrue(store.read(() -> store.textIndex().rebuild(org.apache.jena.sparql.core.DatasetGraphFactory.create())) == 0);
            assertEquals(0, hits(store, "sentence:\"大道丙\""));
        }
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(2, hits(store, "sentence:\"大道丙\""), "rebuilt on open");
            // The rebuilt index is keyed by graph too: a replacement still drops the old values.
            store.write(() -> store.replaceGraph(ga, sample("戊", 1)));
            assertEquals(0, hits(store, "sentence:\"大道丙\""));
            assertEquals(1, hits(store, "sentence:\"大道戊\""));
        }
    }
}
