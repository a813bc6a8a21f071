package org.pledgegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.pledgegraph.convert.SourceFile;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.EntityMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.PlaceGraph;
import org.pledgegraph.rdf.SourceRecords;
import org.pledgegraph.resolve.Resolution;
import org.pledgegraph.text.Places;

/**
 * The embedded TDB2 dataset. All access is lexical: {@link #write(Runnable)} and {@link #read(Supplier)}.
 * The default graph is the union of the named graphs, for SPARQL here and through Fuseki.
 * <pre>
 *   try (GraphStore store = GraphStore.open(Path.of("data/tdb2"))) {
 *       long n = store.read(() -> store.quadCount());
 *   }
 * </pre>
 */
public final class GraphStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;
    private final Optional<String> recoveryNotice;
    private final TextIndex textIndex;
    private boolean closed;

    private GraphStore(Path dir, Dataset dataset, Optional<String> recoveryNotice, TextIndex textIndex) {
        this.dir = dir;
        this.dataset = dataset;
        this.recoveryNotice = recoveryNotice;
        this.textIndex = textIndex;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static GraphStore open(Path dir) {
        return open(dir, note -> { });
    }

    /**
     * As {@link #open(Path)}, telling {@code notes} before and after work that opening may have to do first (today:
     * rebuilding a text index of an older layout, minutes for a thousand documents), so a command does not sit silent.
     */
    public static GraphStore open(Path dir, java.util.function.Consumer<String> notes) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PledgeGraphException(dir + ": cannot create store folder: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new PledgeGraphException(dir + ": store folder is not a writable directory");
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(Location.create(dir));
        } catch (RuntimeException e) {
            throw new PledgeGraphException(dir + ": cannot open store: " + StoreLocks.explain(dir, e), e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        DerivedFromText.register(ds.getContext());
        WriteNodeCache.widen(ds.asDatasetGraph());
        Optional<String> notice = StoreLocks.claim(dir);
        TextIndex text;
        try {
            text = TextIndex.open(dir, ds.getContext());
        } catch (RuntimeException e) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            StoreLocks.release(dir);
            throw e;
        }
        GraphStore store = new GraphStore(dir, ds, notice, text);
        // A store made before the text index existed (or whose index folder was deleted) gets one now.
        // So does one written before its values were keyed by graph (it could not be updated graph by graph).
        if ((text.isEmpty() || text.isOldLayout()) && !store.isEmpty()) {
            notes.accept("the store's full-text index is missing or was written by an older version; rebuilding it"
                    + " (once; minutes for a large store) …");
            store.read(() -> text.rebuild(store.datasetGraph()));
            notes.accept("full-text index rebuilt");
        }
        return store;
    }

    /** The full-text index (names and sentences) that {@code text:query} reads; rebuilt by ingest. */
    public TextIndex textIndex() {
        return textIndex;
    }

    /** A one-line note if the last process to open this store was killed before closing it. */
    public Optional<String> recoveryNotice() {
        return recoveryNotice;
    }

    /** Sets the timeout (ms) applied to every query on this dataset, here and through Fuseki. */
    public GraphStore queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        return this;
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Runs {@code action} in a write transaction. The text index's changes of the transaction are committed
     * just before the store's, and dropped if the action fails.
     */
    public void write(Runnable action) {
        dataset.executeWrite(() -> {
            try {
                action.run();
                textIndex.commit();
            } catch (RuntimeException | Error e) {
                textIndex.rollback();
                throw e;
            }
        });
    }

    public <T> T read(Supplier<T> action) {
        return dataset.calculateRead(action);
    }

    /**
     * Replaces the named graph {@code name} with {@code graph}, and its names and sentences in the text index;
     * call inside {@link #write}. {@code graph} (in memory) must not change afterwards: the index reads it on its own
     * thread until the write commits.
     */
    public void replaceGraph(Node name, Graph graph) {
        DatasetGraph dsg = datasetGraph();
        dsg.removeGraph(name);
        QuadLoader.add(dsg, name, graph);
        // Lucene's part runs beside the caller's next store writes (TextIndex.replaceGraphLater): graph is not
        // changed after this.
        textIndex.replaceGraphLater(name, graph, dsg);
    }

    /**
     * Changes the named graph {@code name} by deleting {@code removed} and adding {@code added}, and its values in the
     * text index: only those the patch touches when it only removes and adds mentions; call inside {@link #write}.
     */
    public void patchGraph(Node name, List<Triple> removed, Graph added) {
        DatasetGraph dsg = datasetGraph();
        for (Triple t : removed) {
            dsg.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
        added.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        textIndex.patchGraph(name, removed, added, dsg);
    }

    /** Removes a named graph (and its text index values); call inside {@link #write}. */
    public void removeGraph(Node name) {
        datasetGraph().removeGraph(name);
        textIndex.removeGraph(name);
    }

    /** Names of all named graphs; call inside a transaction. */
    public List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        datasetGraph().listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return names;
    }

    /** Number of document graphs; call inside a transaction. */
    public long documentGraphCount() {
        return graphNames().stream().filter(g -> g.getURI().contains("/graph/document/")).count();
    }

    /** Number of quads in all named graphs; call inside a transaction. */
    public long quadCount() {
        return QuadLoader.count(datasetGraph());
    }

    // ---- What ingest does to the store; each call inside the caller's write transaction. ----

    /**
     * Replaces the named graph of document {@code d}, keeping the records of its other files when the stored
     * text has the same content.
     */
    public void storeDocument(IriMinter iris, DocumentGraph d) {
        Node name = iris.documentGraph(d.stem());
        new SourceRecords(iris).carried(datasetGraph().getGraph(name), d.stem(), d.conversion())
                .find().forEachRemaining(d.graph()::add);
        replaceGraph(name, d.graph());
    }

    /** Records {@code file} as one more file of the stored document {@code stem}. */
    public void recordFile(IriMinter iris, String stem, SourceFile file) {
        Node name = iris.documentGraph(stem);
        new SourceRecords(iris).fileRecord(stem, file).find()
                .forEachRemaining(t -> datasetGraph().add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        textIndex.replaceGraph(name, datasetGraph().getGraph(name), datasetGraph());
    }

    /**
     * Loads the bundled ontology unless the stored copy is the same graph: its blank nodes (OWL lists)
     * would get fresh labels on every load, and re-ingesting must leave the store identical.
     */
    public void refreshOntology(IriMinter iris) {
        Graph fresh = OntologyFiles.vocabulary();
        Graph stored = datasetGraph().getGraph(iris.ontologyGraph());
        if (stored.size() != fresh.size() || !stored.isIsomorphicWith(fresh)) {
            replaceGraph(iris.ontologyGraph(), fresh);
        }
    }

    /**
     * Loads the place table (down to counties) into its own graph when the store lacks it or holds another
     * version: a hash marker is compared, not the 20,000 triples.
     */
    public void refreshPlaces(IriMinter iris, Places places) {
        if (!PlaceGraph.current(datasetGraph().getGraph(iris.placesGraph()))) {
            replaceGraph(iris.placesGraph(), PlaceGraph.coarse(places, iris));
        }
    }

    /**
     * Records that documents were committed without resolving them: whoever opens the store next (ingest,
     * serve, validate) finishes the resolution if this run dies.
     */
    public void markPending(IriMinter iris) {
        markPending(iris, List.of());
    }

    /**
     * Records that documents of the governments {@code places} (the IRIs of their {@code dct:spatial}) were
     * committed without resolving them, so that finishing limits the cross-year pass to those governments.
     */
    public void markPending(IriMinter iris, java.util.Collection<String> places) {
        Node yes = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
        datasetGraph().add(iris.pendingGraph(), iris.entitiesGraph(), PG.resolutionPending, yes);
        for (String place : places) {
            datasetGraph().add(iris.pendingGraph(), NodeFactory.createURI(place), PG.resolutionPending, yes);
        }
    }

    /**
     * The governments (place local names) whose documents were committed since the last resolution: none when
     * nothing is pending, empty (meaning every government) when the mark does not name them (a store marked
     * before marks named them).
     */
    public Optional<Set<String>> pendingJurisdictions(IriMinter iris) {
        if (!isPending(iris)) {
            return Optional.of(Set.of());
        }
        Set<String> out = new TreeSet<>();
        datasetGraph().find(iris.pendingGraph(), Node.ANY, PG.resolutionPending, Node.ANY).forEachRemaining(q -> {
            if (!q.getSubject().equals(iris.entitiesGraph())) {
                out.add(PG.localName(q.getSubject()));
            }
        });
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** The IRI of the government ({@code dct:spatial}) of the stored document {@code stem}, if stored with one. */
    public Optional<String> jurisdictionOf(IriMinter iris, String stem) {
        var it = datasetGraph().find(iris.documentGraph(stem), iris.document(stem), PG.dctSpatial, Node.ANY);
        Node place = it.hasNext() ? it.next().getObject() : null;
        return place != null && place.isURI() ? Optional.of(place.getURI()) : Optional.empty();
    }

    public void clearPending(IriMinter iris) {
        datasetGraph().removeGraph(iris.pendingGraph());
    }

    /** True if an ingest committed documents but died before resolving them; call inside a transaction. */
    public boolean isPending(IriMinter iris) {
        return datasetGraph().containsGraph(iris.pendingGraph());
    }

    /**
     * Replaces the entities graph with {@code r} over {@code mentions}; {@link #storeStatistics} next, in the same
     * transaction, so the workbench's tables always agree with the entities.
     */
    public void storeEntities(IriMinter iris, Places places, Resolution r, List<StoredMention> mentions) {
        // replaceGraph also re-indexes the entities' names; the documents' sentences were indexed when stored.
        // The newest years of the document records decide pg:silentSince.
        Node name = iris.entitiesGraph();
        replaceGraph(name, new EntityMapper(iris, places, Statistics.newest(Statistics.documents(datasetGraph(), iris)
                .values())).map(r, mentions));
    }

    /**
     * The first half of {@link #storeEntities}: replaces the entities graph's quads with {@code r} over {@code mentions}
     * and returns the graph (in memory) without indexing it; {@link #indexLater} with it, in the next write
     * transaction, does the rest. Between the two commits the text index holds the entities' old names and links:
     * the caller keeps resolution marked pending ({@link #markPending}) until the second commits, so a run that dies
     * between them is resolved (and indexed) again by whoever opens the store next.
     */
    public Graph storeEntityQuads(IriMinter iris, Places places, Resolution r, List<StoredMention> mentions) {
        Node name = iris.entitiesGraph();
        Graph entities = new EntityMapper(iris, places, Statistics.newest(Statistics.documents(datasetGraph(), iris)
                .values())).map(r, mentions);
        DatasetGraph dsg = datasetGraph();
        dsg.removeGraph(name);
        QuadLoader.add(dsg, name, entities);
        return entities;
    }

    /**
     * The text index's part of {@link #replaceGraph} for {@code graph}, already stored as the named graph {@code name}
     * (in this or a committed transaction, unchanged since): on the index's own thread, beside the caller's next
     * writes. {@code graph} must not change afterwards.
     */
    public void indexLater(Node name, Graph graph) {
        textIndex.replaceGraphLater(name, graph, datasetGraph());
    }

    /**
     * Removes the statistics graph's quads, not its (empty) text index values: {@link #storeStatisticsBeside} needs
     * it gone from a committed store; {@link #removeGraphIndex} follows in that transaction.
     */
    public void removeStatisticsQuads(IriMinter iris) {
        datasetGraph().removeGraph(iris.statisticsGraph());
    }

    /** The text index's part of {@link #removeGraph}. */
    public void removeGraphIndex(Node name) {
        textIndex.removeGraph(name);
    }

    /**
     * As {@link #storeStatistics}, the tables computed on a thread of their own ({@link StatisticsBeside}) from the
     * last commit while this thread writes them: call inside a write transaction that has changed nothing the tables
     * read since that commit, which holds the entities graph {@code mentions} resolve to and no statistics graph.
     */
    public void storeStatisticsBeside(IriMinter iris, List<StoredMention> mentions) {
        DatasetGraph dsg = datasetGraph();
        Node name = iris.statisticsGraph();
        if (dsg.find(name, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            throw new IllegalStateException("the statistics graph must be removed (and committed) first");
        }
        StatisticsBeside.compute(dataset, iris, mentions, part -> QuadLoader.add(dsg, name, part));
        AnswerSnapshot.write(dsg, iris);
    }

    /**
     * Replaces the statistics graph (the workbench's tables, {@link Statistics}) from the stored entities graph and
     * {@code mentions}, then adds the named queries' answers that read it too ({@link AnswerSnapshot}). Each part
     * is written as it is computed, and from the stored entities rather than a copy in memory: at 1,045 documents
     * the copy, the whole table graph and a table query's sort together did not fit in {@code ingest -Xmx1g}.
     */
    public void storeStatistics(IriMinter iris, List<StoredMention> mentions) {
        DatasetGraph dsg = datasetGraph();
        Node name = iris.statisticsGraph();
        removeGraph(name); // the graph holds no text-indexed values or mention links: its parts go in directly
        Statistics.compute(dsg, iris, dsg.getGraph(iris.entitiesGraph()), mentions,
                part -> QuadLoader.add(dsg, name, part));
        AnswerSnapshot.write(dsg, iris);
    }

    /**
     * Writes the workbench's tables ({@link Statistics}) from the stored mentions and entities, without
     * resolving again: for a store written before the tables existed.
     */
    public void refreshStatistics(IriMinter iris) {
        storeStatistics(iris, mentions());
    }

    /** Describes the store anew in its VoID graph (after the pending mark is gone, so it is not counted). */
    public void refreshVoid(IriMinter iris) {
        replaceGraph(VoidDescription.graphName(iris), VoidDescription.describe(datasetGraph(), iris));
    }

    // ---- Reading back; each call inside a transaction. ----

    /** The stem of a stored document whose text has this content digest, if any. */
    public Optional<String> documentWithContent(IriMinter iris, String contentSha256) {
        return new SourceRecords(iris).documentWithContent(datasetGraph(), contentSha256);
    }

    /** The named-entity mentions of every document, as resolution reads them (sorted by IRI). */
    public List<StoredMention> mentions() {
        return MentionReader.read(datasetGraph());
    }

    /** Every mention (names and figures) by document stem, in text order, as evaluation reads them. */
    public Map<String, List<Mention>> mentionsByDocument() {
        return MentionReader.byDocument(datasetGraph());
    }

    /** Resolved entities (not places or resolution decisions) in the entities graph. */
    public long entityCount(IriMinter iris) {
        return datasetGraph().getGraph(iris.entitiesGraph()).find(null, PG.rdfType, null)
                .filterDrop(t -> t.getObject().equals(PG.Place) || t.getObject().equals(PG.ResolutionDecision))
                .toList().size();
    }

    /** Quads in the store: as the VoID description states them when there is one, else counted. */
    public long statedQuadCount(IriMinter iris) {
        return VoidDescription.statedQuads(datasetGraph(), iris).orElseGet(this::quadCount);
    }

    /** The stems of the stored documents. */
    public Set<String> documentStems() {
        Set<String> out = new TreeSet<>();
        datasetGraph().find(Node.ANY, Node.ANY, PG.sourceFile, Node.ANY)
                .forEachRemaining(q -> out.add(DocumentMeta.stemOf(q.getObject().getLiteralLexicalForm())));
        return out;
    }

    /** Government ({@code dct:spatial} label, a county with its prefecture) by document stem. */
    public Map<String, String> governmentsByStem() {
        return DocumentReads.governments(datasetGraph());
    }

    /**
     * The entities the query {@code reappear} lists for {@code from}–{@code to} whose rows come from the
     * documents {@code firstStem} and {@code secondStem}, with their names there.
     */
    public List<ListedEntity> reappearing(NamedQuery reappear, int from, int to, String firstStem, String secondStem) {
        return DocumentReads.reappearing(datasetGraph(), reappear, from, to, firstStem, secondStem);
    }

    /**
     * A stored document as the cross-year pass reads it: its text, its own kept mentions (original offsets) and
     * its corroborated mentions (IRI → stems of the documents corroborating each).
     */
    public record SiblingDocument(String stem, String file, int year, String jurisdiction, String text,
                                  List<Mention> kept, Map<String, java.util.SortedSet<String>> corroborated) {
        public SiblingDocument {
            kept = List.copyOf(kept);
            corroborated = Map.copyOf(corroborated);
        }
    }

    /** Stored document stems by jurisdiction (place local name); documents without one are left out. */
    public Map<String, java.util.SortedSet<String>> documentsByJurisdiction(IriMinter iris) {
        return SiblingDocuments.byJurisdiction(datasetGraph(), iris);
    }

    /** The stored document {@code stem} for the cross-year pass, if it has a stored text. */
    public Optional<SiblingDocument> siblingDocument(IriMinter iris, String stem) {
        return Optional.ofNullable(SiblingDocuments.read(datasetGraph(), iris, stem));
    }

    /**
     * Replaces the corroborated mentions of {@code d} with {@code added}, each corroborated by the documents of
     * {@code siblings} at the same index; writes nothing and returns false when they are unchanged. In a write
     * transaction.
     */
    public boolean replaceCorroborated(IriMinter iris, SiblingDocument d, List<Mention> added,
                                       List<java.util.SortedSet<String>> siblings) {
        return SiblingDocuments.replace(this, iris, d, added, siblings);
    }

    /** True if the store holds no quads. */
    public boolean isEmpty() {
        return read(() -> datasetGraph().isEmpty());
    }


    /** Closes the store; idempotent, and safe to call from a shutdown hook while another thread closes it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        textIndex.close();
        // expel, not just close: it releases the directory lock so another process (or test) can open it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(datasetGraph());
        StoreLocks.release(dir);
    }

}
