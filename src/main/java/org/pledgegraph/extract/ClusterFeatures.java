package org.pledgegraph.extract;

import java.util.List;

/**
 * The judge's view of a name's edges through {@link CharClusters}: the classes of the first and last characters
 * and of the characters just outside, fine and coarse, and the coarse pair across each edge. The exact characters
 * ({@code p1}, {@code s1}, {@code b1}, {@code a1}) say nothing about a character no annotated report has; its
 * class, learned from unannotated text, does (a place name's rare character, a verb the gold never saw). Nothing
 * is added when the table is empty, so a judge trained without classes reads exactly what it was trained on.
 */
final class ClusterFeatures {
    private ClusterFeatures() {
    }

    /** Adds the {@code q.} features of the name at [b, e) of {@code t} (sentence text). */
    static void add(List<String> f, String t, int b, int e, CharClusters q) {
        if (q.isEmpty()) {
            return;
        }
        String before = b == 0 ? "^" : String.valueOf(q.fine(t.charAt(b - 1)));
        String after = e >= t.length() ? "$" : String.valueOf(q.fine(t.charAt(e)));
        String beforeCoarse = b == 0 ? "^" : String.valueOf(q.coarse(t.charAt(b - 1)));
        String afterCoarse = e >= t.length() ? "$" : String.valueOf(q.coarse(t.charAt(e)));
        int first = q.fine(t.charAt(b));
        int last = q.fine(t.charAt(e - 1));
        int firstCoarse = q.coarse(t.charAt(b));
        int lastCoarse = q.coarse(t.charAt(e - 1));
        f.add("q.b1=" + before);
        f.add("q.a1=" + after);
        f.add("q.p1=" + first);
        f.add("q.s1=" + last);
        f.add("q.B1=" + beforeCoarse);
        f.add("q.A1=" + afterCoarse);
        f.add("q.P1=" + firstCoarse);
        f.add("q.S1=" + lastCoarse);
        f.add("q.B1P1=" + beforeCoarse + "+" + firstCoarse);
        f.add("q.S1A1=" + lastCoarse + "+" + afterCoarse);
    }
}
