package org.pledgegraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;

/**
 * Reads a folder of gold TSVs ({@code <stem>.tsv}, format in {@code gold/FORMAT.md}, subfolders included),
 * the optional {@code coverage.txt} that says which parts of partly annotated documents are covered, the
 * continuity files {@code *-reappear.tsv} and the optional {@code split.tsv}.
 *
 * <pre>
 * GoldSet gold = GoldReader.readSet(Path.of("src/test/resources/gold"));
 * </pre>
 */
public final class GoldReader {
    /** The header every gold TSV starts with. */
    public static final List<String> HEADER =
            List.of("type", "name", "aliases", "stage", "modality", "year", "evidence");
    /** Name of the optional coverage file in the gold folder. */
    public static final String COVERAGE_FILE = "coverage.txt";

    private GoldReader() {
    }

    /**
     * Reads every document gold file ({@code *.tsv} except {@code *-reappear.tsv}) in {@code dir} and its
     * subfolders, sorted by stem; a stem may occur once.
     */
    public static List<GoldDocument> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "not a directory of gold TSVs");
        }
        Map<String, Coverage> coverage = CoverageReader.read(dir.resolve(COVERAGE_FILE));
        Map<String, GoldDocument> documents = new TreeMap<>();
        for (Path file : tsvFiles(dir)) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(ReappearReader.SUFFIX) || fileName.equals(Split.FILE_NAME)) {
                continue;
            }
            String stem = fileName.replaceFirst("\\.tsv$", "");
            GoldDocument previous = documents.put(stem,
                    new GoldDocument(stem, readFile(file), coverage.getOrDefault(stem, Coverage.WHOLE)));
            if (previous != null) {
                throw new InputException(file.toString(), "a second gold file for " + stem);
            }
        }
        for (String stem : coverage.keySet()) {
            if (!documents.containsKey(stem)) {
                throw new InputException(dir.resolve(COVERAGE_FILE).toString(), "no gold file for " + stem);
            }
        }
        return List.copyOf(documents.values());
    }

    /** Reads every continuity file ({@code *-reappear.tsv}) in {@code dir} and its subfolders, sorted by name. */
    public static List<ReappearGold> readReappear(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "not a directory of gold TSVs");
        }
        return tsvFiles(dir).stream().filter(p -> p.getFileName().toString().endsWith(ReappearReader.SUFFIX))
                .map(ReappearReader::read).sorted(java.util.Comparator.comparing(ReappearGold::name)).toList();
    }

    /**
     * The whole gold folder: document gold, continuity gold and the evaluation split ({@code split.tsv},
     * empty when absent).
     */
    public static GoldSet readSet(Path dir) {
        List<GoldDocument> documents = read(dir);
        return new GoldSet(documents, readReappear(dir), Split.read(dir.resolve(Split.FILE_NAME)));
    }

    /** Reads the rows of one gold TSV. */
    public static List<GoldRow> readFile(Path file) {
        return parse(file.toString(), lines(file));
    }

    /** Parses the lines of a gold TSV; {@code source} names it in error messages. */
    public static List<GoldRow> parse(String source, List<String> lines) {
        List<GoldRow> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = clean(lines.get(i), i);
            if (line.isBlank()) {
                continue;
            }
            if (!header) {
                if (!Arrays.asList(line.split("\t", -1)).equals(HEADER)) {
                    throw new InputException(source, i + 1, 1, "expected the header " + String.join("\\t", HEADER));
                }
                header = true;
                continue;
            }
            rows.add(new RowParser(source, i + 1, line).parse());
        }
        if (!header) {
            throw new InputException(source, "empty gold file: the header row is missing");
        }
        return List.copyOf(rows);
    }

    static String clean(String line, int index) {
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return index == 0 && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static List<Path> tsvFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one data line; columns in messages are 1-based character positions of the field. */
    private record RowParser(String source, int lineNo, String line) {
        GoldRow parse() {
            String[] f = line.split("\t", -1);
            if (f.length != HEADER.size()) {
                throw new InputException(source, lineNo, -1,
                        "expected " + HEADER.size() + " tab-separated columns, found " + f.length);
            }
            EntityType type = EntityType.fromKey(f[0].strip())
                    .orElseThrow(() -> fail(f, 0, "unknown type '" + f[0] + "'"));
            String name = f[1].strip();
            if (name.isEmpty()) {
                throw fail(f, 1, "empty name");
            }
            List<String> aliases = f[2].isBlank() ? List.of()
                    : Arrays.stream(f[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Stage stage = f[3].isBlank() ? null
                    : Stage.fromKey(f[3].strip()).orElseThrow(() -> fail(f, 3, "unknown stage '" + f[3] + "'"));
            Modality modality = f[4].isBlank() ? null
                    : Modality.fromKey(f[4].strip()).orElseThrow(() -> fail(f, 4, "unknown modality '" + f[4] + "'"));
            Integer year = f[5].isBlank() ? null : year(f);
            if (f[6].isBlank()) {
                throw fail(f, 6, "empty evidence");
            }
            GoldFigure figure = type.isFigure() ? figure(f) : null;
            return new GoldRow(lineNo, type, name, aliases, stage, modality, year, f[6], figure);
        }

        private Integer year(String[] f) {
            try {
                int y = Integer.parseInt(f[5].strip());
                if (y >= 1900 && y <= 2200) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw fail(f, 5, "bad year '" + f[5] + "'");
        }

        private GoldFigure figure(String[] f) {
            String name = f[1].strip();
            int eq = name.lastIndexOf('=');
            String label = eq > 0 ? name.substring(0, eq).strip() : "";
            String rest = eq > 0 ? name.substring(eq + 1).strip() : "";
            int space = rest.indexOf(' ');
            String value = space < 0 ? rest : rest.substring(0, space);
            String unit = space < 0 ? "" : rest.substring(space + 1).strip();
            if (label.isEmpty() || value.isEmpty()) {
                throw fail(f, 1, "figure name must read 'indicator=value unit', got '" + name + "'");
            }
            // Ranges, ratios, fractions and words are read, not refused; words are counted as unscorable.
            return GoldFigure.parse(label, value, unit);
        }

        private InputException fail(String[] f, int field, String reason) {
            int col = 1;
            for (int i = 0; i < field; i++) {
                col += f[i].length() + 1;
            }
            return new InputException(source, lineNo, col, HEADER.get(field) + ": " + reason);
        }
    }
}
