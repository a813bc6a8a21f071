package org.pledgegraph.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a document promises something, reports it as done, or merely mentions it. */
public enum Modality {
    COMMITMENT("Commitment"),
    REPORT("Report"),
    REFERENCE("Reference");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Modality> fromKey(String key) {
        for (Modality m : values()) {
            if (m.key().equals(key) || m.localName.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
