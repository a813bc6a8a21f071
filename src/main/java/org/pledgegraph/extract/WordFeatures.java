package org.pledgegraph.extract;

import java.util.List;

/**
 * What a general word dictionary ({@link DictionaryWords}) says at a name's edges: whether they fall on word
 * boundaries of the sentence's dictionary segmentation (a clause fragment that swallowed a verb or a context character
 * cuts a word), and the part of speech of the words just outside it (a verb or preposition before a name, a noun that
 * continues it after). Of the screens of session 23 the best (docs/evaluation-history.md, "Session 23: hanlp23"):
 * the name's own words (count, first, head, whole, body, proper words) screened lower.
 */
final class WordFeatures {
    /** Characters of context segmented on each side of the name: enough for the words that cross its edges. */
    private static final int CONTEXT = 8;

    private WordFeatures() {
    }

    /** Adds the {@code wd.} features of the name at [b, e) of {@code t} (sentence text). */
    static void add(List<String> f, String t, int b, int e) {
        int from = Math.max(0, b - CONTEXT);
        int to = Math.min(t.length(), e + CONTEXT);
        List<DictionaryWords.Word> words = DictionaryWords.segment(t, from, to);
        DictionaryWords.Word before = b == 0 ? null : covering(words, b - 1);
        DictionaryWords.Word after = e >= t.length() ? null : covering(words, e);
        String s = edge(t, b - 1, before, b);
        String en = edge(t, e, after, e);
        f.add("wd.s=" + s);
        f.add("wd.e=" + en);
        f.add("wd.se=" + s + en);
        f.add("wd.pb=" + (before == null ? "^" : before.pos() + (before.end() > b ? "+" : "")));
        f.add("wd.pa=" + (after == null ? "$" : after.pos() + (after.begin() < e ? "+" : "")));
    }

    /**
     * Whether position {@code at} of the text is a word boundary: X next to punctuation or the text's edge, Y where
     * the segmentation puts one, N inside a word ({@code word} covers the character at {@code ch}).
     */
    private static String edge(String t, int ch, DictionaryWords.Word word, int at) {
        if (word == null || !BoundaryStats.word(t.charAt(ch))) {
            return "X";
        }
        return word.begin() == at || word.end() == at ? "Y" : "N";
    }

    /** The word of {@code words} that holds character {@code p}. */
    private static DictionaryWords.Word covering(List<DictionaryWords.Word> words, int p) {
        for (DictionaryWords.Word w : words) {
            if (w.begin() <= p && p < w.end()) {
                return w;
            }
        }
        throw new IllegalArgumentException("no word at " + p);
    }
}
