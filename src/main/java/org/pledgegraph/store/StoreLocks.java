package org.pledgegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Turns TDB2's lock failures into a message naming the process that holds the store. */
final class StoreLocks {
    private StoreLocks() {
    }

    static String explain(Path dir, RuntimeException e) {
        Optional<Long> pid = holder(dir);
        if (pid.isPresent()) {
            boolean alive = ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
            if (alive) {
                return "in use by process " + pid.get() + " (a running 'pledgegraph serve' or ingest?);"
                        + " stop it first, or use another --store";
            }
            return "stale lock left by process " + pid.get() + ", which is no longer running;"
                    + " delete " + dir.resolve("tdb.lock") + " and retry";
        }
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }

    /** PID written by TDB2 into tdb.lock, if any. */
    static Optional<Long> holder(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        try {
            if (Files.isRegularFile(lock)) {
                return Optional.of(Long.parseLong(Files.readString(lock).trim()));
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
