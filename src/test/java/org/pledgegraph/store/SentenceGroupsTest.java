package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;

/**
 * The sentence groups of the text index ({@link SentenceGroups}) hold the rows of their sentences as they are after
 * every write: {@code search}'s pages and totals, counted from the groups, equal the same query evaluated by SPARQL
 * over the sentences' own hits, through first resolution, re-resolution, a document stored again with a sentence
 * changed, the entities graph removed and stored again, a document removed, an aborted write and a rebuild. Two
 * documents share a file name, year and sentence (their groups merge), and two mentions of one sentence name the
 * same entity (a row counted once). Invented names.
 */
class SentenceGroupsTest {
    private static final String EX = "http://example.org/";
    private static final NamedQuery PAGED = NamedQueries.load(Path.of("queries")).get("search");
    private static final NamedQuery SPARQL = sparql();
    private static final String S1 = "推进虚构新区大道和虚构东路建设。";
    private static final String S2 = "虚构新区大道二期开工。";

    @TempDir
    Path tmp;

    private static NamedQuery sparql() {
        String text = PAGED.text().replace("# pages: search phrase\n", "");
        return new NamedQuery("search", PAGED.summary(), PAGED.question(), PAGED.parameters(), QueryFactory.create(text), text);
    }

    static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    /** A document graph: its record (file, year) and one mention per entry (mention → sentence). */
    static Graph document(String stem, String file, Map<String, String> mentions) {
        return document(stem, file, "2024", mentions);
    }

    /** A document graph with {@code file} and {@code year} (null: none) and a mention of each sentence. */
    static Graph document(String stem, String file, String year, Map<String, String> mentions) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = iri("doc/" + stem);
        g.add(doc, PG.rdfType, PG.Document);
        if (file != null) {
            g.add(doc, PG.sourceFile, NodeFactory.createLiteralString(file));
        }
        if (year != null) {
            g.add(doc, PG.year, NodeFactory.createLiteralDT(year, XSDDatatype.XSDinteger));
        }
        mentions.forEach((m, sentence) -> {
            Node mention = iri("doc/" + stem + "/" + m);
            g.add(mention, PG.rdfType, PG.Mention);
            g.add(mention, PG.inDocument, doc);
            g.add(mention, PG.mentionType, PG.pg("Project"));
            g.add(mention, PG.evidence, NodeFactory.createLiteralString(sentence));
        });
        return g;
    }

    /** The entities graph: mention → entity, each entity a project with its labels. */
    static Graph entities(Map<String, String> mentionToEntity, Map<String, List<String>> labels) {
        Graph g = GraphFactory.createDefaultGraph();
        mentionToEntity.forEach((m, e) -> g.add(iri(m), PG.mentions, iri("id/" + e)));
        labels.forEach((e, ls) -> {
            g.add(iri("id/" + e), PG.rdfType, PG.pg("Project"));
            ls.forEach(l -> g.add(iri("id/" + e), PG.rdfsLabel, NodeFactory.createLiteralLang(l, "zh")));
        });
        return g;
    }

    /** The live sentence groups whose text matches {@code phrase}. */
    static long groupCount(GraphStore store, String phrase) {
        long[] n = {0};
        store.read(() -> store.textIndex().reading(r -> {
            r.groups(SentenceGroups.TEXT + ":\"" + phrase + "\"", new IndexReading.GroupVisitor() {
                @Override
                public boolean wantsHit() {
                    return false;
                }

                @Override
                public int prefix(org.apache.lucene.util.BytesRef fileAndYear) {
                    return 0;
                }

                @Override
                public void group(org.apache.lucene.util.BytesRef hit, long hash, int prefix, long rows, long members,
                                  long ref) {
                    n[0]++;
                }
            });
            return null;
        }));
        return n[0];
    }

    /** Checks every phrase and paging against SPARQL; returns the total of the first phrase. */
    private static long check(GraphStore store, String step) {
        QueryRunner runner = new QueryRunner(store);
        long first = -1;
        for (String phrase : List.of("新区大道", "虚构", "东路建设", "二期")) {
            Map<String, Node> params = QueryRunner.parseParams(List.of("phrase=" + phrase));
            SearchReadingCheck.assertSameReadings(store, phrase, step);
            for (Paging p : List.of(Paging.ALL, Paging.of(1, 2, "test"), Paging.of(2, 2, "test"))) {
                QueryRunner.Table want = runner.select(SPARQL, params, p);
                QueryRunner.Table got = runner.select(PAGED, params, p);
                assertEquals(want.total(), got.total(), step + ": " + phrase + " total");
                assertEquals(want.rows().toString(), got.rows().toString(), step + ": " + phrase + " " + p);
            }
            if (first < 0) {
                first = runner.select(PAGED, params, Paging.first()).total();
            }
        }
        return first;
    }

    @Test
    void groupsCountTheirSentencesRowsThroughEveryWrite() {
        Node docA = iri("graph/doc-a");
        Node docB = iri("graph/doc-b");
        Node ents = iri("graph/entities");
        Graph a = document("a", "a.txt", Map.of("m1", S1, "m2", S1, "m3", S2));
        // Another document with the same file name, year and sentence: one (text, file, year) across two graphs.
        Graph b = document("b", "a.txt", Map.of("m1", S1));
        Graph first = entities(Map.of("doc/a/m1", "e1", "doc/a/m2", "e1", "doc/a/m3", "e2",
                "doc/b/m1", "e1"), Map.of("e1", List.of("虚构新区大道"), "e2", List.of("新区大道二期")));
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.write(() -> {
                store.replaceGraph(docA, a);
                store.replaceGraph(docB, b);
            });
            assertEquals(0, check(store, "not resolved"));
            store.write(() -> {
                store.replaceGraph(docA, a);
                store.replaceGraph(ents, first);
            });
            // S1 (two graphs, three mentions of e1): one row; S2: one; the names of e1 and e2.
            assertEquals(4, check(store, "first resolution"));
            assertTrue(groupCount(store, "新区大道") == 3,
                    "one group per graph and sentence");
            // Re-resolution: m2 now names another entity with two labels, m1 of b nothing.
            Graph second = entities(Map.of("doc/a/m1", "e1", "doc/a/m2", "e3", "doc/a/m3", "e2"),
                    Map.of("e1", List.of("虚构新区大道"), "e2", List.of("新区大道二期"), "e3", List.of("虚构东路", "东路")));
            store.write(() -> store.replaceGraph(ents, second));
            assertEquals(6, check(store, "re-resolution")); // S1: e1, e3 twice; S2; two names
            // The document stored again with m2's sentence changed: its rows leave S1's group.
            Graph a2 = document("a", "a.txt", Map.of("m1", S1, "m2", "虚构东路另一句。", "m3", S2));
            store.write(() -> store.replaceGraph(docA, a2));
            assertEquals(4, check(store, "document stored again"));
            store.write(() -> store.removeGraph(ents));
            assertEquals(0, check(store, "entities removed"));
            store.write(() -> store.replaceGraph(ents, second));
            assertEquals(4, check(store, "entities stored again"));
            assertThrows(IllegalStateException.class, () -> store.write(() -> {
                store.replaceGraph(ents, first);
                store.removeGraph(docA);
                throw new IllegalStateException("abort");
            }));
            assertEquals(4, check(store, "aborted"));
            store.write(() -> store.replaceGraph(ents, first));
            store.write(() -> store.removeGraph(docB));
            assertEquals(4, check(store, "document removed"));
            store.write(() -> store.replaceGraph(docB, b));
            assertEquals(4, check(store, "document stored after resolution"));
            store.read(() -> store.textIndex().rebuild(store.datasetGraph()));
            assertEquals(4, check(store, "rebuilt"));
        }
    }
}
