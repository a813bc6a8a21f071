package org.pledgegraph.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Places;

/**
 * Recomputes the corroborated mentions of every document ({@link CrossYearStep}) and the entities graph from
 * every stored mention. Shared by the last batch of an ingest (which
 * resolves in its own write transaction) and by {@link Ingest}'s pending and explicit resolution.
 */
record ResolutionStep(GraphStore store, IriMinter iris, Places places, CrossYearPass crossYear) {
    /** From the extractor's place table and cross-year pass. */
    ResolutionStep(GraphStore store, IriMinter iris, Extractor extractor) {
        this(store, iris, extractor.places(), extractor.crossYear());
    }

    /**
     * The cross-year pass over every government (it reads the documents, so it runs before the mentions are
     * read), then resolution; call inside a write transaction.
     */
    void resolve(Curation overrides) {
        resolve(overrides, Optional.empty());
    }

    /** As {@link #resolve(Curation)}, the cross-year pass limited to the governments {@code only} (empty: all). */
    private void resolve(Curation overrides, Optional<Set<String>> only) {
        new CrossYearStep(store, iris, crossYear).run(only);
        List<StoredMention> mentions = store.mentions();
        // No local for the resolution: unreachable once stored, its memory is free for the tables.
        store.storeEntities(iris, places, new Resolver(places).resolve(mentions, overrides), mentions);
        store.storeStatistics(iris, mentions);
    }

    /**
     * Clearing the pending mark, resolution and VoID; call inside a write transaction. The cross-year pass
     * covers the governments {@code written} (of the documents this transaction wrote or replaced, place local
     * names) and those the pending mark names (earlier batches, or a run that died); every government when the
     * mark does not name them.
     */
    void finish(Curation overrides, Set<String> written) {
        Optional<Set<String>> only = store.pendingJurisdictions(iris).map(pending -> {
            Set<String> all = new TreeSet<>(pending);
            all.addAll(written);
            return all;
        });
        store.clearPending(iris); // first, so VoID does not count the mark
        resolve(overrides, only);
        store.refreshVoid(iris);
    }

    /** What the first of an ingest's two last transactions leaves for the second ({@link #finishTables}). */
    record Resolved(Graph entities, List<StoredMention> mentions) {
    }

    /**
     * {@link #finish}'s store writes but the tables, in the ingest's last write transaction: the cross-year pass,
     * resolution and the entities graph's quads, the old statistics graph removed. Resolution stays marked pending,
     * with the governments {@code governments} (IRIs) written, until {@link #finishTables} commits: the tables are
     * computed beside their writes from this transaction's commit, and a run that dies in between is resolved again
     * by whoever opens the store next. {@code written}: as {@link #finish}'s.
     */
    Resolved resolveQuads(Curation overrides, Set<String> written, Collection<String> governments) {
        Optional<Set<String>> only = store.pendingJurisdictions(iris).map(pending -> {
            Set<String> all = new TreeSet<>(pending);
            all.addAll(written);
            return all;
        });
        store.markPending(iris, governments);
        new CrossYearStep(store, iris, crossYear).run(only);
        List<StoredMention> mentions = store.mentions();
        Graph entities = store.storeEntityQuads(iris, places, new Resolver(places).resolve(mentions, overrides),
                mentions);
        store.removeStatisticsQuads(iris);
        return new Resolved(entities, mentions);
    }

    /**
     * The rest of {@link #finish} after {@link #resolveQuads} committed, in a write transaction of its own (call
     * outside one): the entities graph's text index values, the pending mark cleared, the tables (their parts computed
     * on another thread from that commit while this one writes them), VoID. The store and the index end as
     * {@link #finish} leaves them.
     */
    void finishTables(Resolved r) {
        store.write(() -> {
            store.indexLater(iris.entitiesGraph(), r.entities());
            store.removeGraphIndex(iris.statisticsGraph());
            store.clearPending(iris); // before VoID, which must not count the mark
            store.storeStatisticsBeside(iris, r.mentions());
            store.refreshVoid(iris);
        });
    }
}
