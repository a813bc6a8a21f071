package org.pledgegraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.InputException;

/**
 * The {@code manifest.tsv} of a folder of documents: a header row naming the columns ({@code file, issued,
 * year} first, then any of {@code kind, title, body, jurisdiction, comment}); {@code #} lines are comments. A malformed row names file and line.
 */
public final class Manifest {
    public static final String FILE_NAME = "manifest.tsv";
    private static final List<String> COLUMNS =
            List.of("file", "issued", "year", "kind", "title", "body", "jurisdiction", "comment");

    private final Map<String, DocumentMeta> byFile;

    private Manifest(Map<String, DocumentMeta> byFile) {
        this.byFile = byFile;
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** The manifest of {@code folder}, or an empty one if it has none. */
    public static Manifest of(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }

    public static Manifest read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read manifest: " + e.getMessage());
        }
        Map<String, DocumentMeta> rows = new TreeMap<>();
        List<String> header = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            int lineNo = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (header == null) {
                header = header(file, lineNo, cols, line);
                continue;
            }
            if (cols.length < 3 || cols.length > header.size()) {
                throw new InputException(file.toString(), lineNo, 1, "expected 3 to " + header.size()
                        + " tab-separated columns (" + String.join(", ", header) + "), found " + cols.length);
            }
            // Columns are found by header name; the first three are fixed, the rest may come in any order.
            String[] c = new String[COLUMNS.size()];
            for (int k = 0; k < cols.length; k++) {
                c[COLUMNS.indexOf(header.get(k))] = cols[k];
            }
            rows.put(cols[0], row(file, lineNo, c));
        }
        return new Manifest(rows);
    }

    private static List<String> header(Path file, int lineNo, String[] cols, String line) {
        List<String> h = List.of(cols).stream().map(String::strip).toList();
        if (h.size() < 3 || !h.subList(0, 3).equals(COLUMNS.subList(0, 3))) {
            throw new InputException(file.toString(), lineNo, 1,
                    "manifest header must start with file, issued, year; got '" + line + "'");
        }
        for (int k = 0; k < h.size(); k++) {
            if (!COLUMNS.contains(h.get(k)) || h.indexOf(h.get(k)) != k) {
                throw new InputException(file.toString(), lineNo, 1, "unknown or repeated column '" + h.get(k)
                        + "'; columns are " + String.join(", ", COLUMNS));
            }
        }
        return h;
    }

    private static DocumentMeta row(Path file, int lineNo, String[] c) {
        String name = c[0].strip();
        if (name.isEmpty()) {
            throw new InputException(file.toString(), lineNo, 1, "empty file name");
        }
        LocalDate issued = null;
        if (!c[1].isBlank()) {
            try {
                issued = LocalDate.parse(c[1].strip());
            } catch (DateTimeParseException e) {
                throw new InputException(file.toString(), lineNo, 2, "issued date '" + c[1] + "' is not YYYY-MM-DD");
            }
        }
        int year;
        try {
            year = Integer.parseInt(c[2].strip());
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), lineNo, 3, "year '" + c[2] + "' is not a number");
        }
        if (year < 1900 || year > 2200) {
            throw new InputException(file.toString(), lineNo, 3, "implausible year " + year);
        }
        if (issued != null && issued.getYear() != year) {
            throw new InputException(file.toString(), lineNo, 2, "issued " + issued + " disagrees with year " + year);
        }
        return new DocumentMeta(name, DocumentMeta.stemOf(name), issued, year,
                col(c, 3), col(c, 4), col(c, 5), col(c, 6));
    }

    private static String col(String[] c, int i) {
        return i < c.length && c[i] != null ? c[i].strip() : "";
    }

    public Optional<DocumentMeta> get(String fileName) {
        return Optional.ofNullable(byFile.get(fileName));
    }
}
