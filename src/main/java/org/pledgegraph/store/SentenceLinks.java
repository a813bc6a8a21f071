package org.pledgegraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.pledgegraph.rdf.PG;

/**
 * The entities a sentence's mention names, when another graph says so (pg:mentions in the entities graph), kept
 * on the sentence's Lucene document for {@link TextIndex}: which sentences carry a graph's links, and rewriting
 * exactly those whose links change, inside the store's write. The graphs that linked a sentence since the last
 * commit are remembered, so that a graph saying no link reads nothing when none had one.
 */
final class SentenceLinks {
    /** The committed index's readers, or null while there is none. */
    interface Searchers {
        SearcherManager get() throws IOException;
    }

    private final Supplier<IndexWriter> writer;
    private final Function<Entity, Document> document;
    private final Searchers searchers;
    /** Graphs that name a sentence's entity (other than its own graph) in the changes not yet committed. */
    private final Set<String> linkingSinceCommit = new HashSet<>();

    /**
     * @param writer    the index's writer (jena-text may open a new one after a rollback)
     * @param document  a Lucene document of the index's layout for a value
     * @param searchers the committed index's readers
     */
    SentenceLinks(Supplier<IndexWriter> writer, Function<Entity, Document> document, Searchers searchers) {
        this.writer = writer;
        this.document = document;
        this.searchers = searchers;
    }

    /** Remembers the graphs whose links the new sentence document {@code doc} carries. */
    void noteLinked(Document doc) {
        linkingSinceCommit.addAll(Arrays.asList(doc.getValues(TextFields.LINKED)));
    }

    /** Forgets the graphs linked since the last commit (the changes were committed or rolled back). */
    void clear() {
        linkingSinceCommit.clear();
    }

    /**
     * Mention IRI → link values ({@link TextFields#NAMED}) of the entities {@code graph} says it names, for the
     * mentions whose sentence is not in {@code graph} itself (those were indexed with their links).
     */
    static Map<String, List<String>> links(Node name, Graph graph) {
        Map<String, List<String>> out = new HashMap<>();
        Map<Node, List<String>> byEntity = new HashMap<>();
        graph.find(Node.ANY, PG.mentions, Node.ANY).forEachRemaining(t -> {
            Node m = t.getSubject();
            if (m.isURI() && !graph.contains(m, PG.evidence, Node.ANY)) {
                out.computeIfAbsent(m.getURI(), k -> new ArrayList<>()).addAll(
                        byEntity.computeIfAbsent(t.getObject(), e -> TextFields.linkValues(name, graph, e)));
            }
        });
        return out;
    }

    /**
     * Makes the sentences of other graphs carry exactly the links {@code links} (mention IRI → link values) said
     * in graph {@code name}: the sentences that had a link from it or get one are rewritten when their links
     * change. Reads the index as this transaction left it (a near-real-time reader of the uncommitted changes).
     * Nothing to do, and nothing read, when the graph says no link and no sentence had one from it.
     */
    void relink(Node name, Map<String, List<String>> links) throws IOException {
        String g = name.getURI();
        if (links.isEmpty() && !linking(g)) {
            return;
        }
        IndexWriter writer = this.writer.get();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            List<Integer> docs = new ArrayList<>(postings(reader, TextFields.LINKED, List.of(g)));
            docs.addAll(postings(reader, "uri", links.keySet()));
            Collections.sort(docs); // stored fields in index order: each compressed block read once
            var stored = reader.storedFields();
            // Two passes, so that only document numbers are held (a first resolution links every sentence): which
            // keys (graph and mention) change, then their documents rewritten. updateDocuments replaces every
            // document of a key, so all of a changed key's documents are rewritten together.
            Map<String, int[]> byKey = new HashMap<>();
            Set<String> changed = new HashSet<>();
            int last = -1;
            for (int d : docs) {
                if (d == last) {
                    continue;
                }
                last = d;
                Document old = stored.document(d);
                String own = old.get(TextIndex.GRAPH_FIELD);
                if (!TextIndex.SENTENCE_FIELD.equals(old.get(TextFields.FIELD)) || own == null || own.equals(g)) {
                    continue;
                }
                String key = TextFields.key(own, old.get("uri"));
                byKey.merge(key, new int[] {d}, (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
                if (!relinked(old, g, links).equals(List.of(old.getValues(TextFields.NAMED)))) {
                    changed.add(key);
                }
            }
            Set<SentenceGroups.Id> groups = new LinkedHashSet<>();
            for (String key : changed) {
                List<Document> rewritten = new ArrayList<>();
                for (int d : byKey.get(key)) {
                    Document old = stored.document(d);
                    String own = old.get(TextIndex.GRAPH_FIELD);
                    rewritten.add(rewrite(old, own, old.get("uri"), relinked(old, g, links)));
                    groups.add(SentenceGroups.of(own, old));
                }
                writer.updateDocuments(new Term(TextFields.KEY, key), rewritten);
            }
            regroup(reader, groups, changed, g, links);
        }
        if (!links.isEmpty()) {
            linkingSinceCommit.add(g);
        }
    }

    /**
     * Rewrites the group documents of {@code groups} from their members as they are after this relink: a member whose
     * key is {@code changed} with its relinked values, the others as {@code reader} has them.
     */
    private void regroup(DirectoryReader reader, Set<SentenceGroups.Id> groups, Set<String> changed, String g,
                         Map<String, List<String>> links) throws IOException {
        if (groups.isEmpty()) {
            return;
        }
        Map<String, SentenceGroups.Id> byKey = new HashMap<>();
        groups.forEach(id -> byKey.put(id.key(), id));
        List<Integer> docs = postings(reader, SentenceGroups.MEMBER, byKey.keySet());
        Collections.sort(docs);
        var stored = reader.storedFields();
        Map<SentenceGroups.Id, SentenceGroups.Members> members = new LinkedHashMap<>();
        groups.forEach(id -> members.put(id, new SentenceGroups.Members()));
        for (int d : docs) {
            Document member = stored.document(d);
            String own = member.get(TextIndex.GRAPH_FIELD);
            SentenceGroups.Members m = members.get(SentenceGroups.of(own, member)); // null: another group's digest
            if (m == null || !TextIndex.SENTENCE_FIELD.equals(member.get(TextFields.FIELD))) {
                continue;
            }
            String mention = member.get("uri");
            m.add(changed.contains(TextFields.key(own, mention)) ? relinked(member, g, links).toArray(new String[0])
                    : member.getValues(TextFields.NAMED));
        }
        IndexWriter writer = this.writer.get();
        for (var e : members.entrySet()) {
            writer.updateDocument(new Term(SentenceGroups.KEY, e.getKey().key()), SentenceGroups.document(e.getKey(), e.getValue()));
        }
    }

    /** The link values of sentence {@code old} with those of graph {@code g} replaced by {@code links}' for its mention. */
    private static List<String> relinked(Document old, String g, Map<String, List<String>> links) {
        List<String> named = TextFields.without(old.getValues(TextFields.NAMED), g);
        named.addAll(links.getOrDefault(old.get("uri"), List.of()));
        return named;
    }

    /** A sentence document as {@code old} with the link values {@code named}. */
    private Document rewrite(Document old, String own, String mention, List<String> named) {
        Entity e = new Entity(mention, null);
        e.put(TextIndex.SENTENCE_FIELD, old.get(TextFields.TEXT));
        Document doc = document.apply(e);
        doc.add(new StringField(TextIndex.GRAPH_FIELD, own, Field.Store.YES));
        for (String f : TextFields.OWN) {
            for (String v : old.getValues(f)) {
                doc.add(new StoredField(f, v));
            }
        }
        Set<String> others = TextFields.linkingGraphs(named, own);
        linkingSinceCommit.addAll(others);
        TextFields.addLinks(doc, own, mention, named, others);
        SentenceGroups.addMember(doc, own);
        TextFields.addHit(doc);
        return doc;
    }

    /** Live documents having any of {@code terms} in {@code field}. */
    private static List<Integer> postings(DirectoryReader reader, String field, Collection<String> terms)
            throws IOException {
        List<Integer> out = new ArrayList<>();
        if (terms.isEmpty()) {
            return out;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms t = leaf.reader().terms(field);
            if (t == null) {
                continue;
            }
            TermsEnum te = t.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum pe = null;
            for (String term : terms) {
                if (!te.seekExact(new BytesRef(term))) {
                    continue;
                }
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        out.add(leaf.docBase + d);
                    }
                }
            }
        }
        return out;
    }

    /** Whether some sentence may carry a link said in graph {@code g} (committed, or written since). */
    private boolean linking(String g) throws IOException {
        if (linkingSinceCommit.contains(g)) {
            return true;
        }
        var m = searchers.get();
        if (m == null) {
            return false;
        }
        var searcher = m.acquire();
        try {
            return searcher.getIndexReader().docFreq(new Term(TextFields.LINKED, g)) > 0;
        } finally {
            m.release(searcher);
        }
    }

}
