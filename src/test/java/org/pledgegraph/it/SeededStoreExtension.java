package org.pledgegraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/**
 * The fixture many integration tests share: a real TDB2 store in a temporary folder holding the seeds and,
 * when asked, a real server on a free port over it; one per test class, closed after it. Register it on a
 * static field; its store and server are ready before the class's {@code @BeforeAll} methods run.
 * <pre>
 *   &#64;RegisterExtension
 *   static final SeededStoreExtension SEEDED = SeededStoreExtension.serving(b -&gt; b.maxRows(7));
 * </pre>
 */
public final class SeededStoreExtension implements BeforeAllCallback, AfterAllCallback {
    private final UnaryOperator<SparqlServer.Builder> server;
    private final java.util.List<Path> more;
    private Path dir;
    private GraphStore store;
    private SparqlServer running;

    private SeededStoreExtension(UnaryOperator<SparqlServer.Builder> server) {
        this(server, java.util.List.of());
    }

    private SeededStoreExtension(UnaryOperator<SparqlServer.Builder> server, java.util.List<Path> more) {
        this.server = server;
        this.more = more;
    }

    /** The seeds and a second government ({@link SeededStore#SECOND_GOVERNMENT}), served on a free port. */
    public static SeededStoreExtension twoGovernmentsServing(UnaryOperator<SparqlServer.Builder> configure) {
        return new SeededStoreExtension(configure, SeededStore.SECOND_GOVERNMENT);
    }

    /** The seeded store alone. */
    public static SeededStoreExtension store() {
        return new SeededStoreExtension(null);
    }

    /** The seeded store served on a free port, the builder configured by {@code configure}. */
    public static SeededStoreExtension serving(UnaryOperator<SparqlServer.Builder> configure) {
        return new SeededStoreExtension(configure);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("pledgegraph-seeded-");
        store = SeededStore.open(dir.resolve("db"), more);
        if (server != null) {
            running = server.apply(SparqlServer.create(store).port(0)).build().start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (running != null) {
                running.close();
            }
        } finally {
            store.close();
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    public GraphStore graphStore() {
        return store;
    }

    /** The running server; only for {@link #serving}. */
    public SparqlServer server() {
        if (running == null) {
            throw new IllegalStateException("no server: register SeededStoreExtension.serving(...)");
        }
        return running;
    }

    /** A folder of this fixture, removed after the class, for a test's own files. */
    public Path dir() {
        return dir;
    }
}
