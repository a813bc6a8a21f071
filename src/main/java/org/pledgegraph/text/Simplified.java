package org.pledgegraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps traditional Chinese characters to simplified ones, character for character, so the
 * recognisers (written for simplified text) read traditional reports too while offsets still point
 * into the original. The table ({@code t2s.tsv}) covers the ~900 characters of government reports
 * that differ; phrase-level conversions (e.g. 乾隆 kept) are out of scope.
 */
public final class Simplified {
    private static final Map<Character, Character> T2S = load();

    private Simplified() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char of(char c) {
        if (c < 0x3000) {
            return c; // below the CJK blocks: the common ASCII path skips the lookup
        }
        Character s = T2S.get(c);
        return s == null ? c : s;
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> m = new HashMap<>();
        try (InputStream in = Simplified.class.getResourceAsStream("t2s.tsv")) {
            if (in == null) {
                throw new IllegalStateException("t2s.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || cols[0].length() != 1 || cols[1].length() != 1) {
                    throw new IllegalStateException("t2s.tsv: bad line '" + line + "'");
                }
                m.put(cols[0].charAt(0), cols[1].charAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
