package org.pledgegraph.extract;

import java.util.List;
import org.pledgegraph.model.EntityType;

/** Finds candidates of some entity types in one sentence. Implementations are immutable and thread-safe. */
public interface Recognizer {
    /** Candidates in {@code sentence}; offsets are into the whole normalised text. */
    List<Candidate> recognize(ScopedSentence sentence);

    /** The entity types this recogniser can produce. */
    List<EntityType> provides();
}
