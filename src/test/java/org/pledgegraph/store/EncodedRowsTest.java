package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.junit.jupiter.api.Test;

/**
 * {@link EncodedRows} pages rows of encoded terms as SPARQL's ORDER BY pages their bindings: the page of the rows
 * sorted (stably) by {@link BindingComparator} over the same query's order, for ascending and descending columns,
 * unbound values, terms of every kind (IRIs, plain and language-tagged strings, integers equal in value but written
 * differently, which compare equal by value and are told apart by their terms) and rows that tie on every column.
 */
class EncodedRowsTest {
    private static final TermCodec CODEC = new TermCodec("https://example.org/");
    private static final List<String> COLUMNS = List.of("a", "b", "c");

    private static final List<Node> TERMS = List.of(
            NodeFactory.createURI("https://example.org/x"), NodeFactory.createURI("https://example.org/y"),
            NodeFactory.createURI("urn:z"), NodeFactory.createLiteralString("产业"),
            NodeFactory.createLiteralString("园区"), NodeFactory.createLiteralString("a"),
            NodeFactory.createLiteralLang("产业", "zh"), NodeFactory.createLiteralLang("a", "en"),
            NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdecimal));

    @Test
    void pagesAreThoseOfTheBindingsSortedBySparqlsComparator() {
        Random random = new Random(22);
        int compared = 0;
        for (String order : List.of("?a ?b ?c", "DESC(?a) ?b", "?c DESC(?b) ?a", "?b")) {
            Query query = QueryFactory.create("SELECT ?a ?b ?c WHERE {} ORDER BY " + order);
            for (int round = 0; round < 20; round++) {
                List<String[]> rows = new ArrayList<>();
                int n = 1 + random.nextInt(60);
                for (int i = 0; i < n; i++) {
                    String[] r = new String[3];
                    for (int k = 0; k < 3; k++) {
                        r[k] = random.nextInt(6) == 0 ? null : CODEC.encode(TERMS.get(random.nextInt(TERMS.size())));
                    }
                    rows.add(random.nextInt(8) == 0 && i > 0 ? rows.get(random.nextInt(i)).clone() : r); // exact ties too
                }
                List<Binding> sorted = new ArrayList<>(rows.stream().map(EncodedRowsTest::binding).toList());
                sorted.sort(new BindingComparator(query.getOrderBy())); // List.sort is stable, as SPARQL's sort
                for (Paging p : List.of(Paging.ALL, Paging.first(), Paging.of(1, 5, "t"), Paging.of(2, 5, "t"),
                        Paging.of(3, 7, "t"), Paging.of(100, 10, "t"))) {
                    EncodedRows paged = EncodedRows.of(query, COLUMNS, CODEC::decode);
                    int from = (int) Math.min(p.offset(), sorted.size());
                    int to = (int) Math.min(p.end(), sorted.size());
                    assertEquals(sorted.subList(from, to).toString(), paged.page(rows, p).toString(),
                            order + " round " + round + " " + p);
                    compared += to - from;
                }
            }
        }
        assertTrue(compared > 1000, "rows compared: " + compared);
    }

    @Test
    void anOrderByAnythingButTheColumnsIsNotTaken() {
        assertNull(EncodedRows.of(QueryFactory.create("SELECT ?a ?b ?c WHERE {} ORDER BY STR(?a)"), COLUMNS,
                CODEC::decode));
        assertNull(EncodedRows.of(QueryFactory.create("SELECT ?a ?b ?c ?d WHERE {} ORDER BY ?d"), COLUMNS,
                CODEC::decode));
    }

    private static Binding binding(String[] row) {
        BindingBuilder b = Binding.builder();
        for (int k = 0; k < row.length; k++) {
            if (row[k] != null) {
                b.add(Var.alloc(COLUMNS.get(k)), CODEC.decode(row[k]));
            }
        }
        return b.build();
    }
}
