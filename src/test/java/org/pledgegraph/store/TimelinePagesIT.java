package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;

/**
 * `timeline` read from the quad table ({@link TimelinePages}) on a real TDB2 store whose mentions have what an
 * ingested store rarely has: several labels, modalities, years about, dates and starts; two documents with the same
 * year and file; facts of one mention split over two graphs and repeated in both; a selector that is not a text
 * position; mentions lacking a required property; an entity that is only a target. Every page, total and order must be
 * the query's own, evaluated by SPARQL over the union graph.
 */
class TimelinePagesIT {
    private static final String ID = "https://w3id.org/pledgegraph/id/";
    private static final Node G1 = iri("graph/1");
    private static final Node G2 = iri("graph/2");
    private static final Node G3 = iri("graph/entities");
    private static final Node E1 = iri("park/e1");
    private static final Node E2 = iri("park/e2");
    private static final Node E3 = iri("project/e3");
    private static final Node D1 = iri("doc/1");
    private static final Node D2 = iri("doc/2");
    private static final Node D3 = iri("doc/3");

    @TempDir
    Path dir;

    @Test
    void multiValuedAndIncompleteMentionsGiveTheQuerysRows() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            store.write(() -> fill(store.datasetGraph()));
            NamedQuery read = NamedQueries.load(Path.of("queries")).get("timeline");
            NamedQuery scan = PagesCheck.scanned(read);
            PageReader pages = PageReader.of(read).orElseThrow();
            QueryRunner runner = new QueryRunner(store);
            long compared = 0;
            for (List<String> set : List.of(List.of("name=甲"), List.of("name=乙"), List.of("name=丙"), List.of("name=丁"),
                    List.of("name=戊"), List.of("name=无"), List.of("entity=<" + E1.getURI() + ">"),
                    List.of("entity=<" + E1.getURI() + ">", "name=丙"), List.of("entity=<" + E2.getURI() + ">"),
                    List.of("entity=<" + E3.getURI() + ">", "name=甲"), List.of("entity=<" + E3.getURI() + ">", "name=乙"))) {
                Map<String, Node> params = QueryRunner.parseParams(set);
                for (Paging paging : List.of(Paging.ALL, Paging.first(), Paging.of(1, 2, "t"), Paging.of(2, 2, "t"),
                        Paging.of(3, 5, "t"), Paging.of(9, 5, "t"))) {
                    int n = PagesCheck.assertSameAnswer(store, runner, pages, read, scan, params, paging,
                            set + " " + paging);
                    compared += paging == Paging.ALL ? n : 0;
                }
            }
            // 甲 names E1 (2 labels) and E3: m1 2 dates × 2 modalities × 2 years about × 1 start, m2 (one place for
            // two documents) × 2 starts, m4 2 dates; the same per label, and m2 again for E3.
            assertEquals(2 * (8 + 2 + 2) + 2, runner.select(read, QueryRunner.parseParams(List.of("name=甲")),
                    Paging.ALL).total());
            assertTrue(compared > 60, "rows compared: " + compared);
        }
    }

    private static void fill(DatasetGraph dsg) {
        Node park = PG.pg("Park");
        Node target = PG.pg("Target");
        Node skosAlt = PG.skosAltLabel;
        // Entities: E1 two labels and an alternative one; E2 only a target (not shown); E3 a target and a project.
        dsg.add(G3, E1, PG.rdfType, park);
        dsg.add(G3, E1, PG.rdfsLabel, zh("甲"));
        dsg.add(G3, E1, PG.rdfsLabel, zh("乙"));
        dsg.add(G3, E1, skosAlt, zh("丙"));
        dsg.add(G3, E2, PG.rdfType, target);
        dsg.add(G3, E2, PG.rdfsLabel, zh("丁"));
        dsg.add(G3, E2, skosAlt, zh("甲"));
        dsg.add(G3, E3, PG.rdfType, target);
        dsg.add(G3, E3, PG.rdfType, PG.pg("Project"));
        dsg.add(G3, E3, PG.rdfsLabel, zh("戊"));
        dsg.add(G3, E3, skosAlt, zh("甲"));
        // Documents: D1 with two dates; D2 and D3 the same year and file, no date.
        doc(dsg, G1, D1, 2022, "a.txt");
        dsg.add(G1, D1, PG.dctIssued, NodeFactory.createLiteralDT("2022-01-01", XSDDatatype.XSDdate));
        dsg.add(G1, D1, PG.dctIssued, NodeFactory.createLiteralDT("2022-02-01", XSDDatatype.XSDdate));
        doc(dsg, G2, D2, 2023, "b.txt");
        doc(dsg, G2, D3, 2023, "b.txt");
        // m1: two modalities, a stage, two years about; two positional selectors at one start and one that is not.
        Node m1 = mention(dsg, G1, "m1", E1, D1, "甲", "句一");
        dsg.add(G1, m1, PG.modality, PG.pg("Commitment"));
        dsg.add(G1, m1, PG.modality, PG.pg("Plan"));
        dsg.add(G1, m1, PG.stage, PG.pg("Started"));
        dsg.add(G1, m1, PG.aboutYear, integer(2023));
        dsg.add(G1, m1, PG.aboutYear, integer(2024));
        selector(dsg, G1, m1, "s1", true, 5);
        selector(dsg, G1, m1, "s2", true, 5);
        selector(dsg, G1, m1, "s3", false, 9);
        // m2: names E1 and E3, in two documents of one year and file; a selector with two starts.
        Node m2 = mention(dsg, G2, "m2", E1, D2, "乙", "句二");
        dsg.add(G2, m2, PG.mentions, E3);
        dsg.add(G2, m2, PG.inDocument, D3);
        dsg.add(G2, m2, PG.modality, PG.pg("Reference"));
        Node s4 = selector(dsg, G2, m2, "s4", true, 7);
        dsg.add(G2, s4, PG.oaStart, integer(8));
        // m3 lacks a surface, m6 a start: no rows.
        Node m3 = iri("mention/m3");
        dsg.add(G2, m3, PG.mentions, E1);
        dsg.add(G2, m3, PG.inDocument, D2);
        dsg.add(G2, m3, PG.modality, PG.pg("Reference"));
        dsg.add(G2, m3, PG.evidence, NodeFactory.createLiteralString("句三"));
        selector(dsg, G2, m3, "s6", true, 1);
        Node m6 = mention(dsg, G2, "m6", E1, D2, "甲", "句六");
        dsg.add(G2, m6, PG.modality, PG.pg("Reference"));
        Node t6 = iri("target/m6");
        dsg.add(G2, m6, PG.oaHasTarget, t6);
        dsg.add(G2, t6, PG.oaHasSelector, iri("selector/s7"));
        dsg.add(G2, iri("selector/s7"), PG.rdfType, PG.oaTextPositionSelector);
        // m4: its facts split over two graphs, the start stated in both.
        Node m4 = iri("mention/m4");
        dsg.add(G1, m4, PG.mentions, E1);
        dsg.add(G1, m4, PG.inDocument, D1);
        dsg.add(G1, m4, PG.surface, NodeFactory.createLiteralString("甲"));
        dsg.add(G2, m4, PG.modality, PG.pg("Reference"));
        dsg.add(G2, m4, PG.evidence, NodeFactory.createLiteralString("句四"));
        selector(dsg, G2, m4, "s5", true, 3);
        selector(dsg, G1, m4, "s5", true, 3);
        // m5 names only E2, a target.
        Node m5 = mention(dsg, G2, "m5", E2, D2, "丁", "句五");
        dsg.add(G2, m5, PG.modality, PG.pg("Reference"));
        selector(dsg, G2, m5, "s8", true, 2);
    }

    private static void doc(DatasetGraph dsg, Node g, Node d, int year, String file) {
        dsg.add(g, d, PG.rdfType, PG.Document);
        dsg.add(g, d, PG.year, integer(year));
        dsg.add(g, d, PG.sourceFile, NodeFactory.createLiteralString(file));
    }

    private static Node mention(DatasetGraph dsg, Node g, String name, Node e, Node d, String surface, String quote) {
        Node m = iri("mention/" + name);
        dsg.add(g, m, PG.rdfType, PG.Mention);
        dsg.add(g, m, PG.mentions, e);
        dsg.add(g, m, PG.inDocument, d);
        dsg.add(g, m, PG.surface, NodeFactory.createLiteralString(surface));
        dsg.add(g, m, PG.evidence, NodeFactory.createLiteralString(quote));
        return m;
    }

    /** A target of {@code m} (one per mention) with selector {@code name}, positional or not, starting at {@code start}. */
    private static Node selector(DatasetGraph dsg, Node g, Node m, String name, boolean positional, int start) {
        Node t = iri("target/" + m.getURI().substring(m.getURI().lastIndexOf('/') + 1));
        Node s = iri("selector/" + name);
        dsg.add(g, m, PG.oaHasTarget, t);
        dsg.add(g, t, PG.oaHasSelector, s);
        dsg.add(g, s, PG.rdfType, positional ? PG.oaTextPositionSelector : PG.pg("OtherSelector"));
        dsg.add(g, s, PG.oaStart, integer(start));
        return s;
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }
}
