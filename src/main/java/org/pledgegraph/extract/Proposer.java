package org.pledgegraph.extract;

/**
 * A recogniser whose names only a {@link CandidateJudge} may keep (the rules alone ignore them), with the
 * source name the judge's features use.
 */
interface Proposer {
    String source();
}
