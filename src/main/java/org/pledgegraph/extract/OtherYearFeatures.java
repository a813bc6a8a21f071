package org.pledgegraph.extract;

import java.util.List;
import java.util.Map;

/**
 * Whether the same government's report of the year before or after writes the name too, and with which
 * boundaries. A promise a government repeats, or reports on a year later, is written again in its neighbouring
 * report; a category or a piece of a clause is written again with other characters around it. Features
 * {@code oy=…}: {@code na} when no neighbouring report is known, else {@code no}, {@code in} (written, but inside
 * longer words only), {@code s} / {@code e} (a clean start or end somewhere), {@code se} (both).
 */
final class OtherYearFeatures {
    private OtherYearFeatures() {
    }

    /**
     * Adds the features of {@code name} against {@code others} (normalised texts of the government's other-year
     * reports); {@code cache} holds each name's reading for one document.
     */
    static void add(List<String> f, String name, int length, List<String> others, Map<String, String> cache) {
        String v = others.isEmpty() ? "na" : cache.computeIfAbsent(name, n -> reading(n, others));
        f.add("oy=" + v);
        f.add("oy+len=" + v + CandidateFeatures.bucket(length, 3, 4, 6, 9));
    }

    private static String reading(String name, List<String> others) {
        String k = Specificity.key(name);
        if (k.length() < 2) {
            return "no";
        }
        boolean found = false;
        boolean start = false;
        boolean end = false;
        for (String t : others) {
            int[] n = Proposals.count(t, k);
            found |= n[0] > 0;
            start |= n[1] > 0;
            end |= n[2] > 0;
        }
        return !found ? "no" : start && end ? "se" : start ? "s" : end ? "e" : "in";
    }
}
