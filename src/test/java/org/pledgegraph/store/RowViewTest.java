package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RowView}: a query over a page's rows answers through the view exactly as the store's own evaluation of
 * the union graph does, including where a hand-made match would differ from TDB2's (a number written another way
 * matches by value, a string of the same digits does not, a triple in two graphs counts once, a term the store
 * never saw matches nothing, a language tag, patterns on nodes that are not rows).
 */
class RowViewTest {
    private static final String EX = "http://example.org/";
    private static final String PREFIX = "PREFIX ex: <" + EX + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";
    private static final String ROWS = "VALUES ?row { ex:r0 ex:r1 ex:r2 ex:r3 ex:absent } ";

    @TempDir
    Path tmp;

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static Node integer(String lex) {
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDinteger);
    }

    @Test
    void queriesOverRowsAnswerAsTheStore() {
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            Node stats = iri("graph/statistics");
            Node other = iri("graph/other");
            store.write(() -> {
                DatasetGraph dsg = store.datasetGraph();
                for (int i = 0; i < 4; i++) {
                    Node row = iri("r" + i);
                    dsg.add(stats, row, iri("year"), integer(Integer.toString(2021 + i % 2)));
                    dsg.add(stats, row, iri("label"), NodeFactory.createLiteralString("row " + i));
                    dsg.add(stats, row, iri("value"), NodeFactory.createLiteralDT(i + ".50", XSDDatatype.XSDdecimal));
                    dsg.add(stats, row, iri("entity"), iri("e" + i % 2));
                    if (i % 2 == 0) {
                        dsg.add(stats, row, iri("unit"), NodeFactory.createLiteralLang("亿元", "zh"));
                    }
                }
                dsg.add(stats, iri("r1"), iri("candidate"), NodeFactory.createLiteralString("a"));
                dsg.add(stats, iri("r1"), iri("candidate"), NodeFactory.createLiteralString("b"));
                // The same triple in a second graph: the union graph holds it once.
                dsg.add(other, iri("r0"), iri("label"), NodeFactory.createLiteralString("row 0"));
                dsg.add(other, iri("r3"), iri("extra"), integer("7"));
                dsg.add(other, iri("e0"), iri("name"), NodeFactory.createLiteralString("entity zero"));
                // Only in the store's own default graph, which the union graph does not include.
                dsg.getDefaultGraph().add(iri("r2"), iri("hidden"), integer("1"));
            });
            List<String> queries = List.of(
                    "SELECT * { " + ROWS + "?row ?p ?o }",
                    "SELECT * { " + ROWS + "?row ex:year 2022 ; ex:label ?l }",
                    "SELECT * { " + ROWS + "?row ex:year 02022 ; ex:label ?l }",
                    "SELECT * { " + ROWS + "?row ex:year \"2022\" }",
                    "SELECT * { " + ROWS + "?row ex:year 1999 }",
                    "SELECT * { " + ROWS + "?row ex:value 2.5 }",
                    "SELECT * { " + ROWS + "?row ex:value \"0.500\"^^xsd:decimal }",
                    "SELECT * { " + ROWS + "?row ex:unit \"亿元\"@zh }",
                    "SELECT * { " + ROWS + "?row ex:unit \"亿元\" }",
                    "SELECT * { " + ROWS + "?row ex:entity ex:e0 }",
                    "SELECT * { " + ROWS + "?row ex:entity ex:never-stored }",
                    "SELECT * { " + ROWS + "?row ex:never-stored ?x }",
                    "SELECT * { " + ROWS + "?row ex:hidden ?x }",
                    "SELECT * { " + ROWS + "?row ex:label ?l OPTIONAL { ?row ex:candidate ?c } OPTIONAL { ?row ex:unit ?u } }",
                    "SELECT * { " + ROWS + "?row ex:entity ?e . ?e ex:name ?n }",
                    "SELECT * { " + ROWS + "?row ex:label ?l FILTER EXISTS { ?row ex:extra ?x } }",
                    "SELECT * { " + ROWS + "?row ex:label ?l FILTER (!BOUND(?j) || EXISTS { ?row ex:entity ?e . ?e ex:name ?j }) }",
                    "SELECT ?p (COUNT(*) AS ?n) { " + ROWS + "?row ?p ?o } GROUP BY ?p",
                    "SELECT * { ?s ex:year 2021 }");
            List<Node> rows = List.of(iri("r0"), iri("r1"), iri("r2"), iri("r3"), iri("absent"), iri("r0"));
            int compared = 0;
            for (String text : queries) {
                Query q = QueryFactory.create(PREFIX + text);
                assertTrue(RowView.readsDefaultGraphOnly(q), text);
                List<String> expected = store.read(() -> answer(store.datasetGraph(), q));
                List<String> viewed = store.read(() -> {
                    DatasetGraph view = RowView.over(store.datasetGraph(), rows);
                    assertNotSame(store.datasetGraph(), view, "a TDB2 store is read through the view");
                    return answer(view, q);
                });
                assertEquals(expected, viewed, text);
                compared += expected.size();
            }
            assertTrue(compared > 40, "rows compared: " + compared);
            assertEquals(List.of(iri("r1"), iri("r3")), store.read(() ->
                    RowView.subjects(store.datasetGraph(), iri("year"), integer("02022"), 10)));
            assertEquals(1, store.read(() -> RowView.subjects(store.datasetGraph(), iri("year"), integer("2021"), 1)).size());
            assertEquals(List.of(), store.read(() -> RowView.subjects(store.datasetGraph(), iri("hidden"), integer("1"), 10)));
        }
    }

    @Test
    void aQueryNamingGraphsIsNotReadThroughAView() {
        assertTrue(!RowView.readsDefaultGraphOnly(QueryFactory.create(PREFIX + "SELECT * { GRAPH ?g { ?s ?p ?o } }")));
        assertTrue(!RowView.readsDefaultGraphOnly(QueryFactory.create(PREFIX + "SELECT * FROM ex:g { ?s ?p ?o }")));
        assertTrue(!RowView.readsDefaultGraphOnly(QueryFactory.create(
                PREFIX + "SELECT * { ?s ?p ?o FILTER EXISTS { GRAPH ex:g { ?s ?p ?o } } }")));
        assertTrue(!RowView.readsDefaultGraphOnly(QueryFactory.create(
                PREFIX + "SELECT * { ?s ?p ?o } ORDER BY (NOT EXISTS { GRAPH ?g { ?s ?p ?o } })")));
        assertTrue(!RowView.readsDefaultGraphOnly(QueryFactory.create(
                PREFIX + "SELECT ?s (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?s (EXISTS { GRAPH ?g { ?s ?p ?o } })")));
        assertTrue(RowView.readsDefaultGraphOnly(QueryFactory.create(
                PREFIX + "SELECT * { ?s ?p ?o FILTER EXISTS { ?s ex:graph ?o } } ORDER BY (?o + 0) ?s")));
    }

    /** The answer's rows, each as its bindings in variable order, sorted: the same multiset or not. */
    private static List<String> answer(DatasetGraph dsg, Query q) {
        List<String> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                var b = rs.next();
                StringBuilder line = new StringBuilder();
                rs.getResultVars().forEach(v -> line.append(v).append('=').append(b.get(v)).append(' '));
                out.add(line.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
