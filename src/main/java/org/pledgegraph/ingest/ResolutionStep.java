package org.pledgegraph.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.WrittenDocuments;
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
        resolve(overrides, Optional.empty(), new WrittenDocuments());
    }

    /** As {@link #resolve(Curation)}, the cross-year pass limited to the governments {@code only} (empty: all). */
    private void resolve(Curation overrides, Optional<Set<String>> only, WrittenDocuments stored) {
        new CrossYearStep(store, iris, crossYear, stored).run(only);
        stored.clear(); // read once; the pass has patched some of them, and the memory is the tables' now
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
        finish(overrides, written, new WrittenDocuments());
    }

    /** As {@link #finish(Curation, Set)}, the cross-year pass taking the documents {@code stored} holds from it. */
    void finish(Curation overrides, Set<String> written, WrittenDocuments stored) {
        Optional<Set<String>> only = store.pendingJurisdictions(iris).map(pending -> {
            Set<String> all = new TreeSet<>(pending);
            all.addAll(written);
            return all;
        });
        store.clearPending(iris); // first, so VoID does not count the mark
        resolve(overrides, only, stored);
        store.refreshVoid(iris);
    }
}
