package org.pledgegraph.store;

import java.util.List;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.IriMinter;

/**
 * The statistics graph's parts ({@link Statistics#compute}) computed on a thread of their own, in a read transaction
 * of the store's last commit, while the calling (writing) thread writes each part as it comes: the parts' row
 * queries and the writer's quad inserts then use both cores instead of one after the other. TDB2 binds a write
 * transaction to its thread, so the reads can only run beside it on a committed store: the caller commits
 * everything the parts read first (documents, entities graph, no statistics graph), and changes none of it before
 * the parts are written.
 *
 * <p>The parts arrive in {@link Statistics#compute}'s order, one at a time (a hand-over with no room to wait): at
 * most the part being written and the next one are held, as a 1 GB heap at 1,045 documents needs.
 */
final class StatisticsBeside {
    /** Marks the end of the parts. */
    private static final Graph END = GraphFactory.createGraphMem();

    private StatisticsBeside() {
    }

    /**
     * Hands {@code sink} (on the calling thread) each part of the statistics graph of {@code dataset}'s last commit,
     * over the entities graph stored there and {@code mentions}; throws what the computing thread threw.
     */
    static void compute(Dataset dataset, IriMinter iris, List<StoredMention> mentions, Consumer<Graph> sink) {
        SynchronousQueue<Graph> parts = new SynchronousQueue<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                dataset.executeRead(() -> {
                    DatasetGraph dsg = dataset.asDatasetGraph();
                    Statistics.compute(dsg, iris, dsg.getGraph(iris.entitiesGraph()), mentions, g -> hand(parts, g));
                });
            } catch (Handover stop) {
                return; // the writer gave up: nobody takes the end
            } catch (RuntimeException | Error e) {
                failed.set(e);
            }
            try {
                parts.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "statistics-parts");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            for (Graph g = parts.take(); g != END; g = parts.take()) {
                sink.accept(g);
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PledgeGraphException("interrupted while writing the statistics tables", e);
        } finally {
            if (!done) {
                reader.interrupt();
            }
            joinQuietly(reader);
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private static void hand(SynchronousQueue<Graph> parts, Graph g) {
        try {
            parts.put(g);
        } catch (InterruptedException e) {
            throw new Handover();
        }
    }

    /** Ends the reading thread's transaction when the writer stopped taking parts. */
    private static final class Handover extends RuntimeException {
        Handover() {
            super(null, null, false, false);
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
