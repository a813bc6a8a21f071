package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.pledgegraph.rdf.PG;

/**
 * What a full-text hit needs besides its IRI, stored (not analysed) in its Lucene document so that a search
 * answers from the index instead of joining every hit with its document in the triples: the matched text, its
 * field, the subject's types (names) or the mention's type, document, file, year, governments and start offset
 * (sentences). Read from the graph being indexed — the document graph holds its mentions and its own record, the
 * entities graph its entities' types — so a value and what is stored beside it are replaced and deleted together.
 */
final class TextFields {
    static final String TEXT = "pgText";
    static final String FIELD = "pgField";
    static final String TYPE = "pgType";
    static final String DOC = "pgDoc";
    static final String FILE = "pgFile";
    static final String YEAR = "pgYear";
    static final String GOVERNMENT = "pgGovernment";
    static final String START = "pgStart";

    private final Graph graph;
    /** Document node → {file, year, governments…}, read once per document of the graph. */
    private final Map<Node, List<String>> records = new HashMap<>();

    TextFields(Graph graph) {
        this.graph = graph;
    }

    /** Adds the stored fields of the value {@code text} of {@code s} in {@code field} ("name" or "sentence"). */
    void addTo(Document doc, Node s, String field, String text) {
        doc.add(new StoredField(TEXT, text));
        doc.add(new StoredField(FIELD, field));
        if (field.equals(TextIndex.NAME_FIELD)) {
            graph.find(s, PG.rdfType, Node.ANY).forEachRemaining(t -> stored(doc, TYPE, t.getObject()));
            return;
        }
        stored(doc, TYPE, object(s, PG.mentionType));
        Node d = object(s, PG.inDocument);
        if (d != null) {
            List<String> r = records.computeIfAbsent(d, this::record);
            if (r.get(0) != null) {
                doc.add(new StoredField(FILE, r.get(0)));
            }
            if (r.get(1) != null) {
                doc.add(new StoredField(YEAR, r.get(1)));
            }
            r.subList(2, r.size()).forEach(g -> doc.add(new StoredField(GOVERNMENT, g)));
            doc.add(new StoredField(DOC, d.getURI()));
        }
        Node start = start(s);
        if (start != null) {
            doc.add(new StoredField(START, start.getLiteralLexicalForm()));
        }
    }

    private List<String> record(Node d) {
        List<String> r = new ArrayList<>();
        Node file = object(d, PG.sourceFile);
        Node year = object(d, PG.year);
        r.add(file == null ? null : file.getLiteralLexicalForm());
        r.add(year == null ? null : year.getLiteralLexicalForm());
        graph.find(d, PG.dctSpatial, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                r.add(t.getObject().getURI());
            }
        });
        return r;
    }

    /** The start offset of the mention's text position selector (its anchor on the document page). */
    private Node start(Node mention) {
        for (Iterator<Triple> targets = graph.find(mention, PG.oaHasTarget, Node.ANY); targets.hasNext(); ) {
            for (Iterator<Triple> sels = graph.find(targets.next().getObject(), PG.oaHasSelector, Node.ANY); sels.hasNext(); ) {
                Node sel = sels.next().getObject();
                if (graph.contains(sel, PG.rdfType, PG.oaTextPositionSelector)) {
                    return object(sel, PG.oaStart);
                }
            }
        }
        return null;
    }

    private Node object(Node s, Node p) {
        Iterator<Triple> it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static void stored(Document doc, String name, Node value) {
        if (value != null && value.isURI()) {
            doc.add(new StoredField(name, value.getURI()));
        }
    }
}
