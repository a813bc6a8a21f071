package org.pledgegraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prepares original text for recognition: full-width ASCII becomes half-width, {@code **bold**}
 * markers and page markers ("— 4 —") go, traditional characters become simplified ({@link Simplified}),
 * and hard line breaks inside a paragraph (PDF exports
 * break every ~30 chars) are joined. Paragraph breaks become a single {@code \n}.
 *
 * <p>Whether a document is hard-wrapped at all is decided once per document: in a PDF export most long lines
 * end mid-sentence, while in a report kept one paragraph per line (most Word and web sources) only the headings
 * do ("（三）坚持…，加快…" with no stop), and joining those to the paragraph below would hide the heading that
 * opens a plan section and glue it into the first sentence.
 */
public final class Normalizer {
    /** Lines at least this long that end without punctuation continue on the next line. */
    private static final int WRAPPED_LINE = 20;
    /** A numbered line ("二、…") at most this long, without clause punctuation, is a heading on its own. */
    private static final int HEADING_LINE = 26;
    /**
     * In a document kept one paragraph per line, a heading-like line at most this long without closing
     * punctuation is a heading; a longer one is a paragraph the source broke by accident
     * ("…视察河北\n重要讲话\n精神，…").
     */
    private static final int UNWRAPPED_HEADING = 50;
    /** A document is hard-wrapped when at least this share of its long lines ends without punctuation. */
    private static final double WRAPPED_SHARE = 0.5;
    /** "二是…": a counted point opens a paragraph like a number does. */
    private static final Pattern COUNTED_POINT = Pattern.compile("[一二三四五六七八九十]+是");
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[，,；;、]");
    private static final String LINE_END_PUNCT = "。！？；：!?;:”\"）)】》…";
    private static final Pattern PAGE_MARKER = Pattern.compile("[\\s\\u3000]*[—\\-－]+[\\s\\u3000]*\\d{1,4}[\\s\\u3000]*[—\\-－]+[\\s\\u3000]*");

    private Normalizer() {
    }

    /** Normalises {@code original}, keeping the offset map. */
    public static NormalizedText normalize(String original) {
        List<int[]> lines = lines(original);
        boolean wrapped = hardWrapped(original, lines);
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        int prev = -1;
        for (int li = 0; li < lines.size(); li++) {
            int[] line = lines.get(li);
            String content = original.substring(line[0], line[1]);
            if (content.isBlank() || PAGE_MARKER.matcher(content).matches()) {
                continue;
            }
            if (prev >= 0) {
                if (!continues(original, lines, prev, li, wrapped)) {
                    out.append('\n');
                    map[n++] = lines.get(prev)[1] < original.length() ? lines.get(prev)[1] : original.length() - 1;
                }
            }
            int lineStart = line[0];
            int lineEnd = line[1];
            if (prev >= 0 && continues(original, lines, prev, li, wrapped)) {
                while (lineStart < lineEnd && isBlank(original.charAt(lineStart))) {
                    lineStart++;
                }
            }
            for (int i = lineStart; i < lineEnd; i++) {
                char c = original.charAt(i);
                if (c == '*' && i + 1 < lineEnd && original.charAt(i + 1) == '*') {
                    i++;
                    continue;
                }
                // Traditional characters are read as simplified ones, char for char, so the offset map holds.
                out.append(Simplified.of(halfWidth(c)));
                map[n++] = i;
            }
            prev = li;
        }
        int[] offsets = new int[n];
        System.arraycopy(map, 0, offsets, 0, n);
        return new NormalizedText(original, out.toString(), offsets);
    }

    /** Full-width ASCII forms and the ideographic space mapped to ASCII, char for char. */
    public static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(halfWidth(s.charAt(i)));
        }
        return b.toString();
    }

    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return c;
    }

    /** Whether most of the lines long enough to be wrapped end mid-sentence (a PDF-style export). */
    private static boolean hardWrapped(String original, List<int[]> lines) {
        int longLines = 0;
        int open = 0;
        for (int[] line : lines) {
            String l = original.substring(line[0], line[1]).strip();
            if (l.length() >= WRAPPED_LINE) {
                longLines++;
                if (LINE_END_PUNCT.indexOf(l.charAt(l.length() - 1)) < 0) {
                    open++;
                }
            }
        }
        return longLines > 0 && open >= WRAPPED_SHARE * longLines;
    }

    private static boolean continues(String original, List<int[]> lines, int prev, int next, boolean wrapped) {
        String a = original.substring(lines.get(prev)[0], lines.get(prev)[1]).strip();
        String b = original.substring(lines.get(next)[0], lines.get(next)[1]).strip();
        if (a.length() < WRAPPED_LINE || a.isEmpty() || LINE_END_PUNCT.indexOf(a.charAt(a.length() - 1)) >= 0) {
            return false;
        }
        if (!wrapped && a.length() <= UNWRAPPED_HEADING && headingLike(a)) {
            return false;
        }
        if (b.startsWith("——") || b.startsWith("#") || isListMarker(b)) {
            return false;
        }
        if (isListMarker(a) && a.length() <= HEADING_LINE && !a.matches(".*[，,。；;].*")) {
            return false; // "二、2025年经济社会发展总体要求和政策取向" is a heading, not a wrapped line
        }
        boolean standaloneShort = b.length() < WRAPPED_LINE
                && LINE_END_PUNCT.indexOf(b.charAt(b.length() - 1)) < 0
                && (next + 1 >= lines.size() || isBlankLine(original, lines.get(next + 1)));
        return !standaloneShort;
    }

    /**
     * A numbered line ("（三）坚持…，加快…", "二是…", "#### …") or one without clause punctuation (a title); a line
     * that runs on with commas and no number ("依托…政策，向…企业宣传") is a paragraph broken mid-sentence.
     */
    private static boolean headingLike(String a) {
        return isListMarker(a) || a.startsWith("#") || COUNTED_POINT.matcher(a).lookingAt()
                || !CLAUSE_PUNCT.matcher(a).find();
    }

    private static boolean isListMarker(String b) {
        return b.matches("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\\d+[.、．]).*");
    }

    private static boolean isBlankLine(String original, int[] line) {
        return original.substring(line[0], line[1]).isBlank();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** [begin, end) of each line, excluding the terminator. */
    private static List<int[]> lines(String s) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            lines.add(new int[] {start, s.length()});
        }
        return lines;
    }
}
