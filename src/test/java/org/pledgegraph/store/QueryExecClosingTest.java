package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

class QueryExecClosingTest {
    /** A QueryExec whose close() throws {@code onClose} (if any) and counts its calls. */
    private static QueryExec exec(RuntimeException onClose, AtomicInteger closes) {
        return (QueryExec) Proxy.newProxyInstance(QueryExec.class.getClassLoader(), new Class<?>[] {QueryExec.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        closes.incrementAndGet();
                        if (onClose != null) {
                            throw onClose;
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aCloseThatRethrowsTheQuerysOwnFailureLeavesThatFailure() {
        IllegalStateException aborted = new IllegalStateException("aborted");
        AtomicInteger closes = new AtomicInteger();
        IllegalStateException seen = assertThrows(IllegalStateException.class,
                () -> QueryRunner.closing(exec(aborted, closes), qe -> {
                    throw aborted;
                }));
        assertSame(aborted, seen); // try-with-resources threw "Self-suppression not permitted" here
        assertArrayEquals(new Throwable[0], seen.getSuppressed());
        assertEquals(1, closes.get());
    }

    @Test
    void anotherCloseFailureIsSuppressedAndASuccessfulBodyStillCloses() {
        IllegalStateException body = new IllegalStateException("body");
        IllegalArgumentException close = new IllegalArgumentException("close");
        IllegalStateException seen = assertThrows(IllegalStateException.class,
                () -> QueryRunner.closing(exec(close, new AtomicInteger()), qe -> {
                    throw body;
                }));
        assertArrayEquals(new Throwable[] {close}, seen.getSuppressed());
        AtomicInteger closes = new AtomicInteger();
        assertEquals("rows", QueryRunner.closing(exec(null, closes), qe -> "rows"));
        assertEquals(1, closes.get());
    }
}
