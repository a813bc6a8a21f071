package org.pledgegraph.train;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Experiment (session 26, pos26): gold folders whose annotators marked fewer names than the development gold. Their
 * names are trusted as keep events, but a candidate they did not mark is not taken as a drop, and the character
 * tagger (which learns "not a name" from every unmarked character) does not read them. Folders come from the system
 * property {@code pg.partialGold} (comma-separated); {@code pg.partialTagger=include} lets the tagger read them.
 */
final class PartialGold {
    private PartialGold() {
    }

    static boolean partial(AnnotatedDocument d) {
        String dirs = System.getProperty("pg.partialGold", "");
        if (dirs.isBlank() || d.goldFile() == null) {
            return false;
        }
        Path f = d.goldFile().toAbsolutePath().normalize();
        return Arrays.stream(dirs.split(",")).map(s -> Path.of(s).toAbsolutePath().normalize()).anyMatch(f::startsWith);
    }

    static boolean taggerReads(AnnotatedDocument d) {
        return !partial(d) || "include".equals(System.getProperty("pg.partialTagger"));
    }

    static boolean dropsCount(AnnotatedDocument d) {
        return !partial(d) || "yes".equals(System.getProperty("pg.partialDrops"));
    }
}
