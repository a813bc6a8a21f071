package org.pledgegraph.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Quietens java.util.logging users; log4j2 is configured by log4j2.properties in the jar. */
final class Logging {
    private Logging() {
    }

    static void quiet() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
