package org.pledgegraph.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The lenient comparison of names, units and evidence used by the scorer. */
final class Names {
    private static final Pattern QUOTES_AND_SPACE = Pattern.compile("[\\s\u3000\"'“”‘’「」『』]+");
    private static final Pattern TRAILING_WORDS = Pattern.compile("(项目|建设|工程)+$");

    private Names() {
    }

    /**
     * Lenient key of a name: NFKC, without quotes or whitespace, without trailing 项目/建设/工程
     * (repeatedly: 改造工程建设项目 → 改造); a name that is nothing but those words keeps them.
     */
    static String key(String name) {
        String s = squeeze(name);
        String stripped = TRAILING_WORDS.matcher(s).replaceFirst("");
        return stripped.isEmpty() ? s : stripped;
    }

    /** NFKC without quotes and whitespace: for units, labels and evidence. */
    static String squeeze(String text) {
        return QUOTES_AND_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** True if the (squeezed) predicted evidence contains the (squeezed) gold evidence. */
    static boolean evidenceContains(String predicted, String gold) {
        return squeeze(predicted).contains(squeeze(gold));
    }
}
