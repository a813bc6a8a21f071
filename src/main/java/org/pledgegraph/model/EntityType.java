package org.pledgegraph.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of thing a mention can be about; {@link #key()} is the gold-file and IRI spelling. */
public enum EntityType {
    PARK("Park"),
    PROJECT("Project"),
    ROAD("Road"),
    ENTERPRISE("Enterprise"),
    FACILITY("Facility"),
    TARGET("Target"),
    ACTUAL("Actual");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** Lower-case key: {@code park}, {@code project}, … as used in gold TSVs and entity IRIs. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Local name of the ontology class, e.g. {@code Park}. */
    public String className() {
        return className;
    }

    /** True for quantified statements (targets and reported figures). */
    public boolean isFigure() {
        return this == TARGET || this == ACTUAL;
    }

    public static Optional<EntityType> fromKey(String key) {
        for (EntityType t : values()) {
            if (t.key().equals(key) || t.className.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
