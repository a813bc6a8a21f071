package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a table literal ({@link ReappearTable}) one at a time, split into a fixed number of tab-separated
 * fields (empty ones kept; the last takes the rest of the line), each field cut out of the literal only when asked
 * for.
 */
final class LineCursor {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private int next;

    LineCursor(String text, int fields) {
        this.text = text;
        this.starts = new int[fields];
        this.ends = new int[fields];
    }

    /** Where the next line starts. */
    int position() {
        return next;
    }

    /** Reads the line that starts at {@code start} (a {@link #position()} seen before). */
    void readAt(int start) {
        next = start;
        next();
    }

    /** Moves to the next line; false after the last. */
    boolean next() {
        if (next >= text.length()) {
            return false;
        }
        int nl = text.indexOf('\n', next);
        int end = nl < 0 ? text.length() : nl;
        int at = next;
        for (int i = 0; i < starts.length; i++) {
            int tab = i == starts.length - 1 ? -1 : text.indexOf('\t', at);
            int stop = tab < 0 || tab > end ? end : tab;
            starts[i] = at;
            ends[i] = stop;
            at = Math.min(stop + 1, end);
        }
        next = end + 1;
        return true;
    }

    String field(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** Whether field {@code i} is the one character {@code c}. */
    boolean is(int i, char c) {
        return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    /** The terms of field {@code i} ({@link TermCodec#split}). */
    String[] terms(int i) {
        List<String> out = new ArrayList<>(2);
        terms(i, out);
        return out.toArray(String[]::new);
    }

    /** Adds the terms of field {@code i} to {@code out} ({@link TermCodec#split(String, int, int, List)}). */
    void terms(int i, List<String> out) {
        TermCodec.split(text, starts[i], ends[i], out);
    }
}
