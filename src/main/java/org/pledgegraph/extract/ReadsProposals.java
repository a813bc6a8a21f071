package org.pledgegraph.extract;

import java.util.List;

/**
 * A recogniser that reads what the recognisers before it found in the same sentence (their names and proposals,
 * not the learned proposer's): it runs after them, and only when an {@link Extractor} gives it their candidates.
 */
interface ReadsProposals extends Recognizer {
    /** Candidates in {@code sentence}, given the {@code found} candidates of the recognisers that ran before. */
    List<Candidate> recognize(ScopedSentence sentence, List<Candidate> found);
}
