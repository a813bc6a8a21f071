package org.pledgegraph.resolve;

import java.util.regex.Pattern;

/** The normalised form two surfaces must share to be one entity (quotes, spaces, trailing 项目/建设/工程 dropped). */
public final class NameKey {
    private static final Pattern QUOTES = Pattern.compile("[\\s“”\"'‘’「」『』《》]");
    private static final Pattern TRAILING = Pattern.compile("(项目|建设|工程)+$");

    private NameKey() {
    }

    public static String of(String surface) {
        String k = QUOTES.matcher(surface).replaceAll("");
        String stripped = TRAILING.matcher(k).replaceAll("");
        // A name that is only a generic word (e.g. "工程") keeps it rather than becoming empty.
        return stripped.isEmpty() ? k : stripped;
    }
}
