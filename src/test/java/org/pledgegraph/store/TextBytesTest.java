package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextBytes#contains} (eight bytes a step, then the whole needle where its last byte is) says what
 * {@link String#contains} says, for UTF-8 texts and phrases of one to a few characters at every offset of a range that
 * starts inside a larger array: near the eight-byte steps, at the very end, overlapping repeats, absent, empty.
 */
class TextBytesTest {
    private static final String CHARS = "产业园区中心发展建设无人机检测aAbB\"\\5G（）。、 \u00e9\ud83d\ude00";

    @Test
    void containsIsStringContains() {
        Random random = new Random(24);
        int checked = 0;
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = word(random, random.nextInt(40));
            String phrase = random.nextInt(3) == 0 ? piece(random, text) : word(random, 1 + random.nextInt(3));
            if (random.nextBoolean() && !phrase.isEmpty()) {
                int cut = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
                text = text.substring(0, cut) + phrase + text.substring(cut);
            }
            byte[] t = text.getBytes(StandardCharsets.UTF_8);
            int pad = random.nextInt(9);
            byte[] a = new byte[pad + t.length + random.nextInt(9)];
            java.util.Arrays.fill(a, (byte) 0x9A); // a continuation byte: matches a needle's last byte outside the range
            System.arraycopy(t, 0, a, pad, t.length);
            byte[] needle = phrase.getBytes(StandardCharsets.UTF_8);
            boolean want = text.contains(phrase);
            assertEquals(want, TextBytes.contains(a, pad, pad + t.length, needle), text + " / " + phrase);
            assertEquals(want, new TextBytes(a, pad, pad + t.length).contains(needle), text + " / " + phrase);
            checked++;
            found += want ? 1 : 0;
        }
        assertEquals(20_000, checked);
        assertEquals(true, found > 5_000 && found < 15_000, "both answers checked often: " + found);
        // The needle ends the text, exactly at an eight-byte step, and the text is the needle.
        byte[] at8 = "abcdefg产".getBytes(StandardCharsets.UTF_8);
        assertEquals(true, TextBytes.contains(at8, 0, at8.length, "产".getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, TextBytes.contains(at8, 0, at8.length - 1, "产".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, TextBytes.contains(at8, 7, at8.length, "产".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, TextBytes.contains(at8, 3, 3, new byte[0]));
    }

    /** A part of {@code text} between two code point boundaries (maybe empty). */
    private static String piece(Random random, String text) {
        int n = text.codePointCount(0, text.length());
        int from = random.nextInt(n + 1);
        int to = from + random.nextInt(n - from + 1);
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }

    private static String word(Random random, int length) {
        StringBuilder b = new StringBuilder();
        int[] cps = CHARS.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return b.toString();
    }
}
