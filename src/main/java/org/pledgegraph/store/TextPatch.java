package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.rdf.PG;

/**
 * What a patch of one document graph (mentions removed and added, as the cross-year pass does) changes in the text
 * index: the values of the mentions it touches and of the sentences that share a text with them (their sentence
 * group is rewritten from all its members). Re-indexing the whole document for a few corroborated mentions was 9 %
 * of a real ingest's writing time (load18). Null ({@link #of}) when the patch changes anything else a value's
 * stored fields are read from (the document's record, a link, a figure's label): the graph is then re-indexed
 * whole.
 *
 * @param subjects  the subjects whose values are deleted and read again from the patched store
 * @param texts     the sentence texts whose groups are rewritten (their members are in {@code subjects})
 * @param documents the document nodes of the touched mentions (their records key the groups)
 */
record TextPatch(List<Node> subjects, Set<Node> texts, Set<Node> documents) {
    /** The patch of graph {@code name} ({@code store} already patched), or null when it must be re-indexed whole. */
    static TextPatch of(Node name, List<Triple> removed, Graph added, DatasetGraph store) {
        List<Triple> changed = new ArrayList<>(removed);
        added.find().forEachRemaining(changed::add);
        Set<String> mentions = new TreeSet<>();
        for (Triple t : changed) {
            if (t.getPredicate().equals(PG.rdfType) && t.getObject().equals(PG.Mention) && t.getSubject().isURI()) {
                mentions.add(t.getSubject().getURI());
            }
        }
        Set<Node> subjects = new LinkedHashSet<>();
        Set<Node> texts = new LinkedHashSet<>();
        Set<Node> documents = new LinkedHashSet<>();
        for (Triple t : changed) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            if (p.equals(PG.mentionCount)) {
                continue; // not read by any indexed value
            }
            String iri = s.isURI() ? s.getURI() : "";
            int hash = iri.indexOf('#');
            boolean mention = mentions.contains(iri);
            if (!mention && !(hash > 0 && mentions.contains(iri.substring(0, hash))) || p.equals(PG.mentions)) {
                return null; // not a mention or its selectors, or a link: other values may read it
            }
            if (mention) {
                subjects.add(s);
            }
            if (p.equals(PG.evidence)) {
                texts.add(t.getObject());
            }
            if (p.equals(PG.inDocument)) {
                documents.add(t.getObject());
            }
        }
        for (Node text : texts) {
            store.find(name, Node.ANY, PG.evidence, text).forEachRemaining(q -> subjects.add(q.getSubject()));
        }
        List<Node> ordered = new ArrayList<>(subjects);
        ordered.sort(Comparator.comparing(Node::getURI));
        return new TextPatch(ordered, texts, documents);
    }
}
