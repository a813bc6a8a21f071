package org.pledgegraph.eval;

import java.util.Objects;

/**
 * One row of a continuity gold file: an entity the earlier report commits to and the later report names
 * again (format in {@code gold/FORMAT.md}).
 *
 * @param line         1-based line number in the file, for messages
 * @param canonical    the annotator's name for the entity
 * @param firstStem    stem of the earlier document
 * @param firstName    the name as written in the earlier document
 * @param secondStem   stem of the later document
 * @param secondName   the name as written in the later document
 * @param strict       true when the later report uses the same name or a trivial variant
 * @param note         the annotator's note
 */
public record ReappearRow(int line, String canonical, String firstStem, String firstName, String secondStem,
                          String secondName, boolean strict, String note) {
    public ReappearRow {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(firstStem, "firstStem");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(secondStem, "secondStem");
        Objects.requireNonNull(secondName, "secondName");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return firstName + " → " + secondName + (strict ? " (strict)" : "");
    }
}
