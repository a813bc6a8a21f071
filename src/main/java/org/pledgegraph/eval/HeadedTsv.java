package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.InputException;

/**
 * The rows of a tab-separated file whose first non-blank line must be a given header: the one reading loop
 * of the gold's side files (coverage, continuity pairs, the split), with their line numbers for errors.
 */
final class HeadedTsv {
    /** One data row: its 1-based line number and its fields. */
    record Row(int line, String[] fields) {
    }

    private HeadedTsv() {
    }

    /** Blank lines (and, with {@code comments}, lines starting with '#') are skipped. */
    static List<Row> rows(String source, List<String> lines, List<String> header, boolean comments) {
        List<Row> out = new ArrayList<>();
        boolean seenHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = GoldReader.clean(lines.get(i), i);
            if (line.isBlank() || comments && line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!seenHeader) {
                if (!List.of(f).equals(header)) {
                    throw new InputException(source, i + 1, 1, "expected the header " + String.join("\\t", header));
                }
                seenHeader = true;
                continue;
            }
            out.add(new Row(i + 1, f));
        }
        return out;
    }
}
