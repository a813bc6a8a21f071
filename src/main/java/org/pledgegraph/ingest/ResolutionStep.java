package org.pledgegraph.ingest;

import java.util.List;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.resolve.Resolution;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Places;

/**
 * Recomputes the entities graph from every stored mention. Shared by the last batch of an ingest (which
 * resolves in its own write transaction) and by {@link Ingest}'s pending and explicit resolution.
 */
record ResolutionStep(GraphStore store, IriMinter iris, Places places) {
    /** Resolution alone; call inside a write transaction. */
    void resolve(Curation overrides) {
        List<StoredMention> mentions = store.mentions();
        Resolution r = new Resolver(places).resolve(mentions, overrides);
        store.storeResolution(iris, places, r, mentions);
    }

    /** Clearing the pending mark, resolution and VoID; call inside a write transaction. */
    void finish(Curation overrides) {
        store.clearPending(iris); // first, so VoID does not count the mark
        resolve(overrides);
        store.refreshVoid(iris);
    }
}
