package org.pledgegraph.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.pledgegraph.model.ExtractionFailure;

/**
 * What an ingest did.
 *
 * @param documents documents stored
 * @param mentions  mentions extracted from them
 * @param triples   triples written to their document graphs
 * @param entities  resolved entities in the store afterwards
 * @param quads     quads in the store afterwards
 * @param refused   files refused, with the reason
 * @param failures  recogniser failures on single sentences of stored documents (each document was kept and
 *                  its graph holds a pg:ExtractionFailure)
 * @param elapsed   wall time
 */
public record IngestReport(int documents, long mentions, long triples, int entities, long quads,
                           List<Refusal> refused, List<Failure> failures, Duration elapsed) {
    public IngestReport {
        refused = List.copyOf(refused);
        failures = List.copyOf(failures);
    }

    /** A file that was not ingested, and why. */
    public record Refusal(Path file, String reason) {
    }

    /** A recogniser that failed on one sentence of {@code file}, which was stored without its candidates there. */
    public record Failure(Path file, ExtractionFailure failure) {
        /** {@code PATH:LINE: Recognizer: Exception: message}, on one line. */
        @Override
        public String toString() {
            return file + ":" + failure.line() + ": " + failure.recognizer() + ": " + failure.exception()
                    + (failure.message().isEmpty() ? "" : ": " + failure.message());
        }
    }
}
