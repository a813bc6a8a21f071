package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real reports every robustness test runs over: seeds/ and the shared national and local corpora. */
public final class Corpora {
    public static final List<Path> FOLDERS = List.of(Path.of("seeds"), Path.of("..", "shared", "corpus", "national"),
            Path.of("..", "shared", "corpus", "local"));
    /** Governments of the written evaluation split: their texts are not printed by tests (see the brief). */
    private static final List<String> HELD_OUT = List.of("shenzhen-yantianqu", "shenzhen-baoanqu", "zhejiangsheng");

    private Corpora() {
    }

    /** Every *.txt of {@link #FOLDERS}, sorted; fails when a folder is missing (CI puts shared/ beside the clone). */
    public static List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path dir : FOLDERS) {
            assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is missing: the corpus tests need ../shared");
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** {@code text} for messages, unless it comes from a held-out government's report. */
    public static String shown(Path file, String text) {
        String name = file.getFileName().toString();
        return HELD_OUT.stream().anyMatch(name::startsWith) ? "(held-out text not shown)" : text;
    }
}
