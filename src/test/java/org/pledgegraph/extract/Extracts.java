package org.pledgegraph.extract;

import java.util.List;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;

/** Test helpers: extract a snippet as a document of a given year, find a mention by surface. */
final class Extracts {
    private static final Extractor EXTRACTOR = Extractor.defaults();
    private static final Extractor RULES = Extractor.rules();

    private Extracts() {
    }

    static List<Mention> extract(String text, int year) {
        return EXTRACTOR.extract(new DocumentMeta("t.txt", "t", null, year, "", "", ""), text).mentions();
    }

    /** The recognisers alone, without the candidate judge: for tests that pin a recogniser's behaviour. */
    static List<Mention> rules(String text, int year) {
        return RULES.extract(new DocumentMeta("t.txt", "t", null, year, "", "", ""), text).mentions();
    }

    static Mention find(List<Mention> ms, String surface) {
        return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not in " + ms));
    }
}
