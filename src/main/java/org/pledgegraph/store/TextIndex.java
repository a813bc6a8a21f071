package org.pledgegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.pledgegraph.model.PledgeGraphException;

/**
 * The full-text index of the store: jena-text's Lucene index in {@code STORE/text-index}, read by SPARQL's
 * {@code text:query} (here, through Fuseki and in the named query {@code search}).
 *
 * <p>Field {@code name}: rdfs:label and skos:altLabel of every subject; field {@code sentence}: pg:evidence of
 * every mention. Both through Lucene's CJKAnalyzer (overlapping bigrams of Han characters), so a quoted
 * phrase query finds a Chinese substring of two or more characters.
 *
 * <p>Why not jena-text's own DatasetGraphText wrapper, which indexes every added triple: ingest replaces whole
 * graphs (removeGraph), which that wrapper does not pass to the index, and every triple would pay the listener.
 * Instead every Lucene document carries the named graph its value came from, and {@link GraphStore} re-indexes
 * exactly the graphs it writes ({@link #replaceGraph}, from the in-memory graph, not read back from TDB2):
 * ingesting one document indexes that document and the new entities graph, not the whole store again. The
 * index is handed to queries through the dataset's context, which is where {@code text:query} looks first.
 * {@link #rebuild} remains for a store whose index is missing or of an older layout.
 */
public final class TextIndex implements AutoCloseable {
    /** Folder of the index inside the store folder. */
    public static final String FOLDER = "text-index";
    static final String NAME_FIELD = "name";
    /** The store's index in its dataset's context, for readers that search it directly ({@link SearchPages}). */
    static final org.apache.jena.sparql.util.Symbol SYMBOL =
            org.apache.jena.sparql.util.Symbol.create(TextSearch.NS + "index");
    static final String SENTENCE_FIELD = "sentence";
    /** Not analysed, not queried by text:query: the named graph a value came from, to replace one graph's values. */
    static final String GRAPH_FIELD = "pgGraph";
    /** Commit data key and value of this layout (values keyed by graph); an index without it is rebuilt. */
    private static final String LAYOUT_KEY = "pledgegraph.layout";
    /**
     * by-graph-3: each value also stores what a search hit shows ({@link TextFields}), a sentence also the entities
     * its mention names with their types and labels (by-graph-2 read those from the triples at every search).
     * by-graph-4: also a document per sentence group with its rows counted ({@link SentenceGroups}).
     * by-graph-5: a group also its text's hash and its (file, year) as doc values of their own, so a search counts
     * groups without reading each one's text and links ({@link SentenceGroups#HASH}, {@link SentenceGroups#PREFIX}).
     */
    private static final String LAYOUT = "by-graph-5";
    private static final Node RDFS_LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node SKOS_ALT = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
    private static final Node EVIDENCE = NodeFactory.createURI("https://w3id.org/pledgegraph/ontology#evidence");

    private final Path dir;
    private final Lucene index;
    /** Changes not yet committed to Lucene (committed with the store's write transaction). */
    private boolean dirty;
    /** Links of sentences said in other graphs (the entities graph). */
    private final SentenceLinks sentenceLinks;
    /** Readers of the committed index for {@link #search}, refreshed at each commit; null until one exists. */
    private SearcherManager searchers;
    /** Writes of whole in-memory graphs, run on a thread of their own beside the store's writer. */
    private final TextWrites writes = new TextWrites();

    private TextIndex(Path dir, Lucene index) {
        this.dir = dir;
        this.index = index;
        this.sentenceLinks = new SentenceLinks(index::getIndexWriter, index::document, this::searchers);
    }

    /** Opens (creating if needed) the index of the store in {@code storeDir} and registers it in {@code context}. */
    static TextIndex open(Path storeDir, Context context) {
        TextQuery.init();
        Path dir = storeDir.resolve(FOLDER);
        EntityDefinition def = new EntityDefinition("uri", NAME_FIELD, RDFS_LABEL);
        def.set(NAME_FIELD, SKOS_ALT);
        def.set(SENTENCE_FIELD, EVIDENCE);
        TextIndexConfig config = new TextIndexConfig(def);
        // Bigrams of Han characters; the same analyzer for the index and the query.
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(false);
        try {
            Files.createDirectories(dir);
            TextIndex ti = new TextIndex(dir, new Lucene(FSDirectory.open(dir), config));
            context.set(TextQuery.textIndex, ti.index);
            TextSearch.register(context, ti);
            context.set(SYMBOL, ti);
            return ti;
        } catch (IOException | RuntimeException e) {
            throw new PledgeGraphException(dir + ": cannot open the text index: " + e.getMessage(), e);
        }
    }

    /** True if the index holds no document (new, or made before the index existed). */
    boolean isEmpty() {
        try (var reader = DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs() == 0;
        } catch (IndexNotFoundException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if the index was written by an older layout (values not keyed by graph) or never committed. */
    boolean isOldLayout() {
        try (var reader = DirectoryReader.open(index.getDirectory())) {
            return !LAYOUT.equals(reader.getIndexCommit().getUserData().get(LAYOUT_KEY));
        } catch (IndexNotFoundException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole index by the names and sentences now in {@code dsg} (call inside a transaction; in a
     * write transaction it sees that transaction's changes), and commits it. Returns the number of indexed values.
     */
    public long rebuild(DatasetGraph dsg) {
        writes.drain();
        try {
            index.getIndexWriter().deleteAll();
            dirty = true;
            long n = 0;
            // One Lucene document per distinct (graph, subject, field, text).
            Set<String> seen = new HashSet<>();
            Map<Node, TextFields> fields = new HashMap<>();
            SentenceGroups.Builder groups = new SentenceGroups.Builder();
            for (Node p : PREDICATES) {
                var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    TextFields f = q.getGraph() == null ? null
                            : fields.computeIfAbsent(q.getGraph(), g -> new TextFields(g, dsg.getGraph(g), dsg));
                    n += add(q.getGraph(), q.getSubject(), p, q.getObject(), seen, f, groups);
                }
            }
            groups.writeTo(index.getIndexWriter());
            commit();
            return n;
        } catch (IOException e) {
            rollback();
            throw new PledgeGraphException(dir + ": cannot write the text index: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the index hold exactly the names and sentences of {@code graph} for the named graph {@code name}
     * (uncommitted until {@link #commit}), and the entities that {@code graph} says other graphs' mentions name
     * ({@code pg:mentions}: the entities graph) beside those mentions' sentences. {@code store} is the store with
     * {@code graph} already written (in the same write transaction): a sentence's links said in other graphs are
     * read from it. Returns the number of indexed values.
     */
    long replaceGraph(Node name, org.apache.jena.graph.Graph graph, DatasetGraph store) {
        writes.drain();
        return replace(name, graph, new TextFields(name, graph, store));
    }

    /**
     * As {@link #replaceGraph}, on the index's own thread ({@link TextWrites}): what the sentences of {@code graph}
     * read from {@code store} is read now, on the calling (writing) thread; the rest, Lucene's work, runs beside
     * the caller's next store writes, in the order of the index's other changes. {@code graph} must be in memory
     * and left unchanged by the caller.
     */
    void replaceGraphLater(Node name, org.apache.jena.graph.Graph graph, DatasetGraph store) {
        TextFields fields = new TextFields(name, graph, store).detached(EVIDENCE);
        writes.submit(() -> replace(name, graph, fields));
    }

    private long replace(Node name, org.apache.jena.graph.Graph graph, TextFields fields) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, name.getURI()));
            dirty = true;
            long n = 0;
            Set<String> seen = new HashSet<>();
            SentenceGroups.Builder groups = new SentenceGroups.Builder();
            for (Node p : PREDICATES) {
                var it = graph.find(Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    var t = it.next();
                    n += add(name, t.getSubject(), p, t.getObject(), seen, fields, groups);
                }
            }
            groups.writeTo(index.getIndexWriter());
            sentenceLinks.relink(name, SentenceLinks.links(name, graph));
            return n;
        } catch (IOException e) {
            rollbackNow();
            throw new PledgeGraphException(dir + ": cannot write the text index: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #replaceGraph} for the graph {@code name} after deleting the triples {@code removed} and adding
     * {@code added} ({@code store} already patched), rewriting only the values the patch touches ({@link TextPatch})
     * when it only removes and adds mentions; else the whole graph as {@code store} now holds it.
     */
    void patchGraph(Node name, List<org.apache.jena.graph.Triple> removed, org.apache.jena.graph.Graph added,
                    DatasetGraph store) {
        writes.drain();
        TextPatch patch = TextPatch.of(name, removed, added, store);
        if (patch == null) {
            replaceGraph(name, store.getGraph(name), store);
            return;
        }
        try {
            IndexWriter writer = index.getIndexWriter();
            org.apache.jena.graph.Graph graph = store.getGraph(name);
            TextFields fields = new TextFields(name, graph, store);
            List<Query> gone = new ArrayList<>();
            Term own = new Term(GRAPH_FIELD, name.getURI());
            for (Node s : patch.subjects()) {
                gone.add(new BooleanQuery.Builder().add(new TermQuery(own), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term("uri", s.getURI())), BooleanClause.Occur.FILTER).build());
            }
            for (Node d : patch.documents()) {
                List<String> r = fields.record(d);
                for (Node text : patch.texts()) {
                    gone.add(new TermQuery(new Term(SentenceGroups.KEY,
                            SentenceGroups.key(name.getURI(), text.getLiteralLexicalForm(), r.get(0), r.get(1)))));
                }
            }
            writer.deleteDocuments(gone.toArray(new Query[0]));
            dirty = true;
            Set<String> seen = new HashSet<>();
            SentenceGroups.Builder groups = new SentenceGroups.Builder();
            for (Node s : patch.subjects()) {
                for (Node p : PREDICATES) {
                    var it = graph.find(s, p, Node.ANY);
                    while (it.hasNext()) {
                        add(name, s, p, it.next().getObject(), seen, fields, groups);
                    }
                }
            }
            groups.writeTo(writer);
        } catch (IOException e) {
            rollback();
            throw new PledgeGraphException(dir + ": cannot write the text index: " + e.getMessage(), e);
        }
    }

    /** Drops the values of the named graph {@code name} and the links it said (uncommitted until {@link #commit}). */
    void removeGraph(Node name) {
        writes.submit(() -> remove(name));
    }

    private void remove(Node name) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, name.getURI()));
            dirty = true;
            sentenceLinks.relink(name, Map.of());
        } catch (IOException e) {
            rollbackNow();
            throw new PledgeGraphException(dir + ": cannot write the text index: " + e.getMessage(), e);
        }
    }

    /** Commits the changes since the last commit, if any; called just before the store's write commits. */
    void commit() {
        writes.drain();
        if (!dirty) {
            return;
        }
        index.getIndexWriter().setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        index.commit();
        dirty = false;
        sentenceLinks.clear();
        refresh();
    }

    /** Forgets the uncommitted changes (the store's write transaction aborted). */
    void rollback() {
        writes.drainQuietly();
        rollbackNow();
    }

    /** As {@link #rollback}, without waiting for the handed writes: for a write that fails on their thread. */
    private void rollbackNow() {
        if (dirty) {
            index.rollback();
            dirty = false;
        }
        sentenceLinks.clear();
    }

    /**
     * The fields ({@link TextFields#HIT_FIELDS}) of the best {@code limit} documents for the Lucene query {@code query}
     * (jena-text's syntax: {@code name:"…" OR sentence:"…"}), best first; committed changes only.
     */
    List<TextFields.Hit> search(String query, int limit) {
        return reading(r -> r.search(query, limit));
    }

    /** {@link IndexReading#matches} in a reading of its own. */
    List<TextFields.Hit> matches(String query, int limit) {
        return reading(r -> r.matches(query, limit));
    }

    /**
     * {@code body} given a reading of the committed index ({@link IndexReading}) that holds one searcher until it
     * returns: every search and re-read of the request sees the same commit.
     */
    <T> T reading(java.util.function.Function<IndexReading, T> body) {
        SearcherManager m;
        try {
            m = searchers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (m == null) {
            return body.apply(new IndexReading(null, index.getQueryAnalyzer(), dir));
        }
        IndexSearcher searcher;
        try {
            searcher = m.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return body.apply(new IndexReading(searcher, index.getQueryAnalyzer(), dir));
        } finally {
            try {
                m.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null && DirectoryReader.indexExists(index.getDirectory())) {
            searchers = new SearcherManager(index.getDirectory(), null);
        }
        return searchers;
    }

    private void refresh() {
        try {
            var m = searchers();
            if (m != null) {
                m.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Node[] PREDICATES = {RDFS_LABEL, SKOS_ALT, EVIDENCE};

    private long add(Node graph, Node s, Node p, Node o, Set<String> seen, TextFields fields,
                     SentenceGroups.Builder groups) throws IOException {
        if (!s.isURI() || !o.isLiteral() || graph == null || !graph.isURI()) {
            return 0;
        }
        String field = p.equals(EVIDENCE) ? SENTENCE_FIELD : NAME_FIELD;
        String text = o.getLiteralLexicalForm();
        if (!seen.add(graph.getURI() + '\u0000' + s.getURI() + '\u0000' + field + '\u0000' + text)) {
            return 0;
        }
        Entity e = new Entity(s.getURI(), null);
        e.put(field, text);
        Document doc = index.document(e);
        // Stored: a sentence rewritten for its links (relink) is rebuilt from its stored fields.
        doc.add(new StringField(GRAPH_FIELD, graph.getURI(), Field.Store.YES));
        fields.addTo(doc, s, field, text);
        if (field.equals(SENTENCE_FIELD)) {
            groups.add(SentenceGroups.addMember(doc, graph.getURI()), doc.getValues(TextFields.NAMED));
        }
        TextFields.addHit(doc);
        sentenceLinks.noteLinked(doc);
        index.getIndexWriter().addDocument(doc);
        return 1;
    }

    /** jena-text's index, with its document layout (entity IRI, value field) open to {@link #rebuild}. */
    private static final class Lucene extends TextIndexLucene {
        Lucene(Directory dir, TextIndexConfig config) {
            super(dir, config);
        }

        // addEntity would log every call at INFO; this is the same document without the log line.
        Document document(Entity e) {
            return doc(e);
        }
    }

    @Override
    public synchronized void close() {
        writes.close();
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException e) {
                // Closing readers of a store that is closing anyway: nothing to keep.
            }
        }
        index.close();
    }
}
