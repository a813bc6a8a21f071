package org.pledgegraph.extract;

/**
 * What extraction knows about a document at some point of its pipeline: each stage and each
 * {@link Recognizer} states which it requires and which it adds, and {@link RecognizerChain} checks the
 * order when an {@link Extractor} is built (after CoreNLP's annotator requirements).
 */
public enum Annotation {
    /** Sentence boundaries and text ({@code SentenceSplitter}, on the normalised text). */
    SENTENCES,
    /** Each sentence's time scope, year and whether it is a heading ({@link TimeScoper}). */
    TIME_SCOPE,
    /** Name candidates of recognisers: parks, projects, roads, enterprises, facilities. */
    NAMES,
    /** Figure candidates: targets and actuals. */
    FIGURES,
    /** Names only a {@link CandidateJudge} may keep (suffixes too ambiguous for the rules alone). */
    PROPOSALS
}
