package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.InputException;

/**
 * Reads a continuity gold file {@code <government>-<year1>-<year2>-reappear.tsv} with the header
 * {@code canonical mention_first mention_second strict note}; a mention is {@code <stem>:<name>}. Every
 * row of a file must name the same two documents.
 */
final class ReappearReader {
    static final String SUFFIX = "-reappear.tsv";
    static final List<String> HEADER = List.of("canonical", "mention_first", "mention_second", "strict", "note");
    private static final Pattern FILE = Pattern.compile("(.+)-(\\d{4})-(\\d{4})-reappear");

    private ReappearReader() {
    }

    static ReappearGold read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.tsv$", "");
        return parse(file.toString(), name, GoldReader.lines(file));
    }

    static ReappearGold parse(String source, String name, List<String> lines) {
        Matcher fm = FILE.matcher(name);
        if (!fm.matches()) {
            throw new InputException(source, "a continuity file is named <government>-<year1>-<year2>-reappear.tsv");
        }
        int from = Integer.parseInt(fm.group(2));
        int to = Integer.parseInt(fm.group(3));
        List<ReappearRow> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = GoldReader.clean(lines.get(i), i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!header) {
                if (!Arrays.asList(f).equals(HEADER)) {
                    throw new InputException(source, i + 1, 1, "expected the header " + String.join("\\t", HEADER));
                }
                header = true;
                continue;
            }
            rows.add(row(source, i + 1, f));
        }
        if (!header) {
            throw new InputException(source, "empty continuity file: the header row is missing");
        }
        String first = rows.isEmpty() ? fm.group(1) + "-" + from : rows.get(0).firstStem();
        String second = rows.isEmpty() ? fm.group(1) + "-" + to : rows.get(0).secondStem();
        for (ReappearRow r : rows) {
            if (!r.firstStem().equals(first) || !r.secondStem().equals(second)) {
                throw new InputException(source, r.line(), 1,
                        "every row must pair " + first + " with " + second + ", found " + r.firstStem() + " / " + r.secondStem());
            }
        }
        return new ReappearGold(name, first, second, from, to, rows);
    }

    private static ReappearRow row(String source, int lineNo, String[] f) {
        if (f.length != HEADER.size()) {
            throw new InputException(source, lineNo, -1,
                    "expected " + HEADER.size() + " tab-separated columns, found " + f.length);
        }
        String[] first = mention(source, lineNo, f, 1);
        String[] second = mention(source, lineNo, f, 2);
        boolean strict = switch (f[3].strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new InputException(source, lineNo, column(f, 3), "strict: expected yes or no, got '" + f[3] + "'");
        };
        return new ReappearRow(lineNo, f[0].strip(), first[0], first[1], second[0], second[1], strict, f[4]);
    }

    /** Splits {@code <stem>:<name>} at the first colon. */
    private static String[] mention(String source, int lineNo, String[] f, int field) {
        String v = f[field].strip();
        int colon = v.indexOf(':');
        if (colon <= 0 || colon == v.length() - 1) {
            throw new InputException(source, lineNo, column(f, field),
                    HEADER.get(field) + ": expected <file-stem>:<name>, got '" + v + "'");
        }
        return new String[] {v.substring(0, colon), v.substring(colon + 1).strip()};
    }

    private static int column(String[] f, int field) {
        int col = 1;
        for (int i = 0; i < field; i++) {
            col += f[i].length() + 1;
        }
        return col;
    }
}
