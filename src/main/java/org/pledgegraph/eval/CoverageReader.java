package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Span;

/**
 * Reads {@code coverage.txt}: tab-separated rows {@code stem kinds begin end starts_with}, where kinds is
 * {@code all}, {@code entities} or {@code figures}, and {@code [begin, end)} are char offsets into the
 * original document, whose text at {@code begin} starts with {@code starts_with} (checked by tests
 * that have the document). A stem listed only with {@code figures} rows has no annotated entities.
 */
final class CoverageReader {
    static final List<String> HEADER = List.of("stem", "kinds", "begin", "end", "starts_with");

    private CoverageReader() {
    }

    static Map<String, Coverage> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        return parse(file.toString(), GoldReader.lines(file));
    }

    static Map<String, Coverage> parse(String source, List<String> lines) {
        Map<String, List<Span>> entities = new LinkedHashMap<>();
        Map<String, List<Span>> figures = new LinkedHashMap<>();
        for (HeadedTsv.Row r : HeadedTsv.rows(source, lines, HEADER, false)) {
            String[] f = r.fields();
            int line = r.line();
            if (f.length != HEADER.size()) {
                throw new InputException(source, line, -1, "expected 5 tab-separated columns, found " + f.length);
            }
            Span region = span(source, line, f);
            entities.computeIfAbsent(f[0], k -> new ArrayList<>());
            figures.computeIfAbsent(f[0], k -> new ArrayList<>());
            switch (f[1]) {
                case "all" -> {
                    entities.get(f[0]).add(region);
                    figures.get(f[0]).add(region);
                }
                case "entities" -> entities.get(f[0]).add(region);
                case "figures" -> figures.get(f[0]).add(region);
                default -> throw new InputException(source, line, -1,
                        "kinds must be all, entities or figures, got '" + f[1] + "'");
            }
        }
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        entities.forEach((stem, regions) -> coverage.put(stem, new Coverage(regions, figures.get(stem))));
        return Map.copyOf(coverage);
    }

    private static Span span(String source, int line, String[] f) {
        try {
            int begin = Integer.parseInt(f[2].strip());
            int end = Integer.parseInt(f[3].strip());
            if (begin >= 0 && end > begin) {
                return new Span(begin, end);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(source, line, -1, "begin and end must be offsets with begin < end");
    }
}
