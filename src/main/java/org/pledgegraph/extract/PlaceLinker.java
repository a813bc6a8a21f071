package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * Links a mention to a coded town or district of the document's own jurisdiction when the text says so:
 * the name begins with the place's full name (柏庄镇污水处理厂), the full name stands right before the name in
 * the sentence, or the sentence's place cue (位于柏庄镇) names it. Conservative: only places inside the
 * jurisdiction, only a name exactly one of them has, never the jurisdiction itself; a district's short name
 * (东山 for 东山区) counts only as the beginning of a name and only in a report of the city above it.
 */
final class PlaceLinker {
    private final Places places;
    /** Per jurisdiction id; filled on first use (ingest extracts documents on several threads). */
    private final Map<String, Inside> byHome = new ConcurrentHashMap<>();

    PlaceLinker(Places places) {
        this.places = places;
    }

    List<Mention> link(List<Mention> mentions, DocumentMeta meta) {
        Place home = Place.isId(meta.jurisdiction()) ? places.get(meta.jurisdiction()).orElse(null) : null;
        if (home == null || home.level() == PlaceLevel.TOWN || home.level() == PlaceLevel.COUNTRY
                || home.level() == PlaceLevel.PROVINCE) {
            return mentions;
        }
        Inside inside = byHome.computeIfAbsent(home.id(), k -> inside(home));
        Map<String, List<Place>> full = inside.full();
        Map<String, List<Place>> shortNames = inside.shortNames();
        if (full.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String code = m.type().isFigure() ? null : code(m, full, shortNames);
            out.add(code == null ? m : new Mention(m.type(), m.surface(), m.span(), m.sentence(), m.evidence(),
                    m.stage(), m.modality(), m.aboutYear(), m.figure(), m.industry(), code));
        }
        return out;
    }

    /** The places inside one jurisdiction by full (and former) name and, for a city, its districts' short names. */
    private record Inside(Map<String, List<Place>> full, Map<String, List<Place>> shortNames) {
    }

    /** Scans the whole place table (tens of thousands of places): once per jurisdiction, not once per document. */
    private Inside inside(Place home) {
        Map<String, List<Place>> full = new HashMap<>();
        Map<String, List<Place>> shortNames = new HashMap<>();
        for (Place p : places.all()) {
            if (!p.id().equals(home.id()) && places.within(p.id(), home.id())) {
                full.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                p.formerNames().forEach(f -> full.computeIfAbsent(f, k -> new ArrayList<>()).add(p));
                if (p.level() == PlaceLevel.COUNTY && home.level() == PlaceLevel.PREFECTURE
                        && p.shortName().length() >= 2 && !p.shortName().equals(p.name())) {
                    shortNames.computeIfAbsent(p.shortName(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return new Inside(full, shortNames);
    }

    private static String code(Mention m, Map<String, List<Place>> full, Map<String, List<Place>> shortNames) {
        String name = m.surface();
        // The longest place name the mention's name begins with, leaving a name after it.
        for (int len = Math.min(name.length() - 2, 12); len >= 2; len--) {
            String head = name.substring(0, len);
            String id = unique(full.get(head));
            if (id == null) {
                id = unique(shortNames.get(head));
            }
            if (id != null) {
                return id;
            }
        }
        int at = m.evidence().indexOf(name);
        if (at > 0) {
            String before = m.evidence().substring(Math.max(0, at - 12), at);
            for (int len = Math.min(before.length(), 12); len >= 3; len--) {
                String id = unique(full.get(before.substring(before.length() - len)));
                if (id != null) {
                    return id;
                }
            }
        }
        return m.place() != null ? unique(full.get(m.place())) : null;
    }

    private static String unique(List<Place> ps) {
        return ps != null && ps.size() == 1 ? ps.get(0).id() : null;
    }
}
