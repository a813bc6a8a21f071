package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list looked up by the character at a boundary: the recognisers ask "which word ends (or starts) here" at
 * every position of every sentence, and trying a few hundred words in turn there was a fifth of extraction time.
 * Each bucket keeps the list's order, so the first match is the one trying the whole list in turn would find.
 * Immutable.
 */
final class WordIndex {
    private final Map<Character, List<String>> byFirst;
    private final Map<Character, List<String>> byLast;

    WordIndex(List<String> words) {
        this.byFirst = buckets(words, true);
        this.byLast = buckets(words, false);
    }

    /** The first word (in list order) that {@code s} holds at {@code from}, or null. */
    String startingAt(String s, int from) {
        if (from < 0 || from >= s.length()) {
            return null;
        }
        for (String w : byFirst.getOrDefault(s.charAt(from), List.of())) {
            if (s.startsWith(w, from)) {
                return w;
            }
        }
        return null;
    }

    /** The first word (in list order) that {@code s} holds ending at {@code end}, or null. */
    String endingAt(String s, int end) {
        return endingAt(s, end, 0);
    }

    /** As {@link #endingAt(String, int)}, for words that start at or after {@code minStart}. */
    String endingAt(String s, int end, int minStart) {
        if (end <= 0 || end > s.length()) {
            return null;
        }
        for (String w : byLast.getOrDefault(s.charAt(end - 1), List.of())) {
            if (end - w.length() >= minStart && s.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static Map<Character, List<String>> buckets(List<String> words, boolean first) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                m.computeIfAbsent(w.charAt(first ? 0 : w.length() - 1), c -> new ArrayList<>()).add(w);
            }
        }
        m.replaceAll((c, l) -> List.copyOf(l));
        return Map.copyOf(m);
    }
}
