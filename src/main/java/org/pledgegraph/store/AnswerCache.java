package org.pledgegraph.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Answers (a page's HTML, a page of a named query's rows) kept for the store's current data version: a served
 * store changes only when a write transaction commits (TDB2 then counts up its data version), so an answer
 * computed in a read transaction holds until the next commit. Two jobs, both measured (BENCHMARKS.md, perf5):
 * a request that was answered before costs a map lookup instead of seconds of joins; and requests asking the
 * same thing at the same time wait for one computation instead of each running it (16 clients opening the
 * same government page cost one page build, not 16 sharing two cores).
 *
 * <p>Bounded by an estimate of the bytes kept (least recently used dropped first); an answer that failed
 * (timeout) is not kept. {@link #off} computes every time. Answers are computed within the cache's
 * {@link ComputeSlots} (a server's: one per core), kept or not. Call {@link #get} inside a read transaction.
 */
public final class AnswerCache {
    /** Default budget of a server's cache, in megabytes. */
    public static final int DEFAULT_MEGABYTES = 64;

    private final GraphStore store;
    private final long maxBytes;
    private final ComputeSlots slots;
    private final LinkedHashMap<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<String, CompletableFuture<Object>> running = new ConcurrentHashMap<>();
    private long bytes;

    private record Kept(String version, Object value, long bytes) {
    }

    /** A cache whose answers are computed as they are asked for, any number at once. */
    public AnswerCache(GraphStore store, long maxBytes) {
        this(store, maxBytes, ComputeSlots.unbounded());
    }

    /** A cache whose answers are computed within {@code slots}. */
    public AnswerCache(GraphStore store, long maxBytes, ComputeSlots slots) {
        this.store = store;
        this.maxBytes = maxBytes;
        this.slots = java.util.Objects.requireNonNull(slots, "slots");
    }

    /** A cache that keeps nothing: every request computes its answer. */
    public static AnswerCache off(GraphStore store) {
        return new AnswerCache(store, 0);
    }

    /** A key of {@code parts}, joined by a character no request parameter holds. */
    public static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            b.append(i == 0 ? "" : "\u0000").append(parts[i]);
        }
        return b.toString();
    }

    /**
     * The answer for {@code key} at the data version the current read transaction sees: kept, being computed
     * by another request (waited for), or computed now by {@code compute} and kept if {@code size} (an
     * estimate in bytes) fits the budget.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute, ToLongFunction<T> size) {
        String version = maxBytes > 0 ? version() : null;
        if (version == null) {
            return slots.run(compute);
        }
        Kept k = lookup(key, version);
        if (k != null) {
            return (T) k.value();
        }
        String slot = version + "\u0000" + key;
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> other = running.putIfAbsent(slot, mine);
        if (other != null) {
            try {
                return (T) other.join();
            } catch (CompletionException e) {
                // The computing request's own failure (e.g. the query timeout), as if this request had run it.
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
        try {
            // Another request may have kept it between the lookup and taking the slot.
            k = lookup(key, version);
            T value = k != null ? (T) k.value() : slots.run(compute);
            if (k == null) {
                keep(key, version, value, size.applyAsLong(value));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(slot, mine);
        }
    }

    private synchronized Kept lookup(String key, String version) {
        Kept k = kept.get(key);
        return k != null && k.version().equals(version) ? k : null;
    }

    private synchronized void keep(String key, String version, Object value, long size) {
        long b = Math.max(64, size) + key.length() * 2L;
        if (b > maxBytes / 4) {
            return; // one huge answer would evict everything else
        }
        Kept old = kept.put(key, new Kept(version, value, b));
        bytes += b - (old == null ? 0 : old.bytes());
        for (Iterator<Kept> it = kept.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().bytes();
            it.remove();
        }
    }

    /**
     * The data version seen by this thread's read transaction, tagged with the storage it belongs to (compaction
     * swaps it); null outside a TDB2 transaction, where nothing is cached.
     */
    private String version() {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
            Transaction t = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
            return t == null ? null : System.identityHashCode(tdb) + ":" + t.getDataVersion();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
