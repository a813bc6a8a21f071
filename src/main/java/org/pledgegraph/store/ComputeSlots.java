package org.pledgegraph.store;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;

/**
 * How many answers a server computes at once; further requests wait their turn, first come first served. An
 * answer is CPU work inside a read transaction, so more answers at once than cores only share the cores: with 16
 * clients on 2 cores every request took about eight times its own work plus the collector's for the garbage of 16
 * answers at once, and the slowest kind set everyone's tail. In line, a cheap request waits for the work ahead of
 * it and then takes its own time (BENCHMARKS.md, "Session 24 lead"). A request that finds no slot within the query
 * timeout gets the timeout's answer. A thread that holds a slot and computes a nested answer does not take a
 * second one (it would wait on itself).
 */
public final class ComputeSlots {
    /** Null when unbounded. */
    private final Semaphore free;
    private final int slots;
    private final long waitMillis;
    private final ThreadLocal<Boolean> holding = new ThreadLocal<>();

    private ComputeSlots(int slots, long waitMillis) {
        this.slots = slots;
        this.free = slots > 0 ? new Semaphore(slots, true) : null;
        this.waitMillis = waitMillis;
    }

    /**
     * At most {@code slots} answers at once (0 = no limit); a request waits at most {@code waitMillis} for one.
     *
     * @throws IllegalArgumentException for a negative count or a wait that is not positive
     */
    public static ComputeSlots of(int slots, long waitMillis) {
        if (slots < 0) {
            throw new IllegalArgumentException("slots must be 0 (no limit) or more, got " + slots);
        }
        if (waitMillis <= 0) {
            throw new IllegalArgumentException("wait must be positive, got " + waitMillis);
        }
        return new ComputeSlots(slots, waitMillis);
    }

    /** Every answer computed at once, as it arrives. */
    public static ComputeSlots unbounded() {
        return new ComputeSlots(0, 1);
    }

    /** The number of slots; 0 when unbounded. */
    public int slots() {
        return slots;
    }

    /** Requests waiting for a slot now (an estimate, as {@link Semaphore#getQueueLength()}). */
    public int waiting() {
        return free == null ? 0 : free.getQueueLength();
    }

    /**
     * {@code work}'s answer, computed once a slot is free.
     *
     * @throws QueryCancelledException when no slot was free within the wait, or the wait was interrupted
     */
    public <T> T run(Supplier<T> work) {
        if (free == null || Boolean.TRUE.equals(holding.get())) {
            return work.get();
        }
        try {
            if (!free.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new QueryCancelledException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
        holding.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            holding.remove();
            free.release();
        }
    }
}
