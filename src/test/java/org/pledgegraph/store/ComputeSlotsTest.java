package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

class ComputeSlotsTest {
    /** Its own threads: the common pool may have a single one, which the held slot's work would occupy. */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Runs {@code slots.run} on another thread with work that holds its slot until {@code release} opens. */
    private CompletableFuture<String> holdOne(ComputeSlots slots, CountDownLatch holding, CountDownLatch release) {
        return CompletableFuture.supplyAsync(() -> slots.run(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }), threads);
    }

    @Test
    void aSecondAnswerWaitsForTheOnlySlotAndThenRuns() throws Exception {
        ComputeSlots slots = ComputeSlots.of(1, 60_000);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holdOne(slots, holding, release);
        holding.await();
        AtomicBoolean secondStarted = new AtomicBoolean();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            secondStarted.set(true);
            return "second";
        }), threads);
        while (slots.waiting() == 0) {
            Thread.onSpinWait(); // the second request is in line, not computing
        }
        assertFalse(secondStarted.get(), "computed while the only slot was held");
        release.countDown();
        assertEquals("first", first.get());
        assertEquals("second", second.get());
        assertTrue(secondStarted.get());
    }

    @Test
    void noSlotWithinTheWaitIsTheTimeoutsAnswer() throws Exception {
        ComputeSlots slots = ComputeSlots.of(1, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = holdOne(slots, holding, release);
        holding.await();
        assertThrows(QueryCancelledException.class, () -> slots.run(() -> "never"));
        release.countDown();
        assertEquals("first", first.get());
        assertEquals("again", slots.run(() -> "again"), "the slot is free once the first answer is done");
    }

    @Test
    void aNestedAnswerOfTheSameThreadTakesNoSecondSlot() {
        ComputeSlots slots = ComputeSlots.of(1, 1);
        assertEquals("outer inner", slots.run(() -> "outer " + slots.run(() -> "inner")));
    }

    @Test
    void aFailedAnswerGivesItsSlotBack() {
        ComputeSlots slots = ComputeSlots.of(1, 1);
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("next", slots.run(() -> "next"));
    }

    @Test
    void unboundedRunsEverythingAtOnceAndBadSettingsAreRefused() {
        assertEquals(0, ComputeSlots.unbounded().slots());
        assertEquals("x", ComputeSlots.unbounded().run(() -> "x"));
        assertThrows(IllegalArgumentException.class, () -> ComputeSlots.of(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> ComputeSlots.of(1, 0));
    }
}
