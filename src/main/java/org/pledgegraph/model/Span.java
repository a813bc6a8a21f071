package org.pledgegraph.model;

/** A half-open {@code [begin, end)} range of char offsets into a document's original text. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span: " + begin + "-" + end);
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The covered text of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public String toString() {
        return begin + "-" + end;
    }
}
