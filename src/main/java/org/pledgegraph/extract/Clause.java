package org.pledgegraph.extract;

/** A clause of a sentence: the text between two of its breaks (commas, semicolons, colons, stops). */
final class Clause {
    private static final String CLAUSE_BREAK = ",，;；。:：!！?？";

    private Clause() {
    }

    /** The first offset of the clause that holds {@code at}. */
    static int start(String t, int at) {
        int i = at;
        while (i > 0 && CLAUSE_BREAK.indexOf(t.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The offset just past the clause that holds {@code at}. */
    static int end(String t, int at) {
        int i = at;
        while (i < t.length() && CLAUSE_BREAK.indexOf(t.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
