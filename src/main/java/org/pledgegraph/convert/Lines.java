package org.pledgegraph.convert;

import java.util.List;

/** Tidying shared by the converters of formatted files. */
final class Lines {
    private Lines() {
    }

    /**
     * One line per paragraph: each stripped (ASCII, full-width and no-break spaces), control characters and
     * spaces between two CJK characters (layout artefacts, never meaningful in Chinese) removed, empty lines dropped.
     */
    static String join(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            String line = tidy(p);
            if (!line.isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    static String tidy(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\r' || c == '\n' || c == '\u000B') {
                c = ' ';
            }
            if (Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B' || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            }
            if (c == ' ' && (b.isEmpty() || b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            b.append(c);
        }
        String t = b.toString().strip();
        return t.isEmpty() ? t : dropCjkSpaces(t);
    }

    private static String dropCjkSpaces(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < t.length() && isCjk(t.charAt(i - 1)) && isCjk(t.charAt(i + 1))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Han characters and CJK or full-width punctuation. */
    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u2014' || c == '\u2026' || (c >= '\u2018' && c <= '\u201D');
    }

    /** Non-blank characters of {@code text}. */
    static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }
}
