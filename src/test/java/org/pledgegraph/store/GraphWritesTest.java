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
import org.pledgegraph.rdf.PG;
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

    /** A document graph with its record and one mention, as DocumentMapper writes them (invented text). */
    private static Graph documentGraph(String stem, int year, String sentence) {
        Node doc = iri("doc/" + stem);
        Node m = iri("doc/" + stem + "/m1");
        Node target = iri("doc/" + stem + "/m1#target");
        Node position = iri("doc/" + stem + "/m1#position");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(doc, PG.rdfType, PG.Document);
        g.add(doc, PG.sourceFile, NodeFactory.createLiteralString(stem + ".txt"));
        g.add(doc, PG.year, NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDinteger));
        g.add(doc, PG.dctSpatial, iri("place/p1"));
        g.add(m, PG.rdfType, PG.Mention);
        g.add(m, PG.inDocument, doc);
        g.add(m, PG.mentionType, PG.pg("Project"));
        g.add(m, EVIDENCE, NodeFactory.createLiteralString(sentence));
        g.add(m, PG.oaHasTarget, target);
        g.add(target, PG.oaHasSelector, position);
        g.add(position, PG.rdfType, PG.oaTextPositionSelector);
        g.add(position, PG.oaStart, NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger));
        return g;
    }

    private List<String> searched(GraphStore store, String lucene) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pgs: <https://w3id.org/pledgegraph/search#>
                    SELECT * WHERE { (?hit ?field ?text ?type ?doc ?file ?year ?start ?gov) pgs:hits ('%s' 100) }"""
                    .formatted(lucene)).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.select().forEachRemaining(b -> out.add(String.join("|", b.get("hit").getURI(), b.get("field").getLiteralLexicalForm(),
                        b.get("text").getLiteralLexicalForm(), b.get("type").getURI(), b.get("doc").getURI(),
                        b.get("file").getLiteralLexicalForm(), b.get("year").getLiteralLexicalForm(),
                        b.get("start").getLiteralLexicalForm(), b.get("gov").getURI())));
                return out;
            }
        });
    }

    @Test
    void searchHitsCarryTheirDocumentRecordAndFollowTheGraph() {
        Node g = iri("graph/doc-a");
        Path dir = tmp.resolve("store3");
        String expected = String.join("|", EX + "doc/a/m1", "sentence", "推进虚构新区大道建设。", PG.pg("Project").getURI(),
                EX + "doc/a", "a.txt", "2024", "42", EX + "place/p1");
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> store.replaceGraph(g, documentGraph("a", 2024, "推进虚构新区大道建设。")));
            assertEquals(List.of(expected), searched(store, "sentence:\\\"新区大道\\\""));
            store.write(() -> store.replaceGraph(g, documentGraph("a", 2024, "另一句虚构文字。")));
            assertEquals(List.of(), searched(store, "sentence:\\\"新区大道\\\""));
            store.write(() -> store.replaceGraph(g, documentGraph("a", 2024, "推进虚构新区大道建设。")));
            store.write(() -> store.removeGraph(g));
            assertEquals(List.of(), searched(store, "sentence:\\\"新区大道\\\""));
            store.write(() -> store.replaceGraph(g, documentGraph("a", 2024, "推进虚构新区大道建设。")));
            // Rebuilt from the store, the index stores the same record beside each sentence.
            store.read(() -> store.textIndex().rebuild(store.datasetGraph()));
            assertEquals(List.of(expected), searched(store, "sentence:\\\"新区大道\\\""));
        }
    }

    /** The entities graph as resolution writes it: mention → entity, the entity's type and label (invented). */
    private static Graph entitiesGraph(String mention, String entity, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        Node e = iri("id/" + entity);
        g.add(iri(mention), PG.mentions, e);
        g.add(e, PG.rdfType, PG.pg("Project"));
        g.add(e, PG.rdfsLabel, NodeFactory.createLiteralLang(label, "zh"));
        return g;
    }

    /** hit|entity|type|label of every row of pgs:hits with its entity columns, sorted. */
    private List<String> named(GraphStore store, String lucene) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pgs: <https://w3id.org/pledgegraph/search#>
                    SELECT * WHERE { (?hit ?field ?text ?t ?doc ?file ?year ?start ?gov ?entity ?type ?label) pgs:hits ('%s' 100) }"""
                    .formatted(lucene)).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.select().forEachRemaining(b -> out.add(String.join("|", b.get("hit").getURI(), b.get("entity").getURI(),
                        b.get("type").getURI(), b.get("label").toString())));
                java.util.Collections.sort(out);
                return out;
            }
        });
    }

    /** The same rows joined from the triples (union graph), as search.rq did before the index stored them. */
    private List<String> joined(GraphStore store, String phrase) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT DISTINCT ?hit ?entity ?type ?label WHERE {
                      { ?hit pg:evidence ?s FILTER (CONTAINS(?s, '%1$s')) ?hit pg:mentions ?entity }
                      UNION { ?hit rdfs:label ?n FILTER (CONTAINS(?n, '%1$s')) BIND (?hit AS ?entity) }
                      ?entity a ?type ; rdfs:label ?label }""".formatted(phrase)).build()) {
                List<String> out = new java.util.ArrayList<>();
                qe.select().forEachRemaining(b -> out.add(String.join("|", b.get("hit").getURI(), b.get("entity").getURI(),
                        b.get("type").getURI(), b.get("label").toString())));
                java.util.Collections.sort(out);
                return out;
            }
        });
    }

    /** The Lucene query of search.rq: names and sentences. */
    private static String both(String phrase) {
        return "name:\\\"" + phrase + "\\\" OR sentence:\\\"" + phrase + "\\\"";
    }

    private static String row(String hit, String entity, String label) {
        return String.join("|", EX + hit, EX + "id/" + entity, PG.pg("Project").getURI(), "\"" + label + "\"@zh");
    }

    @Test
    void sentencesCarryTheEntitiesTheirMentionNamesThroughResolutionRewrites() {
        Node doc = iri("graph/doc-a");
        Node entities = iri("graph/entities");
        Path dir = tmp.resolve("store4");
        String q = "sentence:\\\"新区大道\\\"";
        try (GraphStore store = GraphStore.open(dir)) {
            store.write(() -> store.replaceGraph(doc, documentGraph("a", 2024, "推进虚构新区大道建设。")));
            assertEquals(List.of(), named(store, q), "not resolved yet: the mention names nothing");
            // Resolution in the same transaction as the document, as ingest's last batch does.
            store.write(() -> {
                store.replaceGraph(doc, documentGraph("a", 2024, "推进虚构新区大道建设。"));
                store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e1", "虚构新区大道"));
            });
            assertEquals(List.of(row("doc/a/m1", "e1", "虚构新区大道")), named(store, q));
            assertEquals(joined(store, "新区大道"), named(store, both("新区大道")));
            // Resolution again: the entity's IRI and label change; the sentence follows in the same write.
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e2", "新区大道")));
            assertEquals(List.of(row("doc/a/m1", "e2", "新区大道")), named(store, q));
            // The document stored again after resolution keeps its mention's entity (read from the entities graph).
            store.write(() -> store.replaceGraph(doc, documentGraph("a", 2024, "推进虚构新区大道建设。")));
            assertEquals(List.of(row("doc/a/m1", "e2", "新区大道")), named(store, q));
            // An aborted resolution leaves the index as the store: the entity before it.
            assertThrows(IllegalStateException.class, () -> store.write(() -> {
                store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e3", "别的大道"));
                throw new IllegalStateException("abort");
            }));
            assertEquals(List.of(row("doc/a/m1", "e2", "新区大道")), named(store, q));
            // An entities graph that no longer names the mention, then none at all.
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/a/m9", "e2", "新区大道")));
            assertEquals(List.of(), named(store, q));
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e4", "新区大道")));
            assertEquals(List.of(row("doc/a/m1", "e4", "新区大道")), named(store, q));
            store.write(() -> store.removeGraph(entities));
            assertEquals(List.of(), named(store, q));
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e5", "新区大道")));
        }
        // An index of the previous layout (by-graph-2: no entities stored) is rebuilt when the store is opened.
        try (var d = org.apache.lucene.store.FSDirectory.open(dir.resolve(TextIndex.FOLDER));
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.deleteAll();
            w.setLiveCommitData(java.util.Map.of("pledgegraph.layout", "by-graph-2").entrySet());
            w.commit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (GraphStore store = GraphStore.open(dir)) {
            assertEquals(List.of(row("doc/a/m1", "e5", "新区大道")), named(store, q), "rebuilt on open");
            // The rebuilt index still follows the entities graph.
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/a/m1", "e6", "新区大道")));
            assertEquals(List.of(row("doc/a/m1", "e6", "新区大道")), named(store, q));
            assertEquals(joined(store, "新区大道"), named(store, both("新区大道")));
        }
    }

    @Test
    void aSentenceNamesItsOwnGraphsFiguresAndTheEntitiesGraphsEntities() {
        Node doc = iri("graph/doc-b");
        Node entities = iri("graph/entities");
        Graph g = documentGraph("b", 2023, "建成虚构新区大道十公里。");
        // A figure named in the document graph itself, as DocumentMapper writes targets.
        Node figure = iri("id/target/b-1");
        g.add(iri("doc/b/m1"), PG.mentions, figure);
        g.add(figure, PG.rdfType, PG.pg("Project"));
        g.add(figure, PG.rdfsLabel, NodeFactory.createLiteralLang("十公里", "zh"));
        try (GraphStore store = GraphStore.open(tmp.resolve("store5"))) {
            store.write(() -> {
                store.replaceGraph(doc, g);
                store.replaceGraph(entities, entitiesGraph("doc/b/m1", "e1", "虚构新区大道"));
            });
            String q = "sentence:\\\"新区大道\\\"";
            assertEquals(List.of(row("doc/b/m1", "e1", "虚构新区大道"), row("doc/b/m1", "target/b-1", "十公里")),
                    named(store, q));
            assertEquals(joined(store, "新区大道"), named(store, both("新区大道")));
            // Removing the entities graph leaves the figure.
            store.write(() -> store.removeGraph(entities));
            assertEquals(List.of(row("doc/b/m1", "target/b-1", "十公里")), named(store, q));
            // A name hit gives its own entity, type and label.
            store.write(() -> store.replaceGraph(entities, entitiesGraph("doc/b/m1", "e2", "虚构新区大道")));
            assertEquals(List.of(row("id/e2", "e2", "虚构新区大道")), named(store, "name:\\\"新区大道\\\""));
        }
    }
}
