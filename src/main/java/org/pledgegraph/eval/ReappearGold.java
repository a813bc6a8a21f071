package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The continuity gold of one pair of reports ({@code <government>-<year1>-<year2>-reappear.tsv}): what
 * the named query {@code reappear} with {@code from = fromYear}, {@code to = toYear} should list for
 * those two documents.
 *
 * @param name       the file name without {@code .tsv}, e.g. {@code lin-2024-2025-reappear}
 * @param firstStem  the earlier document
 * @param secondStem the later document
 * @param fromYear   year of the earlier document (from the file name)
 * @param toYear     year of the later document
 * @param rows       the gold rows in file order
 */
public record ReappearGold(String name, String firstStem, String secondStem, int fromYear, int toYear,
                           List<ReappearRow> rows) {
    public ReappearGold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstStem, "firstStem");
        Objects.requireNonNull(secondStem, "secondStem");
        rows = List.copyOf(rows);
    }

    /** The pair's name without the {@code -reappear} suffix, e.g. {@code lin-2024-2025}. */
    public String pair() {
        return name.replaceFirst("-reappear$", "");
    }

    /** Rows marked {@code strict=yes}. */
    public List<ReappearRow> strictRows() {
        return rows.stream().filter(ReappearRow::strict).toList();
    }
}
