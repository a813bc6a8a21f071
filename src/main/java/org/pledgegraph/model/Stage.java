package org.pledgegraph.model;

import java.util.Locale;
import java.util.Optional;

/** The stage of an entity named by the verb of a sentence. */
public enum Stage {
    PLANNED("Planned"),
    UNDER_CONSTRUCTION("UnderConstruction"),
    COMPLETED("Completed"),
    OPERATING("Operating");

    private final String localName;

    Stage(String localName) {
        this.localName = localName;
    }

    /** Local name of the ontology individual, e.g. {@code UnderConstruction}. */
    public String localName() {
        return localName;
    }

    /** Gold-file spelling, e.g. {@code under_construction}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> fromKey(String key) {
        for (Stage s : values()) {
            if (s.key().equals(key) || s.localName.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
