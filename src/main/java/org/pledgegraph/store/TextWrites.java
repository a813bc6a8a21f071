package org.pledgegraph.store;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Text index writes handed to one background thread, run one after another in the order handed, while the
 * writing thread goes on with the store (issue 14: the writer thread is ingest's critical path, and the index's
 * Lucene work — a tenth of it and more — needs neither the store nor its write transaction once what it reads
 * from the store has been read). Whoever hands a write must not change what it reads afterwards.
 *
 * <p>A failed write stops the ones handed after it (they would build on a broken index); the failure is thrown
 * by the next {@link #drain} or {@link #submit} on the writing thread, so the store's write transaction aborts as
 * if the write had failed in place. At most {@link #MAX_PENDING} writes wait, so a fast writer holds at most that
 * many documents' graphs for the index.
 */
final class TextWrites implements AutoCloseable {
    private static final int MAX_PENDING = 4;

    private final ArrayDeque<Future<?>> pending = new ArrayDeque<>();
    private ExecutorService thread;
    /** Set by a failed write so that the writes behind it are skipped; reset by {@link #drain}. */
    private volatile boolean broken;

    /** Hands {@code write} to the background thread, first waiting for the oldest if too many are waiting. */
    void submit(Runnable write) {
        while (pending.size() >= MAX_PENDING) {
            await(pending.poll());
        }
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "text-index-writes");
                t.setDaemon(true); // never keeps a finished command alive; close() ends it anyway
                return t;
            });
        }
        pending.add(thread.submit(() -> {
            if (broken) {
                return;
            }
            try {
                write.run();
            } catch (RuntimeException | Error e) {
                broken = true;
                throw e;
            }
        }));
    }

    /** Waits until every handed write has run; throws the first failure (the writes after it did not run). */
    void drain() {
        RuntimeException first = null;
        Error error = null;
        while (!pending.isEmpty()) {
            try {
                await(pending.poll());
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            } catch (Error e) {
                error = error == null ? e : error;
            }
        }
        broken = false;
        if (error != null) {
            throw error;
        }
        if (first != null) {
            throw first;
        }
    }

    /** As {@link #drain}, forgetting failures: the changes are being rolled back anyway. */
    void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException | Error e) {
            // the caller rolls the index back; the failure already reached (or will reach) the transaction
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the text index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        drainQuietly();
        if (thread != null) {
            thread.shutdown();
        }
    }
}
