package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of one of {@link ReappearTable}'s lists of a government's mentions of a year name which entity: for
 * the promising year, the commitments by the entities they name; for the later year, every mention by the entities it
 * names or whose part or whole it names. Worked out once per list text and kept for the store ({@link DerivedFromText}):
 * cutting every line of both lists into fields on every request was half of a {@code reappear} request (session 27's
 * profile), though only the few lines joined are needed.
 *
 * @param starts   where each line starts
 * @param byEntity per entity, its places in ascending order: line &lt;&lt; 32 | the entity's position among the
 *                 line's named entities (field 6, then field 7 for the later year)
 * @param named    per line, the entities it names (those keys of {@code byEntity}; none for a line not indexed)
 */
record MentionIndex(int[] starts, Map<String, long[]> byEntity, String[][] named) {
    /** The promising year's list: commitments by the entities of field 6. */
    static final String PROMISES = "reappear promises";
    /** The later year's list: every mention by the entities of fields 6 and 7. */
    static final String MENTIONS = "reappear mentions";

    private static final String[] NONE = {};

    static MentionIndex promises(String lines) {
        return of(lines, true);
    }

    static MentionIndex mentions(String lines) {
        return of(lines, false);
    }

    private static MentionIndex of(String lines, boolean promises) {
        List<Integer> starts = new ArrayList<>();
        Map<String, List<Long>> places = new HashMap<>();
        Map<String, String> keys = new HashMap<>(); // one string per entity, shared by the lines naming it
        List<String[]> byLine = new ArrayList<>();
        List<String> named = new ArrayList<>();
        LineCursor c = new LineCursor(lines, 8);
        for (int line = 0; ; line++) {
            int start = c.position();
            if (!c.next()) {
                break;
            }
            starts.add(start);
            named.clear();
            if (!promises || c.is(2, '1')) {
                c.terms(6, named);
                if (!promises) {
                    c.terms(7, named);
                }
            }
            String[] entities = named.isEmpty() ? NONE : new String[named.size()];
            for (int i = 0; i < entities.length; i++) {
                entities[i] = keys.computeIfAbsent(named.get(i), k -> k);
                places.computeIfAbsent(entities[i], k -> new ArrayList<>()).add((long) line << 32 | i);
            }
            byLine.add(entities);
        }
        Map<String, long[]> byEntity = new HashMap<>(places.size() * 2);
        places.forEach((e, p) -> byEntity.put(e, p.stream().mapToLong(Long::longValue).toArray()));
        return new MentionIndex(starts.stream().mapToInt(Integer::intValue).toArray(), byEntity,
                byLine.toArray(String[][]::new));
    }
}
