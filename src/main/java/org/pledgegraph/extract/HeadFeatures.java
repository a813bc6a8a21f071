package org.pledgegraph.extract;

import java.util.List;

/**
 * Whether the report writes the name as the head or the modifier of longer words: a kind of thing (数据中心,
 * 农村公路) is written after many different modifiers in one report (甲数据中心, 乙数据中心, 算力数据中心), while one
 * named thing is written with the same edges each time. Read from the report's own text only (the distinct
 * characters right before and after the name's occurrences inside longer words, counted by the extractor).
 */
final class HeadFeatures {
    private HeadFeatures() {
    }

    /**
     * Adds {@code hvar} and {@code tvar} (how many distinct characters precede / follow the name inside longer
     * words in the report) and {@code hvar+len}; nothing when the counts are not given.
     */
    static void add(List<String> f, int[] occurrences, int length) {
        if (occurrences.length < 5) {
            return;
        }
        String h = CandidateFeatures.bucket(occurrences[3], 0, 1, 2, 4);
        f.add("hvar=" + h);
        f.add("tvar=" + CandidateFeatures.bucket(occurrences[4], 0, 1, 2, 4));
        f.add("hvar+len=" + h + CandidateFeatures.bucket(length, 3, 4, 6, 9));
    }
}
