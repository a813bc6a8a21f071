package org.pledgegraph.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pledgegraph.rdf.DocumentGraph;
import org.pledgegraph.rdf.IriMinter;

/**
 * The documents one ingest run stored, as the cross-year pass reads them ({@link GraphStore.SiblingDocument}), taken
 * from the graphs the run wrote: the pass in the run's last transaction read every one of them back from TDB2 (4–7 %
 * of the writing thread in 209-document profiles, BENCHMARKS.md sessions 20 and 21). Read by the store's own reader
 * over the graph in memory ({@code SiblingDocuments.readWritten}), so a document held here is the one the store gives;
 * a graph whose reading could differ is not held, and is read from the store as before.
 *
 * <p>Bounded by the approximate bytes of the texts and mentions held ({@link #BUDGET}): past it, documents are read
 * from the store, so {@code ingest -Xmx1g} of a thousand reports holds no more than that. Used by the writing thread only.
 */
public final class WrittenDocuments {
    /** Approximate bytes held at most (the 209 local reports weigh ~30 MB with their mentions). */
    static final long BUDGET = 64L << 20;

    private final long budget;
    private final Map<String, GraphStore.SiblingDocument> documents = new HashMap<>();
    private long bytes;

    public WrittenDocuments() {
        this(BUDGET);
    }

    WrittenDocuments(long budget) {
        this.budget = budget;
    }

    /** Holds document {@code d} as its graph was just stored (its stem's graph in the store is exactly {@code d}'s). */
    public void stored(IriMinter iris, DocumentGraph d) {
        forget(d.stem());
        if (bytes >= budget) {
            return;
        }
        GraphStore.SiblingDocument read = SiblingDocuments.readWritten(iris, d.stem(), d.graph());
        if (read != null) {
            documents.put(d.stem(), read);
            bytes += weight(read);
        }
    }

    /** Drops document {@code stem}: its stored graph was changed after it was written (another file recorded). */
    public void forget(String stem) {
        GraphStore.SiblingDocument old = documents.remove(stem);
        if (old != null) {
            bytes -= weight(old);
        }
    }

    /** The document {@code stem} as stored by this run, if held. */
    public Optional<GraphStore.SiblingDocument> get(String stem) {
        return Optional.ofNullable(documents.get(stem));
    }

    /** Documents held. */
    public int size() {
        return documents.size();
    }

    /** Drops everything (once the cross-year pass has read them: the patch changes the graphs). */
    public void clear() {
        documents.clear();
        bytes = 0;
    }

    /** Two bytes a character of the text and of each mention's strings, and the objects around them. */
    private static long weight(GraphStore.SiblingDocument d) {
        long w = 256 + 2L * d.text().length();
        for (org.pledgegraph.model.Mention m : d.kept()) {
            w += 160 + 2L * (m.surface().length() + (m.evidence() == null ? 0 : m.evidence().length()));
        }
        return w;
    }
}
