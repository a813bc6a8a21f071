package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored answer filtered by a name ({@code # pages: answer name~dropped}) keeps exactly the rows whose column
 * contains the name, or is unbound or not a string, in order — also where the stored (escaped) form would match
 * but the value does not, across chunks, and for names with characters the codec escapes. Checked against the
 * filter applied to each decoded row; in memory (columns worked out per request) and in a TDB2 store, where each
 * chunk's columns are kept after the first request and the second is answered from them.
 */
class AnswerSnapshotTest {
    private static final String BASE = "http://example.org/x/";
    private static final Query QUERY = QueryFactory.create(
            "SELECT ?document ?file ?dropped WHERE { ?document <http://example.org/dropped> ?dropped } ORDER BY ?dropped");

    /** Rows whose values trick a search of the stored form. */
    private static List<Node[]> rows() {
        List<Node[]> rows = new ArrayList<>();
        // Values that trick a search of the stored form: an escaped tab before "tb", a language tag, a datatype, an
        // IRI, unbound, a value split over the end of a field, and the name itself in other columns.
        Node[] odd = {
            NodeFactory.createLiteralString("a\tb"), NodeFactory.createLiteralString("xtb"),
            NodeFactory.createLiteralLang("前tb后", "tb"), NodeFactory.createLiteralLang("无", "tb"),
            NodeFactory.createLiteralDT("tb", org.apache.jena.datatypes.xsd.XSDDatatype.XSDtoken),
            NodeFactory.createURI(BASE + "tb"), null, NodeFactory.createLiteralString("t"),
            NodeFactory.createLiteralString("名称\\tb"), NodeFactory.createLiteralString("产业园区"),
            NodeFactory.createLiteralString("园区"), NodeFactory.createLiteralString("")};
        for (int i = 0; i < 1_234; i++) {
            rows.add(new Node[] {NodeFactory.createURI(BASE + "d" + i), i % 7 == 0 ? NodeFactory.createLiteralString("tb园区")
                : i % 3 == 0 ? odd[(i / 3) % odd.length] : NodeFactory.createLiteralString("f" + i),
                odd[i % odd.length]});
        }
        return rows;
    }

    /** Writes {@code rows} as the snapshot of {@link #QUERY} into {@code dsg}, as {@link AnswerSnapshot#write} does. */
    private static void store(DatasetGraph dsg, List<Node[]> rows) {
        TermCodec codec = new TermCodec(BASE);
        Node head = NodeFactory.createURI(BASE + "answer/test");
        Node graph = NodeFactory.createURI(BASE + "statistics");
        StringBuilder chunk = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            Node[] r = rows.get(n);
            for (int i = 0; i < r.length; i++) {
                chunk.append(i == 0 ? "" : "\t").append(r[i] == null ? "" : codec.encode(r[i]));
            }
            chunk.append('\n');
            if ((n + 1) % AnswerSnapshot.CHUNK == 0 || n + 1 == rows.size()) {
                dsg.add(graph, NodeFactory.createURI(head.getURI() + "/" + n / AnswerSnapshot.CHUNK), AnswerSnapshot.ROWS,
                        NodeFactory.createLiteralString(chunk.toString()));
                chunk.setLength(0);
            }
        }
        dsg.add(graph, head, AnswerSnapshot.TOTAL, NodeFactory.createLiteralString(Integer.toString(rows.size())));
        dsg.add(graph, head, AnswerSnapshot.COLUMNS, NodeFactory.createLiteralString("document file dropped"));
        dsg.add(graph, head, AnswerSnapshot.BASE, NodeFactory.createLiteralString(BASE));
        dsg.add(graph, head, AnswerSnapshot.QUERY, NodeFactory.createLiteralString(AnswerSnapshot.digest(QUERY)));
    }

    /** Every name × column × paging of {@link #read} equals the filter applied to each decoded row. */
    private static void check(DatasetGraph dsg, List<Node[]> rows) {
        // The filtered column last (the shipped query), in the middle and first: each finds its lines differently.
        for (int at = 0; at < 3; at++) {
            for (String name : List.of("tb", "t", "b", "园区", "产业园区", "a\tb", "\\tb", "\\", "无", "前tb后", "nothing", "\t")) {
                List<String> expected = new ArrayList<>();
                for (Node[] r : rows) {
                    Node v = r[at];
                    boolean string = v != null && v.isLiteral() && (v.getLiteralLanguage().isEmpty()
                            ? v.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())
                            : true);
                    if (!string || v.getLiteralLexicalForm().contains(name)) {
                        expected.add(r[0].getURI());
                    }
                }
                for (Paging paging : List.of(Paging.ALL, new Paging(0, 100), new Paging(7, 5), new Paging(490, 30),
                        new Paging(5_000, 10))) {
                    Paging.Window w = AnswerSnapshot.read(dsg, QUERY, paging, name, at).orElseThrow();
                    assertEquals(expected.size(), w.total(), name + " " + at);
                    List<String> got = new ArrayList<>();
                    for (Binding b : w.rows()) {
                        got.add(b.get(Var.alloc("document")).getURI());
                    }
                    int from = (int) Math.min(paging.offset(), expected.size());
                    int to = (int) Math.min(expected.size(), from + Math.min(paging.limit(), Integer.MAX_VALUE));
                    assertEquals(expected.subList(from, to), got, name + " " + at + " " + paging);
                }
            }
        }
    }

    @Test
    void aNameKeepsTheRowsThatContainItOrAreNoString() {
        List<Node[]> rows = rows();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        store(dsg, rows);
        check(dsg, rows);
    }

    /**
     * In a TDB2 store each chunk's columns are kept after the first request ({@link DerivedFromText}), and the
     * answers read from them are the same: every check twice, the second from what the first kept.
     */
    @Test
    void keptColumnsGiveTheSameAnswers(@TempDir Path dir) {
        List<Node[]> rows = rows();
        try (GraphStore gs = GraphStore.open(dir.resolve("store"))) {
            gs.write(() -> store(gs.datasetGraph(), rows));
            DerivedFromText kept = gs.datasetGraph().getContext().get(DerivedFromText.SYMBOL);
            assertEquals(0, gs.read(kept::size));
            for (int round = 0; round < 2; round++) {
                gs.read(() -> {
                    check(gs.datasetGraph(), rows);
                    return null;
                });
                // one text per chunk (3), each with the three columns' places (3 keys)
                assertEquals((rows.size() + AnswerSnapshot.CHUNK - 1) / AnswerSnapshot.CHUNK, kept.size());
                assertEquals(3L * kept.size(), kept.count(ChunkColumn.class));
            }
        }
    }

    /**
     * What one store kept is no answer of another: a snapshot replaced in a write transaction (as a re-ingest does)
     * is read from its new chunks, and a second store open in the same JVM keeps its own values, not the first's.
     */
    @Test
    void aReplacedSnapshotAndASecondStoreReadTheirOwnChunks(@TempDir Path dir) {
        List<Node[]> rows = rows();
        List<Node[]> moved = new ArrayList<>(rows);
        java.util.Collections.rotate(moved, 3); // other documents on every line: other chunk texts, other answers
        Node graph = NodeFactory.createURI(BASE + "statistics");
        try (GraphStore one = GraphStore.open(dir.resolve("one")); GraphStore two = GraphStore.open(dir.resolve("two"))) {
            one.write(() -> store(one.datasetGraph(), rows));
            two.write(() -> store(two.datasetGraph(), moved));
            DerivedFromText keptOne = one.datasetGraph().getContext().get(DerivedFromText.SYMBOL);
            DerivedFromText keptTwo = two.datasetGraph().getContext().get(DerivedFromText.SYMBOL);
            assertNotSame(keptOne, keptTwo);
            one.read(() -> {
                check(one.datasetGraph(), rows);
                return null;
            });
            assertEquals(0, two.read(keptTwo::size));
            two.read(() -> {
                check(two.datasetGraph(), moved);
                return null;
            });
            one.write(() -> {
                one.datasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                store(one.datasetGraph(), moved);
            });
            one.read(() -> {
                check(one.datasetGraph(), moved);
                return null;
            });
        }
    }

    /**
     * A snapshot whose count says one row more than its chunks hold (a corrupt store) is no answer, with or without a
     * name and whichever column the name is sought in: the caller computes the query from the store instead.
     */
    @Test
    void aCountLongerThanTheChunksIsNoAnswer() {
        List<Node[]> rows = rows();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        store(dsg, rows);
        Node head = NodeFactory.createURI(BASE + "answer/test");
        Node graph = NodeFactory.createURI(BASE + "statistics");
        dsg.deleteAny(graph, head, AnswerSnapshot.TOTAL, Node.ANY);
        dsg.add(graph, head, AnswerSnapshot.TOTAL, NodeFactory.createLiteralString(Integer.toString(rows.size() + 1)));
        assertTrue(AnswerSnapshot.read(dsg, QUERY, Paging.ALL, null, 0).isEmpty());
        for (int at = 0; at < 3; at++) {
            for (String name : List.of("tb", "a\tb")) { // one searched as stored, one line by line
                assertTrue(AnswerSnapshot.read(dsg, QUERY, Paging.ALL, name, at).isEmpty(), name + " " + at);
            }
        }
    }

    /** A chunk's number is read back only from a subject {@code AnswerSnapshot} writes: head/k, k below the count. */
    @Test
    void chunkNumbersAreReadOnlyAsWritten() {
        String head = BASE + "answer/test/";
        assertEquals(0, AnswerSnapshot.chunkNumber(head + "0", head, 3));
        assertEquals(2, AnswerSnapshot.chunkNumber(head + "2", head, 3));
        assertEquals(12, AnswerSnapshot.chunkNumber(head + "12", head, 13));
        for (String other : List.of(head + "3", head + "01", head + "-1", head + "1x", head, head + "x/1",
                BASE + "answer/tes/1", head + "99999999999")) {
            assertEquals(-1, AnswerSnapshot.chunkNumber(other, head, 3), other);
        }
        assertFalse(AnswerSnapshot.chunkNumber(head + "+1", head, 3) >= 0);
    }
}
