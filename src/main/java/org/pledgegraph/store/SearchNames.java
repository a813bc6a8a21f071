package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name rows of {@link SearchPages} counted without making them: a name hit whose text contains the phrase and
 * whose types include a named-entity class gives one row per (entity, label, type, file, year) of its stored values,
 * distinct over every hit, compared as the stored bytes (equal bytes, equal nodes: as {@link SearchEvidence}). Name
 * rows sort after every evidence row, so a page needs them only when the evidence rows do not fill it; decoding every
 * name hit's entity, types and labels into nodes and a row each was a quarter of a common phrase's time (13 k name hits
 * for 产业 at 1,045 documents, profiled). The hits that give rows are kept for {@link SearchPages} to make them.
 */
final class SearchNames {
    /** One name row as stored (a null file or year: unbound). */
    private record Key(TextBytes entity, TextBytes label, TextBytes type, TextBytes file, TextBytes year) {
    }

    private static final byte[] NAME = TextIndex.NAME_FIELD.getBytes(StandardCharsets.UTF_8);
    private static final TextBytes[] UNBOUND = {null};
    private final String words;
    /** The phrase's UTF-8 bytes; null when it has a lone surrogate (then texts are compared as strings). */
    private final byte[] needle;
    private final List<byte[]> classes;
    private final Set<Key> rows = new HashSet<>();
    private final List<TextFields.Hit> kept = new ArrayList<>();

    SearchNames(String words, Set<String> namedClasses) {
        this.words = words;
        this.needle = StandardCharsets.UTF_8.newEncoder().canEncode(words) ? words.getBytes(StandardCharsets.UTF_8) : null;
        this.classes = namedClasses.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Counts the rows of a hit that is not a sentence (no row unless it is a name). */
    void add(TextFields.Hit h) {
        TextBytes[] field = h.raw(TextFields.FIELD);
        if (field.length == 0 || !is(field[0], NAME) || !named(h.raw(TextFields.TYPE)) || !found(h)) {
            return;
        }
        kept.add(h);
        TextBytes entity = h.raw("uri")[0];
        List<TextBytes> types = distinct(h.raw(TextFields.TYPE));
        List<TextBytes> labels = distinct(h.raw(TextFields.LABEL));
        for (TextBytes file : orUnbound(h.raw(TextFields.FILE))) {
            for (TextBytes year : orUnbound(h.raw(TextFields.YEAR))) {
                for (TextBytes type : types) {
                    for (TextBytes label : labels) {
                        rows.add(new Key(entity, label, type, file, year));
                    }
                }
            }
        }
    }

    /** The number of distinct name rows. */
    long count() {
        return rows.size();
    }

    /** The hits that give rows, in the order they were added. */
    List<TextFields.Hit> hits() {
        return kept;
    }

    /** Whether one of the hit's texts contains the phrase. */
    private boolean found(TextFields.Hit h) {
        if (needle == null) {
            for (String text : h.getValues(TextFields.TEXT)) {
                if (text.contains(words)) {
                    return true;
                }
            }
            return false;
        }
        for (TextBytes text : h.raw(TextFields.TEXT)) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private boolean named(TextBytes[] types) {
        for (TextBytes t : types) {
            for (byte[] c : classes) {
                if (is(t, c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean is(TextBytes value, byte[] bytes) {
        return value.length() == bytes.length && value.contains(bytes);
    }

    private static List<TextBytes> distinct(TextBytes[] values) {
        List<TextBytes> out = new ArrayList<>(values.length);
        for (TextBytes v : values) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static TextBytes[] orUnbound(TextBytes[] values) {
        return values.length == 0 ? UNBOUND : values;
    }
}
