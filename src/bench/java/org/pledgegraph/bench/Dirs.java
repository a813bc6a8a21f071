package org.pledgegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folder helpers for the bench's temporary stores and corpora. */
final class Dirs {
    private Dirs() {
    }

    /** Apparent size in bytes of the regular files below {@code dir}. */
    static long size(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /**
     * Bytes allocated on disk below {@code dir}, from {@code du -sk}: TDB2's files are sparse (their
     * apparent size is mostly preallocated, unwritten blocks). Falls back to the apparent size.
     */
    static long allocated(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // no du (not a Unix-like system): report the apparent size
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return size(dir);
    }

    /** Deletes {@code dir} and everything below it; missing is fine. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
