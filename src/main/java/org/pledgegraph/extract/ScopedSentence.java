package org.pledgegraph.extract;

import java.util.Objects;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/**
 * A sentence with the time scope of the section or paragraph it is in.
 *
 * @param sentence the sentence
 * @param scope    whether it looks back or plans ahead
 * @param year     the year it is about, or null when unknowable
 * @param heading  true for section headings
 * @param glossary true in a report's glossary ("有关名词解释"): what it names is explained, not promised or reported
 */
public record ScopedSentence(Sentence sentence, TimeScope scope, Integer year, boolean heading, boolean glossary) {
    public ScopedSentence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(scope, "scope");
    }

    /** A sentence outside a glossary. */
    public ScopedSentence(Sentence sentence, TimeScope scope, Integer year, boolean heading) {
        this(sentence, scope, year, heading, false);
    }

    public String text() {
        return sentence.text();
    }

    public int begin() {
        return sentence.begin();
    }

    @Override
    public String toString() {
        return scope + "/" + year + ":" + sentence.text();
    }
}
