package org.pledgegraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.InputException;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;

/**
 * Reads a folder of gold TSVs ({@code <stem>.tsv}, format in {@code gold/FORMAT.md}) and the optional
 * {@code coverage.txt} that says which parts of partly annotated documents are covered.
 *
 * <pre>
 * List&lt;GoldDocument&gt; gold = GoldReader.read(Path.of("src/test/resources/gold"));
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

    /** Reads every {@code *.tsv} in {@code dir}, sorted by file name. */
    public static List<GoldDocument> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "not a directory of gold TSVs");
        }
        Map<String, Coverage> coverage = CoverageReader.read(dir.resolve(COVERAGE_FILE));
        List<GoldDocument> documents = new ArrayList<>();
        for (Path file : tsvFiles(dir)) {
            String stem = file.getFileName().toString().replaceFirst("\\.tsv$", "");
            documents.add(new GoldDocument(stem, readFile(file), coverage.getOrDefault(stem, Coverage.WHOLE)));
        }
        for (String stem : coverage.keySet()) {
            if (documents.stream().noneMatch(d -> d.stem().equals(stem))) {
                throw new InputException(dir.resolve(COVERAGE_FILE).toString(), "no gold file for " + stem);
            }
        }
        return List.copyOf(documents);
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
        try (Stream<Path> files = Files.list(dir)) {
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
            String number = space < 0 ? rest : rest.substring(0, space);
            String unit = space < 0 ? "" : rest.substring(space + 1).strip();
            if (label.isEmpty() || !number.matches("-?\\d+(\\.\\d+)?")) {
                throw fail(f, 1, "figure name must read 'indicator=value unit', got '" + name + "'");
            }
            return new GoldFigure(label, new BigDecimal(number), unit);
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
