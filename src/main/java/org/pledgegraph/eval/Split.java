package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.InputException;

/**
 * The written evaluation split: which set (e.g. {@code dev}, {@code held-out}, {@code in-sample}) each
 * gold document belongs to. Read from {@code split.tsv} (header {@code key set note}); a key is a
 * document stem, a government as the store names it ({@code dct:spatial}'s label) or a file-name prefix
 * (the stem before its year). A stem's own row wins over its government's.
 *
 * @param setByKey set by key, in file order
 */
public record Split(Map<String, String> setByKey) {
    public static final String FILE_NAME = "split.tsv";
    /** The set of documents the split does not list. */
    public static final String UNASSIGNED = "unassigned";
    public static final Split NONE = new Split(Map.of());
    static final List<String> HEADER = List.of("key", "set", "note");

    public Split {
        setByKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(setByKey));
    }

    /** The set of a document, by its stem, then its government, then its file-name prefix. */
    public String setOf(String stem, String government) {
        String s = setByKey.get(stem);
        if (s == null && government != null) {
            s = setByKey.get(government);
        }
        if (s == null) {
            s = setByKey.get(Governments.prefixOf(stem));
        }
        return s == null ? UNASSIGNED : s;
    }

    /** Reads {@code split.tsv}; a missing file is {@link #NONE}. */
    public static Split read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        return parse(file.toString(), GoldReader.lines(file));
    }

    static Split parse(String source, List<String> lines) {
        Map<String, String> sets = new LinkedHashMap<>();
        for (HeadedTsv.Row r : HeadedTsv.rows(source, lines, HEADER, true)) {
            String[] f = r.fields();
            if (f.length != HEADER.size() || f[0].isBlank() || f[1].isBlank()) {
                throw new InputException(source, r.line(), 1, "expected key, set and note, tab-separated, key and set not empty");
            }
            if (sets.put(f[0].strip(), f[1].strip()) != null) {
                throw new InputException(source, r.line(), 1, "'" + f[0].strip() + "' is listed twice");
            }
        }
        return new Split(sets);
    }
}
