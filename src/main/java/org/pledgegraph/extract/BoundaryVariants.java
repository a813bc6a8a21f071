package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Other boundaries for a recogniser's name, for the judge to choose from: without one or two leading
 * characters (a verb, an adverb or a number's unit the scanner let in: "抓…", "公里…"). Only for names that
 * are the text they cover.
 */
final class BoundaryVariants {
    private static final int MIN_LENGTH = 3;

    private BoundaryVariants() {
    }

    /** The variants of {@code c} in sentence {@code s}, each with its kind. */
    static List<Variant> of(Candidate c, ScopedSentence s) {
        List<Variant> out = new ArrayList<>();
        String t = s.text();
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        if (!t.substring(b, e).equals(c.name())) {
            return out;
        }
        for (int k = 1; k <= 2; k++) {
            if (e - (b + k) < MIN_LENGTH) {
                break;
            }
            char first = t.charAt(b + k - 1);
            if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN || t.charAt(b + k) == '”') {
                break;
            }
            String name = t.substring(b + k, e);
            out.add(new Variant(new Candidate(c.type(), c.begin() + k, c.end(), name, null, c.year()), "trim" + k));
        }
        return out;
    }

    record Variant(Candidate candidate, String kind) {
    }
}
