package org.pledgegraph.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.EntityType;

/**
 * Finds candidates of some entity types in one sentence. Implementations are immutable and thread-safe.
 * {@link #requires()} and {@link #adds()} are checked by {@link RecognizerChain} when an {@link Extractor}
 * is built: a recogniser whose input no earlier stage provides is refused then, not on the first document.
 */
public interface Recognizer {
    /** Candidates in {@code sentence}; offsets are into the whole normalised text. */
    List<Candidate> recognize(ScopedSentence sentence);

    /** The entity types this recogniser can produce. */
    List<EntityType> provides();

    /**
     * What must be known of a sentence before this runs. Reading only the sentence's text needs
     * {@link Annotation#SENTENCES}; reading its scope or year needs {@link Annotation#TIME_SCOPE} too.
     */
    default Set<Annotation> requires() {
        return EnumSet.of(Annotation.SENTENCES);
    }

    /** What its candidates add: {@link Annotation#FIGURES} for figure types, {@link Annotation#NAMES} for names. */
    default Set<Annotation> adds() {
        Set<Annotation> out = EnumSet.noneOf(Annotation.class);
        for (EntityType t : provides()) {
            out.add(t.isFigure() ? Annotation.FIGURES : Annotation.NAMES);
        }
        return out;
    }
}
