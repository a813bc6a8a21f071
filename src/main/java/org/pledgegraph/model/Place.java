package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One administrative division from ontology/places.tsv.gz.
 *
 * @param id         IRI local name: the GB/T 2260 code (6 digits down to counties, 9 for towns), {@code CN} for
 *                   the country, or a parent code and ASCII tag for a functional area without a code
 * @param code       the GB/T 2260 code, or empty when the place has none
 * @param level      administrative level
 * @param parent     id of the place it lies within, or empty for the country
 * @param name       full name, e.g. 清苑区
 * @param shortName  name without its level word, e.g. 清苑 (the full name when nothing shorter is a name)
 * @param formerNames earlier names of the same place (坪山新区 for 坪山区)
 */
public record Place(String id, String code, PlaceLevel level, String parent, String name, String shortName,
                    List<String> formerNames) {
    private static final Pattern ID = Pattern.compile("CN|\\d{6}|\\d{9}|\\d{6}-[a-z]+");

    public Place {
        Objects.requireNonNull(level, "level");
        if (!isId(id)) {
            throw new IllegalArgumentException("not a place id: " + id);
        }
        formerNames = List.copyOf(formerNames);
    }

    /** True if {@code s} has the form of a place id (as opposed to a place name). */
    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }
}
