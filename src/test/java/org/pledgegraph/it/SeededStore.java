package org.pledgegraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.store.GraphStore;

/**
 * A real TDB2 store in a temporary folder holding the five seeds (and, when asked, more reports).
 * <p>
 * A dozen test classes each need the same seeded store. The seeds (and the seeds with the second government)
 * are ingested once per JVM into a closed template, and {@link #open} copies the template's files: a copy of a
 * closed store is that store, and each caller owns its copy, so it may write to it. {@link #ingest} is the
 * ingest itself, for tests about ingesting.
 */
public final class SeededStore {
    public static final Path SEEDS = Path.of("seeds");
    /**
     * Two small real reports of a second government (深圳市大鹏新区 2022 and 2023, an uncoded new area) from
     * the shared corpus: with the seeds (安阳市北关区) a store of two governments whose years overlap.
     */
    public static final List<Path> SECOND_GOVERNMENT = List.of(
            Path.of("..", "shared", "corpus", "local", "shenzhen-dapengxinqu-2022.txt"),
            Path.of("..", "shared", "corpus", "local", "shenzhen-dapengxinqu-2023.txt"));
    /** Lock files name the process that held the store; a fresh store has none, so a copy has none either. */
    private static final List<String> LOCKS = List.of("tdb.lock", "pledgegraph.pid");

    private SeededStore() {
    }

    /** Built on first use (class initialisation is once per JVM and thread-safe), removed when the JVM exits. */
    private static final class Seeds {
        static final Template TEMPLATE = template(List.of());
    }

    private static final class TwoGovernments {
        static final Template TEMPLATE = template(SECOND_GOVERNMENT);
    }

    /** A closed store and the report of the one ingest that made it. */
    private record Template(Path db, IngestReport report) {
    }

    public static GraphStore open(Path dir) {
        return open(dir, List.of());
    }

    /** A store in {@code dir} holding the seeds and the reports in {@code more}, as one ingest of them makes it. */
    public static GraphStore open(Path dir, List<Path> more) {
        Template template = more.isEmpty() ? Seeds.TEMPLATE : more.equals(SECOND_GOVERNMENT) ? TwoGovernments.TEMPLATE : null;
        if (template == null) {
            return ingest(dir, more);
        }
        copy(template.db(), dir);
        return GraphStore.open(dir);
    }

    /**
     * The report of the ingest of the seeds that every {@link #open(Path)} copies: a test about what an ingest
     * reports reads it here instead of ingesting the seeds once more.
     */
    public static IngestReport seedsReport() {
        return Seeds.TEMPLATE.report();
    }

    /** The seeds and the reports in {@code more}, ingested together into {@code dir}. */
    public static GraphStore ingest(Path dir, List<Path> more) {
        GraphStore store = GraphStore.open(dir);
        try {
            run(store, more);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static IngestReport run(GraphStore store, List<Path> more) {
        List<Path> inputs = new ArrayList<>(List.of(SEEDS));
        inputs.addAll(more);
        IngestReport r = Ingest.create(store).run(inputs, IngestListener.NONE);
        if (r.documents() != 5 + more.size() || !r.refused().isEmpty()) {
            throw new IllegalStateException("seed ingest failed: " + r);
        }
        return r;
    }

    private static Template template(List<Path> more) {
        try {
            Path root = Files.createTempDirectory("pledgegraph-template-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            Path db = root.resolve("db");
            try (GraphStore store = GraphStore.open(db)) {
                return new Template(db, run(store, more));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!LOCKS.contains(p.getFileName().toString())) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit: a temporary folder left behind is harmless
        }
    }
}
