package org.pledgegraph.model;

import java.util.Objects;

/**
 * An exception one recogniser threw on one sentence. The document is kept without that recogniser's
 * candidates from that sentence; the failure is reported and stored so that nothing is lost silently.
 *
 * @param file       the document's file name, as in {@link DocumentMeta#file()}
 * @param line       1-based line of the original text where the sentence starts
 * @param recognizer simple class name of the recogniser (or stage) that failed
 * @param exception  class name of what was thrown
 * @param message    its message on one line, empty when it had none
 */
public record ExtractionFailure(String file, int line, String recognizer, String exception, String message) {
    public ExtractionFailure {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recognizer, "recognizer");
        Objects.requireNonNull(exception, "exception");
        message = message == null ? "" : message.replaceAll("[\\r\\n]+", " ");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
    }

    /** {@code FILE:LINE: Recognizer: java.lang.Exception: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + recognizer + ": " + exception + (message.isEmpty() ? "" : ": " + message);
    }
}
