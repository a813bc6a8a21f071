package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.convert.Converters;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;
import org.pledgegraph.model.Stage;

/** One document to RDF, without a store: the document, its mentions with selectors, its figures. */
class DocumentGraphTest {
    private static final String TEXT = "建成云杉路，增长6%。";
    private static final DocumentMeta META = new DocumentMeta("invented-2023.txt", "invented-2023", null, 2023, "", "", "");
    private static final IriMinter IRIS = IriMinter.defaults();

    private static DocumentGraph mapped() {
        Conversion c = Converters.standard().convert(TEXT.getBytes(StandardCharsets.UTF_8), "invented-2023.txt");
        Span sentence = new Span(0, TEXT.length());
        Mention road = new Mention(EntityType.ROAD, "云杉路", new Span(2, 5), sentence, TEXT, Stage.COMPLETED,
                Modality.REPORT, 2022, null, null, null);
        Mention actual = new Mention(EntityType.ACTUAL, "增长6%", new Span(6, 10), sentence, TEXT, null, Modality.REPORT, 2022,
                new Figure("增长", null, new BigDecimal("6"), "%", Comparison.EXACTLY), null, null);
        return DocumentGraph.map(IRIS, new Extraction(META, List.of(road, actual), List.of(), List.of()), c);
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Node> os = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, os.size(), s + " " + p + ": " + os);
        return os.get(0);
    }

    @Test
    void theDocumentAndItsMentionsWithPositionSelectors() {
        DocumentGraph d = mapped();
        Graph g = d.graph();
        assertEquals("invented-2023", d.stem());
        assertEquals(g.size(), d.size());
        Node doc = IRIS.document("invented-2023");
        assertTrue(g.contains(doc, PG.rdfType, PG.Document));
        assertEquals("2023", object(g, doc, PG.year).getLiteralLexicalForm());
        List<Node> mentions = g.find(Node.ANY, PG.rdfType, PG.Mention).mapWith(t -> t.getSubject()).toList();
        assertEquals(2, mentions.size());
        for (Node m : mentions) {
            Node position = Node.ANY;
            for (Node sel : g.find(object(g, m, PG.oaHasTarget), PG.oaHasSelector, Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (g.contains(sel, PG.rdfType, PG.oaTextPositionSelector)) {
                    position = sel;
                }
            }
            int start = Integer.parseInt(object(g, position, PG.oaStart).getLiteralLexicalForm());
            int end = Integer.parseInt(object(g, position, PG.oaEnd).getLiteralLexicalForm());
            assertEquals(object(g, m, PG.surface).getLiteralLexicalForm(), TEXT.substring(start, end),
                    "the selector points at the surface in the stored text");
        }
    }

    @Test
    void aFigureIsItsOwnNodeWithValueUnitAndComparison() {
        Graph g = mapped().graph();
        Node fig = g.find(Node.ANY, PG.comparator, Node.ANY).next().getSubject();
        assertEquals(PG.of(Comparison.EXACTLY), object(g, fig, PG.comparator));
        assertEquals(0, new BigDecimal("6").compareTo(new BigDecimal(object(g, fig, PG.value).getLiteralLexicalForm())));
        assertEquals("%", object(g, fig, PG.unit).getLiteralLexicalForm());
        assertTrue(g.contains(fig, PG.rdfType, PG.type(EntityType.ACTUAL)));
    }

    @Test
    void irisAreStableAcrossMappings() {
        assertTrue(mapped().graph().isIsomorphicWith(mapped().graph()));
        assertEquals(IRIS.documentGraph("invented-2023"), IriMinter.defaults().documentGraph("invented-2023"));
    }
}
