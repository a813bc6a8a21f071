package org.pledgegraph.extract;

import java.util.regex.Pattern;

/** What may end a firm's short name inside a longer name, and what a firm's short name cannot be. */
final class FirmMarks {
    /** A capacity or model (digits, Latin letters, 年产) or a phase (一期, 二期, 扩建) right after the firm. */
    private static final Pattern NUMBER_OR_PHASE = Pattern.compile(
            "(?:[0-9A-Za-z]|年产|[一二三四五六七八九]期|扩建|扩产|技改)");

    private FirmMarks() {
    }

    /** A product, industry or unit word, a number or Latin letters, or a phase follows at {@code at}. */
    static boolean follows(String t, int at, WordIndex units) {
        return units.startingAt(t, at) != null || numberOrPhase(t, at);
    }

    static boolean numberOrPhase(String t, int at) {
        return at < t.length() && NUMBER_OR_PHASE.matcher(t).region(at, t.length()).lookingAt();
    }

    /** Not a generic word, a name with a suffix of its own, or a place. */
    static boolean plausible(String brand, AdminPlaceNames places) {
        return !NameScanner.isGeneric(brand) && Suffixes.endingAt(brand, brand.length()) == null && !places.is(brand);
    }
}
