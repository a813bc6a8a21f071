package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordIndexTest {
    private static final List<String> WORDS = List.of("产业园区", "产业园", "园区", "园", "中心", "心");

    @Test
    void firstMatchInListOrderLikeTryingEveryWord() {
        WordIndex index = new WordIndex(WORDS);
        assertEquals("产业园区", index.endingAt("建设某某产业园区", 8));
        assertEquals("产业园", index.endingAt("建设某某产业园区", 7));
        assertEquals("园区", index.endingAt("建设某某产业园区", 8, 5)); // 产业园区 would start before 5
        assertEquals("中心", index.startingAt("某中心", 1));
        assertNull(index.endingAt("建设", 2));
        assertNull(index.endingAt("园", 0));
        assertNull(index.startingAt("园", 1));
        assertNull(index.startingAt("园", -1));
    }

    @Test
    void agreesWithALinearScanOnRandomText() {
        WordIndex index = new WordIndex(WORDS);
        Random r = new Random(7);
        String alphabet = "产业园区中心建设某";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            for (int at = 0; at <= s.length(); at++) {
                assertEquals(linearEnding(s, at), index.endingAt(s, at), s + " end " + at);
                assertEquals(linearStarting(s, at), index.startingAt(s, at), s + " start " + at);
            }
        }
    }

    private static String linearEnding(String s, int end) {
        for (String w : WORDS) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static String linearStarting(String s, int from) {
        for (String w : WORDS) {
            if (s.startsWith(w, from)) {
                return w;
            }
        }
        return null;
    }
}
