package org.pledgegraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains TDB2's directory lock and detects a store left open by a killed process.
 *
 * <p>What TDB2 5.6.0 does: {@code connectDataset} takes an OS file lock on {@code DIR/tdb.lock} and
 * writes its PID there. A second process fails with {@code DBOpEnvException: Failed to get a lock:
 * file='DIR/tdb.lock': held by process N}. The PID stays in the file after a clean close too, and
 * when the holder was killed the OS releases the lock, so TDB2 silently takes the stale lock over
 * and recovers the last committed state from its journal. tdb.lock therefore cannot tell a crash
 * from a clean exit; we keep our own marker ({@value #MARKER}) holding the PID while a process has
 * the store open, removed on close. Finding one whose process is gone means that process was killed.
 */
final class StoreLocks {
    static final String MARKER = "pledgegraph.pid";
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    private StoreLocks() {
    }

    /** One-line reason why TDB2 would not open {@code dir}. */
    static String explain(Path dir, RuntimeException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = HELD_BY.matcher(msg);
        Optional<Long> pid = m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        if (pid.isEmpty() && msg.contains("lock")) {
            pid = holder(dir);
        }
        if (pid.isPresent()) {
            boolean alive = ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                return "in use by process " + pid.get() + (command(pid.get()).map(c -> " (" + c + ")").orElse(""))
                        + "; TDB2 lets one process open a store at a time: stop that process first"
                        + " (to add documents to a served store, stop the server, ingest, and serve again)";
            }
            return "locked by process " + pid.get() + ", which is no longer running; delete "
                    + dir.resolve("tdb.lock") + " and retry";
        }
        return msg.isEmpty() ? e.getClass().getSimpleName() : msg.replaceAll("[\\r\\n]+", " ");
    }

    /** PID written by TDB2 into tdb.lock, if any. */
    static Optional<Long> holder(Path dir) {
        return readPid(dir.resolve("tdb.lock"));
    }

    /**
     * Records that this process has {@code dir} open; call once TDB2 has granted the lock. Returns a
     * notice if the previous holder never closed the store (it was killed or crashed).
     */
    static Optional<String> claim(Path dir) {
        long self = ProcessHandle.current().pid();
        Path marker = dir.resolve(MARKER);
        Optional<Long> previous = readPid(marker);
        Optional<String> notice = previous
                .filter(pid -> pid != self && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                .map(pid -> "store " + dir + " was not closed by process " + pid + " (killed or crashed);"
                        + " TDB2 took over its stale lock and kept the last committed transaction,"
                        + " discarding any unfinished one; 'pledgegraph validate' checks the store");
        try {
            Files.writeString(marker, Long.toString(self), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // The marker only improves a message; a store we cannot write it into fails on the first write anyway.
        }
        return notice;
    }

    /** Removes this process's marker on a clean close. */
    static void release(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (readPid(marker).filter(pid -> pid == ProcessHandle.current().pid()).isPresent()) {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                // Left behind, it names a live-then-dead PID: the next open reports a crash that was not one.
            }
        }
    }

    private static Optional<String> command(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine())
                .map(c -> c.contains("pledgegraph") ? c.replaceAll(".*?(pledgegraph\\S*\\s+\\w+).*", "$1") : c)
                .map(c -> c.length() > 80 ? c.substring(0, 80) + "…" : c);
    }

    private static Optional<Long> readPid(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()));
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
