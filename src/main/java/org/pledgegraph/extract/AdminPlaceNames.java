package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * The full and short names (two characters or more) of provinces, prefectures and counties of the place table
 * (GB/T 2260), looked up at a position: a place written before or after a firm's short name in a project's name
 * ("某市某某新材料项目", "某某某市基地"). Towns are left out: their short names are too often ordinary words.
 */
final class AdminPlaceNames {
    private final WordIndex names;
    private final Set<String> set;

    AdminPlaceNames(Places places) {
        Set<String> all = new LinkedHashSet<>();
        if (places != null) {
            for (Place p : places.all()) {
                if (p.level() == PlaceLevel.PROVINCE || p.level() == PlaceLevel.PREFECTURE
                        || p.level() == PlaceLevel.COUNTY) {
                    add(all, p.name());
                    add(all, p.shortName());
                }
            }
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.names = new WordIndex(sorted);
        this.set = Set.copyOf(all);
    }

    private static void add(Set<String> out, String name) {
        if (name != null && name.length() >= 2) {
            out.add(name);
        }
    }

    /** The longest place name that {@code t} holds at {@code from}, or null. */
    String startingAt(String t, int from) {
        return names.startingAt(t, from);
    }

    /** Whether {@code s} is exactly a place name. */
    boolean is(String s) {
        return set.contains(s);
    }
}
