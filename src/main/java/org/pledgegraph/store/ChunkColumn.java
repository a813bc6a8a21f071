package org.pledgegraph.store;

import java.util.Arrays;

/**
 * Where one column lies on each line of a chunk of an {@link AnswerSnapshot} (lines of tab-separated {@link TermCodec}
 * terms; a stored value holds no raw tab or newline): each line's field start, and its end where the field is a
 * string (xsd:string or language-tagged); the lines whose field is unbound or not a string. Worked out once per
 * chunk text ({@link DerivedFromText}): finding each line's column by its separators was half of a
 * {@code dropped-names} request with {@code name} (perf25's profile), and it is the same on every request.
 *
 * @param starts each line's field start
 * @param ends   each line's field end (exclusive) where the field is a string, else -1
 * @param others the lines whose field is unbound or not a string, ascending
 */
record ChunkColumn(int[] starts, int[] ends, int[] others) {
    /** What {@link DerivedFromText} keeps a column under: its place among the fields, and the lines read. */
    record Key(int at, int fields, int lines) {
    }

    /**
     * Column {@code at} of the first {@code lines} lines of {@code chunk} (of {@code fields} fields each); null if a
     * line has too few fields or the chunk too few lines (a corrupt store: the caller reads the store instead). From
     * one line's column to the next's is one newline for the first column, else one tab per column: every character
     * scanned once.
     */
    static ChunkColumn of(String chunk, Key key) {
        int lines = key.lines();
        int steps = key.at() == 0 ? 1 : key.fields() - 1;
        char separator = key.at() == 0 ? '\n' : '\t';
        int length = chunk.length();
        int[] starts = new int[lines];
        int[] ends = new int[lines];
        int[] others = new int[lines];
        int count = 0;
        int from = skip(chunk, 0, '\t', key.at()); // the first line's column
        for (int n = 0; n < lines; n++) {
            if (from < 0 || missing(chunk, from)) {
                return null; // fewer fields than columns, or fewer lines than the count
            }
            // The next line's column (past the end of the chunk after its last line).
            int next = n + 1 < lines ? skip(chunk, from, separator, steps) : length + 1;
            char first = from < length ? chunk.charAt(from) : '\n';
            starts[n] = from;
            if (first != '"' && first != '@') {
                ends[n] = -1; // unbound (an empty field) or not a string
                others[count++] = n;
            } else {
                ends[n] = end(chunk, from);
            }
            from = next;
        }
        return new ChunkColumn(starts, ends, Arrays.copyOf(others, count));
    }

    /**
     * The first line from {@code line} on whose field is a string containing {@code needle} (a needle without a
     * character {@link TermCodec} escapes is in the stored form of every lexical form that contains it, so the
     * chunk is searched as it is stored, and only a line with a hit in its field is decoded); the line count if none.
     */
    int next(String chunk, String needle, int line) {
        int lines = starts.length;
        for (int n = line; n < lines; ) {
            int hit = chunk.indexOf(needle, starts[n]);
            if (hit < 0) {
                return lines;
            }
            int at = lineAt(hit, n); // hit is the first at or after this line's field start: lines n..at-1 have none
            int end = ends[at];
            if (end >= 0 && hit + needle.length() <= end
                    && TermCodec.stringLexical(chunk.substring(starts[at], end)).contains(needle)) {
                return at;
            }
            n = at + 1;
        }
        return lines;
    }

    /** The last line from {@code line} on whose field starts at or before {@code offset} (line's does). */
    private int lineAt(int offset, int line) {
        int i = Arrays.binarySearch(starts, line, starts.length, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Whether the line whose column would start at {@code from} is not there: the chunk ends before it, after a
     * line's newline (a stored chunk ends every line with one; a field can start at the very end only after a tab).
     */
    private static boolean missing(String chunk, int from) {
        return from == chunk.length() && (from == 0 || chunk.charAt(from - 1) == '\n');
    }

    /** The position after the {@code count}th {@code separator} from {@code from}; -1 if there are fewer. */
    private static int skip(String chunk, int from, char separator, int count) {
        int at = from;
        for (int i = 0; i < count; i++) {
            int found = chunk.indexOf(separator, at);
            if (found < 0) {
                return -1;
            }
            at = found + 1;
        }
        return at;
    }

    /** The end of the field that starts at {@code from}: the next tab or newline, or the end of the chunk. */
    private static int end(String chunk, int from) {
        for (int i = from; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\t' || c == '\n') {
                return i;
            }
        }
        return chunk.length();
    }
}
