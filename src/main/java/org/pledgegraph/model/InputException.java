package org.pledgegraph.model;

/**
 * Unreadable or unacceptable input: a file, a manifest row, a query. The message reads
 * {@code file:line:col: reason} (line and column only where known), the form compilers use.
 */
public class InputException extends PledgeGraphException {
    private final String source;
    private final int line;
    private final int column;

    public InputException(String source, int line, int column, String reason) {
        super(location(source, line, column) + reason);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public InputException(String source, String reason) {
        this(source, -1, -1, reason);
    }

    public String source() {
        return source;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }

    private static String location(String source, int line, int column) {
        StringBuilder b = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").toString();
    }
}
