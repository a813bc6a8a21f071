package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.PG;

/**
 * Reads the named-entity mentions of every document graph back as resolver input.
 *
 * <p>One index scan per property and graph ({@code find(g, ANY, p, ANY)}) instead of a SPARQL query with
 * four OPTIONALs per mention: the query cost 6.9 s of a 1,000-document resolution, mostly in left joins,
 * and never needs the sentence literals, which are the expensive nodes to decode.
 */
public final class MentionReader {
    private MentionReader() {
    }

    /** Must run inside a read or write transaction on {@code dsg}; mentions sorted by IRI. */
    public static List<StoredMention> read(DatasetGraph dsg) {
        List<StoredMention> out = new ArrayList<>();
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            readGraph(dsg, graphs.next(), out);
        }
        out.sort(Comparator.comparing(StoredMention::iri));
        return out;
    }

    private static void readGraph(DatasetGraph dsg, Node g, List<StoredMention> out) {
        Node doc = firstSubject(dsg, g, PG.rdfType, PG.Document);
        if (doc == null) {
            return; // entities, ontology, VoID: no document
        }
        String stem = DocumentMeta.stemOf(firstObject(dsg, g, doc, PG.sourceFile).getLiteralLexicalForm());
        int docYear = Integer.parseInt(firstObject(dsg, g, doc, PG.year).getLiteralLexicalForm());
        Iterator<Quad> spatial = dsg.find(g, doc, PG.dctSpatial, Node.ANY);
        // The place IRI's last segment: a place id, or the hash of a name the place table lacks.
        String jurisdiction = spatial.hasNext() ? PG.localName(spatial.next().getObject()) : "";

        Map<Node, Builder> mentions = new HashMap<>();
        scan(dsg, g, PG.mentionType, (m, o) -> EntityType.fromKey(PG.localName(o))
                .filter(t -> !t.isFigure())
                .ifPresent(t -> mentions.put(m, new Builder(m.getURI(), t))));
        if (mentions.isEmpty()) {
            return;
        }
        scan(dsg, g, PG.surface, (m, o) -> with(mentions, m, b -> b.surface = o.getLiteralLexicalForm()));
        scan(dsg, g, PG.aboutYear, (m, o) -> with(mentions, m,
                b -> b.aboutYear = Integer.valueOf(o.getLiteralLexicalForm())));
        scan(dsg, g, PG.industryHint, (m, o) -> with(mentions, m,
                b -> b.industry = PG.localName(o)));
        scan(dsg, g, PG.placeHint, (m, o) -> with(mentions, m, b -> b.place = o.getLiteralLexicalForm()));
        scan(dsg, g, PG.evidenceStart, (m, o) -> with(mentions, m,
                b -> b.evidenceStart = Integer.parseInt(o.getLiteralLexicalForm())));
        scan(dsg, g, PG.modality, (m, o) -> with(mentions, m,
                b -> b.modality = Modality.fromKey(PG.localName(o)).orElse(Modality.REFERENCE)));
        scan(dsg, g, PG.stage, (m, o) -> with(mentions, m, b -> b.stage = Stage.fromKey(PG.localName(o)).orElse(null)));
        for (Builder b : mentions.values()) {
            if (b.surface != null) {
                out.add(new StoredMention(b.iri, b.type, b.surface, stem, b.aboutYear, b.industry, b.place,
                        b.evidenceStart, docYear, b.modality, b.stage, jurisdiction));
            }
        }
    }

    private static void scan(DatasetGraph dsg, Node g, Node p, BiConsumer<Node, Node> each) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            each.accept(q.getSubject(), q.getObject());
        }
    }

    private static void with(Map<Node, Builder> mentions, Node m, java.util.function.Consumer<Builder> set) {
        Builder b = mentions.get(m);
        if (b != null) {
            set.accept(b);
        }
    }

    private static Node firstSubject(DatasetGraph dsg, Node g, Node p, Node o) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, o);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    private static Node firstObject(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("document " + s + " in graph " + g + " has no " + p);
        }
        return it.next().getObject();
    }


    /** Mutable while one graph is read. */
    private static final class Builder {
        final String iri;
        final EntityType type;
        String surface;
        Integer aboutYear;
        String industry;
        String place;
        int evidenceStart = -1;
        Modality modality = Modality.REFERENCE;
        Stage stage;

        Builder(String iri, EntityType type) {
            this.iri = iri;
            this.type = type;
        }
    }
}
