package org.pledgegraph.model;

import java.util.Arrays;
import java.util.Optional;

/** The administrative level of a {@link Place} (GB/T 2260: province, prefecture, county; towns below). */
public enum PlaceLevel {
    COUNTRY("country", "Country"), PROVINCE("province", "Province"), PREFECTURE("prefecture", "Prefecture"),
    COUNTY("county", "County"), TOWN("town", "Town");

    private final String key;
    private final String localName;

    PlaceLevel(String key, String localName) {
        this.key = key;
        this.localName = localName;
    }

    /** As written in ontology/places.tsv.gz. */
    public String key() {
        return key;
    }

    /** The level individual's local name in the ontology, e.g. {@code County}. */
    public String localName() {
        return localName;
    }

    public static Optional<PlaceLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
