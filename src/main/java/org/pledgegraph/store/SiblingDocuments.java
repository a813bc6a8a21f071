package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * What the cross-year pass reads and writes in the store: the stored documents by government, one document's
 * text with its own kept mentions and its corroborated ones (those with {@code pg:corroboratedBy}), and the
 * replacement of the corroborated mentions of one document graph. Call inside a transaction.
 */
final class SiblingDocuments {
    private SiblingDocuments() {
    }

    /** Document stems by jurisdiction (the place id of {@code dct:spatial}); documents without one are left out. */
    static Map<String, SortedSet<String>> byJurisdiction(DatasetGraph dsg, IriMinter iris) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PG.dctSpatial, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            String stem = iris.stemOf(q.getSubject());
            if (stem != null && q.getGraph().equals(iris.documentGraph(stem))) {
                out.computeIfAbsent(PG.localName(q.getObject()), k -> new TreeSet<>()).add(stem);
            }
        }
        return out;
    }

    /** The stored document {@code stem} as the cross-year pass reads it, or null when it has no stored text. */
    static GraphStore.SiblingDocument read(DatasetGraph dsg, IriMinter iris, String stem) {
        Node g = iris.documentGraph(stem);
        Node doc = iris.document(stem);
        Node file = first(dsg, g, doc, PG.sourceFile);
        Node year = first(dsg, g, doc, PG.year);
        Node textNode = first(dsg, g, doc, PG.text);
        Node text = textNode == null ? null : first(dsg, g, textNode, PG.rdfValue);
        Node spatial = first(dsg, g, doc, PG.dctSpatial);
        if (file == null || year == null || text == null) {
            return null;
        }
        Map<String, SortedSet<String>> corroborated = corroborated(dsg, iris, g);
        List<Mention> kept = new ArrayList<>();
        MentionReader.mentionsOf(dsg, g).forEach((iri, m) -> {
            if (!corroborated.containsKey(iri)) {
                kept.add(m);
            }
        });
        kept.sort(java.util.Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return new GraphStore.SiblingDocument(stem, file.getLiteralLexicalForm(), Integer.parseInt(year.getLiteralLexicalForm()),
                spatial == null ? "" : PG.localName(spatial), text.getLiteralLexicalForm(), kept, corroborated);
    }

    /**
     * The document {@code stem} as {@link #read} would read it back once its graph {@code graph} is stored, read by
     * the same code from the graph in memory; null when that reading could differ from the store's or when the graph
     * has no stored text. It could differ only where the store's index order decides: a property the reader takes one
     * value of that has two in the graph (several files recorded for one document, two places). Values are seen as
     * TDB2 gives them back (an inlined decimal {@code 3.10} as {@code 3.1}), through {@link StoredForm}.
     */
    static GraphStore.SiblingDocument readWritten(IriMinter iris, String stem, Graph graph) {
        Set<Node> documents = new java.util.HashSet<>();
        Set<List<Node>> seen = new java.util.HashSet<>();
        List<Triple> selectors = new ArrayList<>();
        for (Iterator<Triple> it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (t.getPredicate().equals(PG.rdfType) && t.getObject().equals(PG.Document)) {
                documents.add(t.getSubject());
            }
            if (t.getPredicate().equals(PG.oaHasSelector)) {
                selectors.add(t);
            }
            if (documents.size() > 1
                    || READ_ONCE.contains(t.getPredicate()) && !seen.add(List.of(t.getSubject(), t.getPredicate()))) {
                return null;
            }
        }
        // A target has a position and a quote selector; the reader takes the position one, so there must be one only.
        Set<Node> positioned = new java.util.HashSet<>();
        for (Triple t : selectors) {
            if (graph.contains(t.getObject(), PG.rdfType, PG.oaTextPositionSelector) && !positioned.add(t.getSubject())) {
                return null;
            }
        }
        DatasetGraph view = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        view.addGraph(iris.documentGraph(stem), new StoredForm(graph));
        return read(view, iris, stem);
    }

    /**
     * The properties {@link #read} (and {@link MentionReader}'s reading of one graph) take a single value of per
     * subject, the first or last the store's index gives: with two values the store's order, not the graph's, decides.
     */
    private static final Set<Node> READ_ONCE = Set.of(PG.sourceFile, PG.year, PG.text, PG.rdfValue, PG.dctSpatial,
            PG.mentionType, PG.surface, PG.aboutYear, PG.industryHint, PG.placeHint, PG.evidenceStart, PG.modality,
            PG.stage, PG.evidence, PG.evidenceEnd, PG.inDocument, PG.oaHasTarget, PG.oaStart, PG.oaEnd,
            PG.mentions, PG.value, PG.comparator, PG.indicatorLabel, PG.unit, PG.indicator);

    /**
     * A graph seen as TDB2 returns its triples: a literal TDB2 stores inline in its node id (numbers, dates) comes back
     * in that id's canonical form, as {@link org.apache.jena.tdb2.store.NodeIdInline} decodes it.
     */
    private static final class StoredForm extends org.apache.jena.graph.impl.GraphBase {
        private final Graph base;

        StoredForm(Graph base) {
            this.base = base;
        }

        @Override
        protected org.apache.jena.util.iterator.ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return base.find(pattern).mapWith(t -> {
                Node o = stored(t.getObject());
                return o == t.getObject() ? t : Triple.create(t.getSubject(), t.getPredicate(), o);
            });
        }

        private static Node stored(Node o) {
            if (!o.isLiteral() || !org.apache.jena.tdb2.store.NodeIdInline.hasInlineDatatype(o)) {
                return o;
            }
            org.apache.jena.tdb2.store.NodeId id = org.apache.jena.tdb2.store.NodeIdInline.inline(o);
            return id == null ? o : org.apache.jena.tdb2.store.NodeIdInline.extract(id);
        }
    }

    /**
     * Replaces the corroborated mentions of document {@code d} with {@code added} (each with the stems of the
     * documents corroborating it, same order); returns false, writing nothing, when they are the same.
     */
    static boolean replace(GraphStore store, IriMinter iris, GraphStore.SiblingDocument d, List<Mention> added,
                           List<SortedSet<String>> siblings) {
        Map<String, SortedSet<String>> fresh = new TreeMap<>();
        for (int i = 0; i < added.size(); i++) {
            fresh.put(iris.mention(d.stem(), added.get(i)).getURI(), new TreeSet<>(siblings.get(i)));
        }
        if (fresh.equals(d.corroborated())) {
            return false;
        }
        Node name = iris.documentGraph(d.stem());
        DatasetGraph dsg = store.datasetGraph();
        Node doc = iris.document(d.stem());
        // The old corroborated mentions with their target and selectors (reached from the mention), and the count
        // recomputed below: found through the indexes, not by reading every triple of the document again.
        List<Triple> removed = new ArrayList<>();
        for (String iri : d.corroborated().keySet()) {
            String own = iri + '#';
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(NodeFactory.createURI(iri)));
            Set<Node> done = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                Node s = todo.poll();
                if (!done.add(s)) {
                    continue;
                }
                dsg.find(name, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    removed.add(q.asTriple());
                    Node o = q.getObject();
                    if (o.isURI() && o.getURI().startsWith(own)) {
                        todo.add(o);
                    }
                });
            }
        }
        dsg.find(name, doc, PG.mentionCount, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple()));
        Graph addedTriples = GraphFactory.createDefaultGraph();
        DocumentMapper mapper = new DocumentMapper(iris);
        for (int i = 0; i < added.size(); i++) {
            mapper.mapCorroborated(addedTriples, d.stem(), added.get(i), d.text(), siblings.get(i));
        }
        // The mentions of the graph once patched: those stored, less the removed, plus the added.
        Set<Node> mentions = new java.util.HashSet<>();
        dsg.find(name, Node.ANY, PG.rdfType, PG.Mention).forEachRemaining(q -> mentions.add(q.getSubject()));
        for (Triple t : removed) {
            if (t.getPredicate().equals(PG.rdfType) && t.getObject().equals(PG.Mention)) {
                mentions.remove(t.getSubject());
            }
        }
        addedTriples.find(Node.ANY, PG.rdfType, PG.Mention).forEachRemaining(t -> mentions.add(t.getSubject()));
        addedTriples.add(Triple.create(doc, PG.mentionCount, DocumentMapper.integer(mentions.size())));
        // Only the changed triples are written, and only their values re-indexed: rewriting every document graph
        // of a large store each ingest cost most of its resolution time.
        store.patchGraph(name, removed, addedTriples);
        return true;
    }

    /** Corroborated mention IRIs of graph {@code g} and the stems of the documents corroborating each. */
    private static Map<String, SortedSet<String>> corroborated(DatasetGraph dsg, IriMinter iris, Node g) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, PG.corroboratedBy, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            String stem = iris.stemOf(q.getObject());
            out.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>()).add(stem == null ? "" : stem);
        }
        return out;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
