package org.pledgegraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Span;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.PG;

/**
 * Reads the mentions of every document graph back: the one reader of stored mentions, for resolution
 * ({@link #read}: named entities as {@link StoredMention}) and for evaluation ({@link #byDocument}: names
 * and figures as {@link Mention}, with their offsets and sentences).
 *
 * <p>One index scan per property and graph ({@code find(g, ANY, p, ANY)}) instead of a SPARQL query with
 * four OPTIONALs per mention: the query cost 6.9 s of a 1,000-document resolution, mostly in left joins.
 * Resolution never needs the sentence literals, the expensive nodes to decode, so only evaluation reads them.
 */
public final class MentionReader {
    private MentionReader() {
    }

    /** Named-entity mentions sorted by IRI; must run inside a transaction on {@code dsg}. */
    public static List<StoredMention> read(DatasetGraph dsg) {
        List<StoredMention> out = new ArrayList<>();
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            DocumentMentions d = readGraph(dsg, graphs.next(), false);
            if (d == null) {
                continue;
            }
            for (Builder b : d.mentions.values()) {
                if (b.surface != null && !b.type.isFigure()) {
                    out.add(new StoredMention(b.iri, b.type, b.surface, d.stem, b.aboutYear, b.industry, b.place,
                            b.evidenceStart, d.year, b.modality, b.stage, d.jurisdiction, b.corroborated));
                }
            }
        }
        out.sort(Comparator.comparing(StoredMention::iri));
        return out;
    }

    /**
     * Every complete mention (names and figures) by document stem, each document's in text order;
     * must run inside a transaction on {@code dsg}.
     */
    public static Map<String, List<Mention>> byDocument(DatasetGraph dsg) {
        // Mentions at one offset (two figures of one number) keep the store's index order, as the SPARQL
        // query this reader replaced gave them: scoring pairs them with the gold in that order.
        Map<Node, Integer> indexOrder = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Mention)
                .forEachRemaining(q -> indexOrder.putIfAbsent(q.getSubject(), indexOrder.size()));
        Map<String, List<Mention>> out = new TreeMap<>();
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            DocumentMentions d = readGraph(dsg, graphs.next(), true);
            if (d == null) {
                continue;
            }
            List<Map.Entry<Node, Builder>> complete = d.mentions.entrySet().stream().filter(e -> e.getValue().complete())
                    .sorted(Comparator.comparing(e -> indexOrder.getOrDefault(e.getKey(), Integer.MAX_VALUE))).toList();
            for (Map.Entry<Node, Builder> e : complete) {
                out.computeIfAbsent(d.stem, k -> new ArrayList<>()).add(e.getValue().mention());
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(m -> m.span().begin())));
        return out;
    }

    /** The complete mentions (names and figures) of the document graph {@code g} by IRI; empty when it has none. */
    static Map<String, Mention> mentionsOf(DatasetGraph dsg, Node g) {
        DocumentMentions d = readGraph(dsg, g, true);
        Map<String, Mention> out = new TreeMap<>();
        if (d != null) {
            d.mentions.forEach((n, b) -> {
                if (b.complete()) {
                    out.put(n.getURI(), b.mention());
                }
            });
        }
        return out;
    }

    /** The mentions of one document graph, with what they share from the document. */
    private record DocumentMentions(String stem, int year, String jurisdiction, Map<Node, Builder> mentions) {
    }

    /** Null when the graph holds no document (entities, ontology, VoID) or no mentions. */
    private static DocumentMentions readGraph(DatasetGraph dsg, Node g, boolean full) {
        Node doc = firstSubject(dsg, g, PG.rdfType, PG.Document);
        if (doc == null) {
            return null;
        }
        String stem = DocumentMeta.stemOf(firstObject(dsg, g, doc, PG.sourceFile).getLiteralLexicalForm());
        int docYear = Integer.parseInt(firstObject(dsg, g, doc, PG.year).getLiteralLexicalForm());
        Iterator<Quad> spatial = dsg.find(g, doc, PG.dctSpatial, Node.ANY);
        // The place IRI's last segment: a place id, or the hash of a name the place table lacks.
        String jurisdiction = spatial.hasNext() ? PG.localName(spatial.next().getObject()) : "";

        Map<Node, Builder> mentions = new HashMap<>();
        scan(dsg, g, PG.mentionType, (m, o) -> EntityType.fromKey(PG.localName(o))
                .filter(t -> full || !t.isFigure())
                .ifPresent(t -> mentions.put(m, new Builder(m.getURI(), t))));
        if (mentions.isEmpty()) {
            return null;
        }
        scan(dsg, g, PG.surface, (m, o) -> with(mentions, m, b -> b.surface = o.getLiteralLexicalForm()));
        scan(dsg, g, PG.aboutYear, (m, o) -> with(mentions, m,
                b -> b.aboutYear = Integer.valueOf(o.getLiteralLexicalForm())));
        scan(dsg, g, PG.industryHint, (m, o) -> with(mentions, m, b -> b.industry = PG.localName(o)));
        scan(dsg, g, PG.placeHint, (m, o) -> with(mentions, m, b -> b.place = o.getLiteralLexicalForm()));
        scan(dsg, g, PG.evidenceStart, (m, o) -> with(mentions, m,
                b -> b.evidenceStart = Integer.parseInt(o.getLiteralLexicalForm())));
        scan(dsg, g, PG.modality, (m, o) -> with(mentions, m, b -> {
            b.modality = Modality.fromKey(PG.localName(o)).orElse(Modality.REFERENCE);
            b.modalityStated = true;
        }));
        scan(dsg, g, PG.stage, (m, o) -> with(mentions, m, b -> b.stage = Stage.fromKey(PG.localName(o)).orElse(null)));
        scan(dsg, g, PG.corroboratedBy, (m, o) -> with(mentions, m, b -> b.corroborated = true));
        if (full) {
            readPositions(dsg, g, doc, mentions);
        }
        return new DocumentMentions(stem, docYear, jurisdiction, mentions);
    }

    /** What only evaluation needs: the sentence, the offsets of name and sentence, the figure. */
    private static void readPositions(DatasetGraph dsg, Node g, Node doc, Map<Node, Builder> mentions) {
        scan(dsg, g, PG.evidence, (m, o) -> with(mentions, m, b -> b.evidence = o.getLiteralLexicalForm()));
        scan(dsg, g, PG.evidenceEnd, (m, o) -> with(mentions, m,
                b -> b.evidenceEnd = Integer.parseInt(o.getLiteralLexicalForm())));
        scan(dsg, g, PG.inDocument, (m, o) -> with(mentions, m, b -> b.inDocument = o.equals(doc)));
        scan(dsg, g, PG.rdfType, (m, o) -> with(mentions, m, b -> b.typed |= o.equals(PG.Mention)));
        for (Map.Entry<Node, Builder> e : mentions.entrySet()) {
            Builder b = e.getValue();
            for (Node target : objects(dsg, g, e.getKey(), PG.oaHasTarget)) {
                for (Node sel : objects(dsg, g, target, PG.oaHasSelector)) {
                    if (dsg.contains(g, sel, PG.rdfType, PG.oaTextPositionSelector)) {
                        List<Node> start = objects(dsg, g, sel, PG.oaStart);
                        List<Node> end = objects(dsg, g, sel, PG.oaEnd);
                        if (!start.isEmpty() && !end.isEmpty()) {
                            b.span = new Span(Integer.parseInt(start.get(0).getLiteralLexicalForm()),
                                    Integer.parseInt(end.get(0).getLiteralLexicalForm()));
                        }
                    }
                }
            }
            if (b.type.isFigure()) {
                for (Node fig : objects(dsg, g, e.getKey(), PG.mentions)) {
                    b.figure = figure(dsg, g, fig);
                }
            }
        }
    }

    /** The figure {@code fig} states, or null when it lacks a value, comparator or label. */
    private static Figure figure(DatasetGraph dsg, Node g, Node fig) {
        List<Node> value = objects(dsg, g, fig, PG.value);
        List<Node> cmp = objects(dsg, g, fig, PG.comparator);
        List<Node> label = objects(dsg, g, fig, PG.indicatorLabel);
        if (value.isEmpty() || cmp.isEmpty() || label.isEmpty()) {
            return null;
        }
        String local = PG.localName(cmp.get(0));
        Comparison comparison = Arrays.stream(Comparison.values())
                .filter(c -> c.localName().equals(local)).findFirst().orElse(Comparison.EXACTLY);
        List<Node> unit = objects(dsg, g, fig, PG.unit);
        List<Node> ind = objects(dsg, g, fig, PG.indicator);
        String indicator = ind.isEmpty() ? null : ind.get(0).getURI().substring(ind.get(0).getURI().lastIndexOf('/') + 1);
        return new Figure(label.get(0).getLiteralLexicalForm(), indicator,
                new BigDecimal(value.get(0).getLiteralLexicalForm()),
                unit.isEmpty() ? "" : unit.get(0).getLiteralLexicalForm(), comparison);
    }

    private static void scan(DatasetGraph dsg, Node g, Node p, BiConsumer<Node, Node> each) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            each.accept(q.getSubject(), q.getObject());
        }
    }

    private static void with(Map<Node, Builder> mentions, Node m, Consumer<Builder> set) {
        Builder b = mentions.get(m);
        if (b != null) {
            set.accept(b);
        }
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
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
        boolean corroborated;
        // read for evaluation only
        boolean modalityStated;
        boolean typed;
        boolean inDocument;
        String evidence;
        int evidenceEnd = -1;
        Span span;
        Figure figure;

        Builder(String iri, EntityType type) {
            this.iri = iri;
            this.type = type;
        }

        /** Everything a mention states (a figure mention with its figure, a name without one). */
        boolean complete() {
            return typed && inDocument && surface != null && evidence != null && evidenceStart >= 0 && evidenceEnd >= 0
                    && modalityStated && span != null && type.isFigure() == (figure != null);
        }

        /** As evaluation compares it: industry and place hints are not scored. */
        Mention mention() {
            return new Mention(type, surface, span, new Span(evidenceStart, evidenceEnd), evidence, stage, modality,
                    aboutYear, figure, null, null);
        }
    }
}
