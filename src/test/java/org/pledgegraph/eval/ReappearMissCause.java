package org.pledgegraph.eval;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why the {@code reappear} query does not return a gold row, from what the store holds about the row's two names
 * (used by {@link ReappearCausesMain}). The causes are checked in order: a name that is not extracted explains the
 * miss before anything resolution or the query does.
 */
enum ReappearMissCause {
    /** No mention in year Y's report has the row's first name (lenient key). */
    FIRST_NOT_EXTRACTED("1 first not extracted"),
    /** No mention in year Y+1's report has the row's second name. */
    SECOND_NOT_EXTRACTED("2 second not extracted"),
    /** Both extracted, but resolved to entities that are neither one nor part and whole. */
    RESOLVED_APART("3 resolved apart"),
    /** One entity (or part and whole), but none of its mentions in Y's report is a commitment. */
    NOT_PROMISED("4 query: no promise in Y"),
    /** One entity, promised in Y, and still not listed (type, jurisdiction, scoring). */
    OTHER("5 other");

    private final String label;

    ReappearMissCause(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * The cause of one missed row.
     *
     * @param firstEntities  the entities of the mentions of the first name in Y's report
     * @param secondEntities the entities of the mentions of the second name in Y+1's report
     * @param related        entity → the entities it is part of or that are part of it (the query's one
     *                       {@code pg:partOf} step either way)
     * @param promised       the entities some mention in Y's report commits to
     */
    static ReappearMissCause classify(Collection<String> firstEntities, Collection<String> secondEntities,
                                      Map<String, Set<String>> related, Set<String> promised) {
        if (firstEntities.isEmpty()) {
            return FIRST_NOT_EXTRACTED;
        }
        if (secondEntities.isEmpty()) {
            return SECOND_NOT_EXTRACTED;
        }
        List<String> joined = firstEntities.stream().filter(e -> secondEntities.contains(e)
                || secondEntities.stream().anyMatch(s -> related.getOrDefault(s, Set.of()).contains(e))).toList();
        if (joined.isEmpty()) {
            return RESOLVED_APART;
        }
        return joined.stream().anyMatch(promised::contains) ? OTHER : NOT_PROMISED;
    }

    /**
     * How two names that resolution kept apart differ, for the table of cause 3: {@code same key} (apart for another
     * reason: type, ambiguity), {@code phase} (一期/二期 …), {@code government prefix} (one is the other with one of
     * {@code governmentNames} in front), {@code other prefix}, {@code suffix}, {@code inside} (one is a subsequence
     * of the other: a word left out), or {@code other} (abbreviation, rewording).
     */
    static String variant(String first, String second, Collection<String> governmentNames) {
        String a = Names.key(first);
        String b = Names.key(second);
        if (a.equals(b)) {
            return "same key";
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.matches(".*[一二三四五六七八九十0-9]+期.*") || shorter.matches(".*[一二三四五六七八九十0-9]+期.*")) {
            return "phase";
        }
        if (longer.endsWith(shorter)) {
            String prefix = longer.substring(0, longer.length() - shorter.length());
            boolean government = prefix.matches("[省市区县]") || governmentNames.stream().anyMatch(g -> !g.isEmpty()
                    && (g.startsWith(prefix) || prefix.startsWith(g)));
            return government ? "government prefix" : "other prefix";
        }
        if (longer.startsWith(shorter)) {
            return "suffix";
        }
        int i = 0;
        for (char c : longer.toCharArray()) {
            if (i < shorter.length() && shorter.charAt(i) == c) {
                i++;
            }
        }
        return i == shorter.length() ? "inside" : "other";
    }
}
