package org.pledgegraph.extract;

import java.util.List;
import java.util.Objects;
import org.pledgegraph.model.Span;

/**
 * A name candidate as the candidate judge sees it.
 *
 * @param candidate the candidate (normalised offsets)
 * @param source    the recogniser that proposed it, or the proposer of a boundary variant
 * @param variant   {@code rule} for a recogniser's own candidate, else the kind of boundary variant
 * @param group     candidates of one group are alternatives for one name; at most one is kept
 * @param sentence  the sentence it is in
 * @param original  offsets of the name in the original text
 * @param features  the judge's features
 */
public record Proposal(Candidate candidate, String source, String variant, int group, ScopedSentence sentence,
                       Span original, List<String> features) {
    public Proposal {
        Objects.requireNonNull(candidate, "candidate");
        features = List.copyOf(features);
    }

    public String name() {
        return candidate.name();
    }
}
