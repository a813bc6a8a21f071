package org.pledgegraph.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PLACEHOLDER (replaced by the extractor branch). */
public final class YearInference {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private YearInference() {
    }

    public static OptionalInt infer(String text, String fileName) {
        Matcher m = YEAR.matcher(fileName);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group())) : OptionalInt.empty();
    }
}
