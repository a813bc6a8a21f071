package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.Place;
import org.pledgegraph.text.Places;

/**
 * Whether a name starts with a place of the reporting government or of somewhere else (GB/T 2260 table): a
 * report names the universities, cities and zones of other places as partners or comparisons (某省某大学, 某市某港),
 * and the gold annotates the reporting government's own things; a judge that never saw the government reads only
 * the characters of the place, not whose it is.
 */
final class HomeFeatures {
    private HomeFeatures() {
    }

    /**
     * Adds {@code pown=own|other|none|unknown}: the longest full or short place name (two characters or more) the
     * name starts with lies within the reporting government {@code home}, contains it (its province, its
     * country), or neither; none when the name starts with no place, unknown when the home is not known.
     */
    static void add(List<String> f, String name, String type, Places places, Place home) {
        String v = relation(name, places, home);
        f.add("pown=" + v);
        f.add("x.pown+type=" + v + "+" + type);
    }

    static String relation(String name, Places places, Place home) {
        if (places == null) {
            return "unknown";
        }
        for (int k = Math.min(name.length() - 1, 8); k >= 2; k--) {
            String p = name.substring(0, k);
            if (!places.isName(p)) {
                continue;
            }
            if (home == null) {
                return "unknown";
            }
            List<Place> all = new ArrayList<>(places.named(p));
            all.addAll(places.shortNamed(p));
            return all.stream().anyMatch(x -> places.nested(x.id(), home.id())) ? "own" : "other";
        }
        return "none";
    }
}
