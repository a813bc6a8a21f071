package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AnswerCache}: an answer is computed once per store version, recomputed after any committed write,
 * never kept when it failed, computed once for concurrent identical requests, and always computed when off.
 */
class AnswerCacheTest {
    @TempDir
    Path tmp;

    private static void addQuad(GraphStore store, String local) {
        store.write(() -> store.datasetGraph().add(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/" + local), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("x")));
    }

    private static long size(GraphStore store) {
        long[] n = {0};
        store.datasetGraph().find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    @Test
    void keptUntilTheStoreChanges() {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            AnswerCache cache = new AnswerCache(store, 1 << 20);
            AtomicInteger computed = new AtomicInteger();
            addQuad(store, "a");
            for (int i = 0; i < 3; i++) {
                assertEquals(1L, store.read(() -> cache.get("k", () -> {
                    computed.incrementAndGet();
                    return size(store);
                }, v -> 8)));
            }
            assertEquals(1, computed.get());
            addQuad(store, "b");
            assertEquals(2L, store.read(() -> cache.get("k", () -> {
                computed.incrementAndGet();
                return size(store);
            }, v -> 8)));
            assertEquals(2, computed.get());
            // Another key is another answer.
            assertEquals("other", store.read(() -> cache.get("k2", () -> "other", String::length)));
        }
    }

    @Test
    void failuresAreNotKeptAndOffComputesEveryTime() {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            AnswerCache cache = new AnswerCache(store, 1 << 20);
            assertThrows(IllegalStateException.class, () -> store.read(() -> cache.get("k", () -> {
                throw new IllegalStateException("timeout");
            }, v -> 8)));
            assertEquals("ok", store.read(() -> cache.get("k", () -> "ok", String::length)));
            AnswerCache off = AnswerCache.off(store);
            AtomicInteger computed = new AtomicInteger();
            for (int i = 0; i < 3; i++) {
                store.read(() -> off.get("k", computed::incrementAndGet, v -> 8));
            }
            assertEquals(3, computed.get());
        }
    }

    @Test
    void concurrentRequestsShareOneComputation() throws Exception {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            AnswerCache cache = new AnswerCache(store, 1 << 20);
            AtomicInteger computed = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(pool.submit(() -> store.read(() -> cache.get("slow", () -> {
                        computed.incrementAndGet();
                        started.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "answer";
                    }, String::length))));
                }
                started.await();
                Thread.sleep(200); // the other seven are now waiting for the first
                release.countDown();
                for (Future<String> f : answers) {
                    assertEquals("answer", f.get());
                }
                assertEquals(1, computed.get());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void budgetDropsTheLeastRecentlyUsed() {
        try (GraphStore store = GraphStore.open(tmp.resolve("s"))) {
            AnswerCache cache = new AnswerCache(store, 4_000);
            AtomicInteger computed = new AtomicInteger();
            for (int i = 0; i < 20; i++) {
                String key = "k" + i;
                store.read(() -> cache.get(key, computed::incrementAndGet, v -> 900));
            }
            store.read(() -> cache.get("k0", computed::incrementAndGet, v -> 900));
            assertEquals(21, computed.get(), "k0 was dropped long ago and computed again");
            store.read(() -> cache.get("k19", computed::incrementAndGet, v -> 900));
            assertEquals(21, computed.get(), "the most recent is kept");
        }
    }
}
