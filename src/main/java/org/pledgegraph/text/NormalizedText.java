package org.pledgegraph.text;

import java.util.Objects;
import org.pledgegraph.model.Span;

/**
 * Text prepared for recognition together with the map back to the original: char {@code i} of
 * {@link #text()} came from char {@code offsets[i]} of {@link #original()}.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] offsets;

    NormalizedText(String original, String text, int[] offsets) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (offsets.length != text.length()) {
            throw new IllegalArgumentException("offset map has " + offsets.length + " entries for " + text.length() + " chars");
        }
        this.offsets = offsets.clone();
    }

    public String original() {
        return original;
    }

    /** The normalised text recognisers work on. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset of normalised char {@code i}. */
    public int originalOffset(int i) {
        return offsets[i];
    }

    /** The original span covering normalised chars {@code [begin, end)}. */
    public Span toOriginal(int begin, int end) {
        if (begin < 0 || end > text.length() || end < begin) {
            throw new IllegalArgumentException("bad normalised span " + begin + "-" + end + " of " + text.length());
        }
        if (begin == end) {
            int at = begin < offsets.length ? offsets[begin] : original.length();
            return new Span(at, at);
        }
        return new Span(offsets[begin], offsets[end - 1] + 1);
    }

    /** The original text of a span with the line-break whitespace that normalisation removed taken out. */
    public String surfaceOf(Span span) {
        return stripBreaks(span.of(original));
    }

    /** {@code s} without line breaks and the blanks around them. */
    public static String stripBreaks(String s) {
        return s.replaceAll("[ \\t\\u3000]*[\\r\\n\\f]+[\\s\\u3000]*", "");
    }
}
