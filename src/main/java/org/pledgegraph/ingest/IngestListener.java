package org.pledgegraph.ingest;

import java.nio.file.Path;

/** Progress of an ingest, for the command line's progress output. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** A document was read and extracted. */
    default void extracted(Path file, int mentions, int done, int total) {
    }

    /** Something about a document that is worth a look but does not stop it (a manifest the text contradicts). */
    default void warned(Path file, String message) {
    }

    /** A document was refused; nothing of it was stored. */
    default void refused(Path file, String reason) {
    }

    /** A file holds the text of a document already read: it is recorded as another file of that document. */
    default void duplicate(Path file, String message) {
    }

    /** A write transaction committed: {@code documents} of {@code total} are now stored. */
    default void committed(int documents, int total) {
    }
}
