package org.pledgegraph.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;

/**
 * The text index's Lucene writes, run on one background thread in the order they were submitted, so the index is
 * the one the same calls made in line would write. Why: in ingest's write transaction the writing thread spent a
 * fifth of its time inside {@code IndexWriter.addDocument} (JFR, load18) while the second core idled; this way the
 * inversion runs beside the TDB2 writes. A failed write is kept and thrown by {@link #drain}, and every write after
 * it is skipped, so the caller's commit fails and rolls back. Not thread-safe: one writing thread submits.
 */
final class IndexWrites implements AutoCloseable {
    /** One write to the index's writer. */
    interface Op {
        void apply(IndexWriter writer) throws IOException;
    }

    /**
     * Writes handed to the thread at a time: one hand-over per sentence (hundreds of thousands) cost more in
     * thread wake-ups than the writes saved on a loaded machine (load18).
     */
    static final int BATCH = 256;
    /** Batches queued at most: each holds its Lucene documents (sentences), so the queue stays a few MB. */
    static final int QUEUED = 8;

    private final Supplier<IndexWriter> writer;
    private final Semaphore room = new Semaphore(QUEUED);
    /** Writes not yet handed to the thread. */
    private List<Op> batch = new ArrayList<>(BATCH);
    /** Created on the first hand-over: a store opened to read starts no thread. */
    private ExecutorService thread;
    /** The last batch handed over; the thread runs them in order, so it ends after all the others. */
    private Future<?> last;
    /** The first write that failed since the last drain (read and written by the background thread, then here). */
    private volatile Throwable failure;

    /** {@code writer} is asked on the background thread at each write: jena-text opens a new one after a rollback. */
    IndexWrites(Supplier<IndexWriter> writer) {
        this.writer = writer;
    }

    /** The index's writer, for a near-real-time reader: call {@link #drain} first. */
    IndexWriter writer() {
        return writer.get();
    }

    /** Queues {@code op}; waits while {@link #QUEUED} batches are queued. */
    void submit(Op op) {
        batch.add(op);
        if (batch.size() >= BATCH) {
            handOver();
        }
    }

    private void handOver() {
        if (batch.isEmpty()) {
            return;
        }
        List<Op> ops = batch;
        batch = new ArrayList<>(BATCH);
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pledgegraph-text-index");
                t.setDaemon(true);
                return t;
            });
        }
        room.acquireUninterruptibly();
        try {
            last = thread.submit(() -> {
                try {
                    IndexWriter w = writer.get();
                    for (Op op : ops) {
                        if (failure != null) {
                            break;
                        }
                        op.apply(w);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Waits for every queued write; throws the first that failed (an IOException as itself). */
    void drain() throws IOException {
        handOver();
        await();
        Throwable f = failure;
        if (f == null) {
            return;
        }
        failure = null;
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) f;
    }

    /** Waits for every queued write and forgets a failure: the caller rolls the index back. */
    void discard() {
        batch.clear();
        await();
        failure = null;
    }

    private void await() {
        Future<?> f = last;
        if (f == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the index must not be committed or rolled back under a running write
            } catch (ExecutionException e) {
                break; // the task itself catches everything; kept for completeness
            }
        }
        last = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the queued writes and stops the thread. */
    @Override
    public void close() {
        discard();
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
    }
}
