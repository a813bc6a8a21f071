package org.pledgegraph.extract;

import java.util.List;

/**
 * Whether a name's edges sit where unannotated text puts word boundaries ({@link BoundaryStats}: the corpus and the
 * document itself). At a position p of the text, the left variety of the bigram starting at p says how freely words
 * start there, the right variety of the bigram ending at p how freely words end there; the boundary score is the
 * smaller of the two (a position next to punctuation or the text's edge is a boundary on that side whatever the
 * counts). A name that swallowed a verb (大抓…) or a context character has a low score at its own edge and a higher
 * one a character further in or out, so the features read the score at the name's start and end, one character
 * inside and one outside, and which of the three is highest; and how often the name's rarest bigram is written
 * (exactly the name's own count for two characters, an upper bound of it for longer names).
 */
final class BoundaryFeatures {
    /** A side that punctuation or the text's edge closes. */
    static final int HARD = Integer.MAX_VALUE;

    private BoundaryFeatures() {
    }

    /** Adds the {@code av.} features of the name at [b, e) of {@code t} (sentence text). */
    static void add(List<String> f, String t, int b, int e, BoundaryStats stats) {
        f.add("av.sL=" + bin(startVariety(t, b, stats)));
        f.add("av.sR=" + bin(endVariety(t, b, stats)));
        f.add("av.s-=" + bin(score(t, b + 1, stats)));
        f.add("av.s+=" + bin(score(t, b - 1, stats)));
        f.add("av.srk=" + rank(score(t, b, stats), score(t, b - 1, stats), score(t, b + 1, stats)));
        f.add("av.eR=" + bin(endVariety(t, e, stats)));
        f.add("av.eL=" + bin(startVariety(t, e, stats)));
        f.add("av.e-=" + bin(score(t, e - 1, stats)));
        f.add("av.e+=" + bin(score(t, e + 1, stats)));
        f.add("av.erk=" + rank(score(t, e, stats), score(t, e - 1, stats), score(t, e + 1, stats)));
        f.add("av.fq=" + CandidateFeatures.bucket(rarestBigram(t, b, e, stats), 0, 4, 19, 99, 499));
    }

    /** Whether [p, p + 2) of {@code t} is inside the text and a bigram of two word characters (one the table may hold). */
    static boolean wordBigramAt(String t, int p) {
        return p >= 0 && p + 2 <= t.length() && BoundaryStats.word(t.charAt(p)) && BoundaryStats.word(t.charAt(p + 1));
    }

    /** Left variety of the bigram starting at {@code p}; {@link #HARD} when it is not a word bigram or out of the text. */
    static int startVariety(String t, int p, BoundaryStats stats) {
        return wordBigramAt(t, p) ? stats.leftVariety(t.charAt(p), t.charAt(p + 1)) : HARD;
    }

    /** Right variety of the bigram ending at {@code p}; {@link #HARD} when it is not a word bigram or out of the text. */
    static int endVariety(String t, int p, BoundaryStats stats) {
        return wordBigramAt(t, p - 2) ? stats.rightVariety(t.charAt(p - 2), t.charAt(p - 1)) : HARD;
    }

    /** How freely a word boundary falls at {@code p}: the smaller of the two varieties around it. */
    static int score(String t, int p, BoundaryStats stats) {
        return Math.min(startVariety(t, p, stats), endVariety(t, p, stats));
    }

    /** The count of the name's least written bigram (0 for a name of one character or with no word bigram). */
    static int rarestBigram(String t, int b, int e, BoundaryStats stats) {
        int min = Integer.MAX_VALUE;
        for (int i = b; i + 2 <= e; i++) {
            if (wordBigramAt(t, i)) {
                min = Math.min(min, stats.count(t.charAt(i), t.charAt(i + 1)));
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** A variety in bins: X for a side closed by punctuation or the text's edge, else ≤0, ≤3, ≤10, ≤30, ≤100, &gt;100. */
    static String bin(int variety) {
        return variety == HARD ? "X" : CandidateFeatures.bucket(variety, 0, 3, 10, 30, 100);
    }

    /** Whether the name's own edge scores above both neighbours (top), as high as the higher (tie) or lower (low). */
    static String rank(int own, int outside, int inside) {
        int other = Math.max(outside, inside);
        return own > other ? "top" : own == other ? "tie" : "low";
    }
}
