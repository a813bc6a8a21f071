package org.pledgegraph.rdf;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.DroppedName;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.ExtractionFailure;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Place;

/**
 * Maps one document's extraction to the triples of its named graph: the document, its mentions with
 * W3C Web Annotation selectors, the targets and actuals it states, and any recogniser failures
 * (pg:ExtractionFailure). Named-entity links are not written here; resolution adds them to the entities graph.
 */
public final class DocumentMapper {
    /** Characters of context kept in a TextQuoteSelector's prefix and suffix. */
    private static final int CONTEXT = 16;

    private final IriMinter iris;

    public DocumentMapper(IriMinter iris) {
        this.iris = iris;
    }

    /**
     * The document graph with the stored text and the file it came from ({@link SourceRecords}); offsets and
     * quote selectors point into {@code conversion.text()}.
     */
    public Graph map(Extraction extraction, Conversion conversion) {
        Graph g = map(extraction, conversion.text());
        new SourceRecords(iris).addText(g, extraction.meta().stem(), conversion);
        return g;
    }

    /** The document graph without the stored text (offsets into {@code originalText}). */
    public Graph map(Extraction extraction, String originalText) {
        Graph g = GraphFactory.createDefaultGraph();
        DocumentMeta meta = extraction.meta();
        Node doc = iris.document(meta.stem());
        add(g, doc, PG.rdfType, PG.Document);
        add(g, doc, PG.sourceFile, str(meta.file()));
        add(g, doc, PG.year, integer(meta.year()));
        if (meta.issued() != null) {
            add(g, doc, PG.dctIssued, NodeFactory.createLiteralDT(meta.issued().toString(), XSDDatatype.XSDdate));
        }
        addIfPresent(g, doc, PG.dctTitle, meta.title());
        addIfPresent(g, doc, PG.documentKind, meta.kind());
        addIfPresent(g, doc, PG.issuingBody, meta.body());
        if (!meta.jurisdiction().isBlank()) {
            Node place = iris.place(meta.jurisdiction());
            add(g, doc, PG.dctSpatial, place);
            add(g, place, PG.rdfType, PG.Place);
            if (!Place.isId(meta.jurisdiction())) {
                // A coded place is described in the places graph; a name the table lacks is its own label.
                add(g, place, PG.rdfsLabel, NodeFactory.createLiteralLang(meta.jurisdiction(), "zh"));
            }
        }
        // Stored so listing documents does not count 100,000 mentions per request.
        add(g, doc, PG.mentionCount, integer(extraction.mentions().size()));
        for (Mention m : extraction.mentions()) {
            mapMention(g, doc, meta.stem(), m, originalText);
        }
        for (int i = 0; i < extraction.failures().size(); i++) {
            ExtractionFailure f = extraction.failures().get(i);
            Node n = iris.extractionFailure(meta.stem(), i + 1);
            add(g, doc, PG.extractionFailure, n);
            add(g, n, PG.rdfType, PG.ExtractionFailure);
            add(g, n, PG.recognizer, str(f.recognizer()));
            add(g, n, PG.exceptionClass, str(f.exception()));
            add(g, n, PG.errorMessage, str(f.message()));
            add(g, n, PG.line, integer(f.line()));
        }
        // what the candidate judge dropped, so that a missing entity can be explained from the store
        for (DroppedName d : extraction.dropped()) {
            add(g, doc, PG.droppedName, str(d.name() + " (" + d.type().key() + "): " + d.reason()));
        }
        return g;
    }

    /**
     * Adds to {@code g} (the graph of document {@code stem}, text {@code originalText}) a mention the cross-year
     * pass found, with the sibling documents whose kept name it repeats ({@code pg:corroboratedBy}).
     */
    public void mapCorroborated(Graph g, String stem, Mention m, String originalText, Iterable<String> siblings) {
        Node doc = iris.document(stem);
        Node mention = iris.mention(stem, m);
        mapMention(g, doc, stem, m, originalText);
        for (String s : siblings) {
            add(g, mention, PG.corroboratedBy, iris.document(s));
        }
    }

    private void mapMention(Graph g, Node doc, String stem, Mention m, String text) {
        Node mention = iris.mention(stem, m);
        add(g, mention, PG.rdfType, PG.Mention);
        add(g, mention, PG.inDocument, doc);
        add(g, mention, PG.mentionType, PG.type(m.type()));
        add(g, mention, PG.surface, str(m.surface()));
        add(g, mention, PG.evidence, str(m.evidence()));
        add(g, mention, PG.evidenceStart, integer(m.sentence().begin()));
        add(g, mention, PG.evidenceEnd, integer(m.sentence().end()));
        add(g, mention, PG.modality, PG.of(m.modality()));
        if (m.stage() != null) {
            add(g, mention, PG.stage, PG.of(m.stage()));
        }
        if (m.aboutYear() != null) {
            add(g, mention, PG.aboutYear, integer(m.aboutYear()));
        }
        if (m.industry() != null) {
            add(g, mention, PG.industryHint, PG.industryConcept(m.industry()));
        }
        if (m.place() != null) {
            add(g, mention, PG.placeHint, str(m.place()));
        }
        mapSelectors(g, doc, mention, m, text);
        if (m.figure() != null) {
            mapFigure(g, stem, mention, m);
        }
    }

    private static void mapSelectors(Graph g, Node doc, Node mention, Mention m, String text) {
        String base = mention.getURI();
        Node target = NodeFactory.createURI(base + "#target");
        Node quote = NodeFactory.createURI(base + "#quote");
        Node position = NodeFactory.createURI(base + "#position");
        add(g, mention, PG.oaHasTarget, target);
        add(g, target, PG.rdfType, PG.oaSpecificResource);
        add(g, target, PG.oaHasSource, doc);
        add(g, target, PG.oaHasSelector, quote);
        add(g, target, PG.oaHasSelector, position);
        int begin = m.span().begin();
        int end = m.span().end();
        add(g, quote, PG.rdfType, PG.oaTextQuoteSelector);
        add(g, quote, PG.oaExact, str(text.substring(begin, end)));
        add(g, quote, PG.oaPrefix, str(text.substring(Math.max(0, begin - CONTEXT), begin)));
        add(g, quote, PG.oaSuffix, str(text.substring(end, Math.min(text.length(), end + CONTEXT))));
        add(g, position, PG.rdfType, PG.oaTextPositionSelector);
        add(g, position, PG.oaStart, integer(begin));
        add(g, position, PG.oaEnd, integer(end));
    }

    private void mapFigure(Graph g, String stem, Node mention, Mention m) {
        Figure f = m.figure();
        Node fig = iris.figure(stem, m);
        add(g, mention, PG.mentions, fig);
        add(g, fig, PG.rdfType, PG.type(m.type()));
        add(g, fig, PG.rdfsLabel, NodeFactory.createLiteralLang(f.toString().trim(), "zh"));
        add(g, fig, PG.indicatorLabel, str(f.label()));
        if (f.indicator() != null) {
            add(g, fig, PG.indicator, PG.indicatorConcept(f.indicator()));
        }
        add(g, fig, PG.value, decimal(f.value()));
        if (!f.unit().isEmpty()) {
            add(g, fig, PG.unit, str(f.unit()));
        }
        add(g, fig, PG.comparator, PG.of(f.comparator()));
        if (m.aboutYear() != null) {
            add(g, fig, m.type() == org.pledgegraph.model.EntityType.TARGET ? PG.targetYear : PG.periodYear,
                    integer(m.aboutYear()));
        }
    }

    public static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    static Node decimal(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String lexical = plain.toPlainString();
        return NodeFactory.createLiteralDT(lexical.contains(".") ? lexical : lexical + ".0", XSDDatatype.XSDdecimal);
    }

    public static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static void addIfPresent(Graph g, Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(g, s, p, str(value));
        }
    }
}
