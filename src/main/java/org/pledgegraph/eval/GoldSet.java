package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * Everything in a gold folder.
 *
 * @param documents the document gold, sorted by stem
 * @param reappear  the continuity gold, one per pair of reports
 * @param split     the evaluation split ({@link Split#NONE} when the folder has no {@code split.tsv})
 */
public record GoldSet(List<GoldDocument> documents, List<ReappearGold> reappear, Split split) {
    public GoldSet {
        documents = List.copyOf(documents);
        reappear = List.copyOf(reappear);
        Objects.requireNonNull(split, "split");
    }
}
