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
        Graph old = store.datasetGraph().getGraph(name);
        Graph g = GraphFactory.createDefaultGraph();
        Set<String> gone = d.corroborated().keySet();
        Node doc = iris.document(d.stem());
        List<Triple> removed = new ArrayList<>();
        for (Iterator<Triple> it = old.find(); it.hasNext(); ) {
            Triple t = it.next();
            String s = t.getSubject().isURI() ? t.getSubject().getURI() : "";
            int hash = s.indexOf('#');
            if (gone.contains(s) || hash > 0 && gone.contains(s.substring(0, hash))
                    || t.getSubject().equals(doc) && t.getPredicate().equals(PG.mentionCount)) {
                removed.add(t); // a corroborated mention, its target and selectors, or the count recomputed below
                continue;
            }
            g.add(t);
        }
        Graph addedTriples = GraphFactory.createDefaultGraph();
        DocumentMapper mapper = new DocumentMapper(iris);
        for (int i = 0; i < added.size(); i++) {
            mapper.mapCorroborated(addedTriples, d.stem(), added.get(i), d.text(), siblings.get(i));
        }
        addedTriples.find().forEachRemaining(g::add);
        long mentions = g.find(Node.ANY, PG.rdfType, PG.Mention).toList().size();
        Triple count = Triple.create(doc, PG.mentionCount, DocumentMapper.integer(mentions));
        g.add(count);
        addedTriples.add(count);
        // Only the changed triples are written: rewriting every document graph of a large store each ingest cost
        // most of its resolution time.
        store.patchGraph(name, removed, addedTriples, g);
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
