package org.pledgegraph.eval;

import java.util.regex.Pattern;

/** Which government a document speaks for when the store does not say: its file-name prefix. */
public final class Governments {
    // The stem ends with the year, optionally a letter for a second report of that year (lin-2021b).
    private static final Pattern YEAR_SUFFIX = Pattern.compile("^(.+?)[-_]((?:19|20)\\d{2})[a-z]?$");

    private Governments() {
    }

    /** The file-name prefix before the year ({@code lin-xiqu-2024} → {@code lin-xiqu}), else the stem itself. */
    public static String prefixOf(String stem) {
        var m = YEAR_SUFFIX.matcher(stem);
        return m.matches() ? m.group(1) : stem;
    }
}
