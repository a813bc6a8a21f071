package org.pledgegraph.extract;

import java.util.List;

/**
 * Accessor variety of the trigrams at a name's edges ({@link BoundaryStats}' trigrams: the corpus and the document
 * itself, as the bigram varieties of {@link BoundaryFeatures}). A bigram sees one character past an edge; a
 * three-character word straddling it (a name that swallowed 重点 of 重点项目 or lost the first character of a
 * three-character head) shows only in three characters of context. The features read the left variety of the
 * name's first trigram and the right variety of the trigram ending at its start, the mirror two at its end, and the
 * rise of the outer variety at each edge over the same variety one character inside (a true start is where the left
 * variety of what follows jumps; a swallowed character starts where it does not).
 */
final class TrigramFeatures {
    private TrigramFeatures() {
    }

    /** Adds the {@code tv.} features of the name at [b, e) of {@code t} (sentence text). */
    static void add(List<String> f, String t, int b, int e, BoundaryStats stats) {
        int sl = startVariety(t, b, stats);
        int er = endVariety(t, e, stats);
        f.add("tv.sL=" + bin(sl));
        f.add("tv.sR=" + bin(endVariety(t, b, stats)));
        f.add("tv.eR=" + bin(er));
        f.add("tv.eL=" + bin(startVariety(t, e, stats)));
        f.add("tv.sd=" + rise(sl, startVariety(t, b + 1, stats)));
        f.add("tv.ed=" + rise(er, endVariety(t, e - 1, stats)));
    }

    /** Left variety of the trigram starting at {@code p}; {@link BoundaryFeatures#HARD} when no word trigram is there. */
    static int startVariety(String t, int p, BoundaryStats stats) {
        return TrigramTable.at(t, p) ? stats.trigramLeftVariety(t, p) : BoundaryFeatures.HARD;
    }

    /** Right variety of the trigram ending at {@code p}; {@link BoundaryFeatures#HARD} when no word trigram is there. */
    static int endVariety(String t, int p, BoundaryStats stats) {
        return TrigramTable.at(t, p - 3) ? stats.trigramRightVariety(t, p - 3) : BoundaryFeatures.HARD;
    }

    /** A variety in bins: X where punctuation or the text's edge is within the trigram's reach, else its count. */
    static String bin(int variety) {
        return variety == BoundaryFeatures.HARD ? "X" : CandidateFeatures.bucket(variety, BINS);
    }

    /**
     * The rise of the variety at the edge over the one a character inside, tenths of a bit of log2((edge + 1) /
     * (inside + 1)) in bins (varieties spread over orders of magnitude, so their ratio); X when either is no trigram.
     */
    static String rise(int edge, int inside) {
        if (edge == BoundaryFeatures.HARD || inside == BoundaryFeatures.HARD) {
            return "X";
        }
        return CandidateFeatures.bucket(riseTenths(edge, inside), RISE);
    }

    /** log2((edge + 1) / (inside + 1)) in tenths, rounded. */
    static int riseTenths(int edge, int inside) {
        return (int) Math.round(10 * Math.log((edge + 1.0) / (inside + 1.0)) / Math.log(2));
    }

    /**
     * Bins of a trigram variety: at the candidates' edges of 甘肃, 江西, 新疆 2025 (no gold) against the 180-report
     * table with the report added, deciles 1 / 1 / 1 / 2 / 3 / 6 / 10 / 16 / 30 / 64 ({@code BoundaryTrigramSpreadMain}).
     */
    private static final int[] BINS = {1, 2, 3, 6, 10, 16, 30, 64};
    /**
     * Bins of a rise, tenths of a bit: same spread, 5 % −27, deciles −16 / 0 / 0 / 0 / 10 / 17 / 23 / 30 / 39 (0 is a
     * fifth: a variety of one on both sides).
     */
    private static final int[] RISE = {-20, -1, 0, 10, 20, 30, 40};
}
