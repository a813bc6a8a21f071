package org.pledgegraph.eval;

import org.pledgegraph.model.Mention;

/**
 * A matched pair that disagrees on one attribute.
 *
 * @param gold      the gold row
 * @param predicted the predicted mention compared with it
 * @param attribute {@code type}, {@code stage}, {@code modality}, {@code year}, {@code kind} or {@code label}
 * @param expected  the gold value as text (empty for none)
 * @param actual    the predicted value as text (empty for none)
 */
public record Disagreement(GoldRow gold, Mention predicted, String attribute, String expected, String actual) {
    @Override
    public String toString() {
        return attribute + " " + gold.name() + ": gold " + show(expected) + ", predicted " + show(actual);
    }

    private static String show(String s) {
        return s.isEmpty() ? "(none)" : s;
    }
}
