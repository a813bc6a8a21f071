package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;

/**
 * One row of a gold TSV (columns as in {@code gold/FORMAT.md}).
 *
 * @param line     1-based line number in the gold file, for messages
 * @param type     entity type
 * @param name     the name as written (for figures: {@code indicator=value unit})
 * @param aliases  other spellings in the same document
 * @param stage    stage, or null when the mention states none
 * @param modality modality, or null when the column is empty
 * @param year     the year the statement is about, or null
 * @param evidence verbatim substring of the document
 * @param figure   the parsed number for targets and actuals; null for the other types
 */
public record GoldRow(int line, EntityType type, String name, List<String> aliases, Stage stage,
                      Modality modality, Integer year, String evidence, GoldFigure figure) {
    public GoldRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        aliases = List.copyOf(aliases);
        if (type.isFigure() != (figure != null)) {
            throw new IllegalArgumentException("figure must be given exactly for targets and actuals: " + name);
        }
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }

    @Override
    public String toString() {
        return type.key() + " " + name;
    }
}
