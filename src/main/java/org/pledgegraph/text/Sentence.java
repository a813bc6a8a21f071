package org.pledgegraph.text;

import java.util.Objects;

/**
 * A sentence of a normalised text: {@code [begin, end)} in normalised offsets.
 *
 * @param begin     first char, normalised offset
 * @param end       end (exclusive), normalised offset
 * @param text      the normalised sentence text
 * @param paragraph index of the paragraph (line after normalisation) it belongs to
 * @param wholeLine true when the sentence is a whole line without terminal punctuation (a heading or caption)
 */
public record Sentence(int begin, int end, String text, int paragraph, boolean wholeLine) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin || text.length() != end - begin) {
            throw new IllegalArgumentException("bad sentence " + begin + "-" + end + " for \"" + text + "\"");
        }
    }

    @Override
    public String toString() {
        return begin + "-" + end + ":" + text;
    }
}
