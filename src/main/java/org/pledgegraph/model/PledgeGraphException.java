package org.pledgegraph.model;

/** Base of the errors the command line reports as a one-line message. */
public class PledgeGraphException extends RuntimeException {
    public PledgeGraphException(String message) {
        super(message);
    }

    public PledgeGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
