package org.pledgegraph.extract;

import java.util.List;

/**
 * Branching entropy at a name's edges ({@link BoundaryStats}, the corpus table only): Tanaka-Ishii's observation that
 * the entropy of the next character after a context rises where a word ends (and, read backwards, of the previous
 * character before a context where a word starts). Where accessor variety counts distinct neighbours, entropy weighs
 * them: a bigram followed by one character 95 times and by 20 others once each has variety 21 but low entropy. The
 * features read the entropy at the name's start and end and its increase across each edge against one character
 * inside (a name that swallowed a verb starts where the backward entropy does not rise).
 */
final class EntropyFeatures {
    private EntropyFeatures() {
    }

    /** Adds the {@code be.} features of the name at [b, e) of {@code t} (sentence text). */
    static void add(List<String> f, String t, int b, int e, BoundaryStats stats) {
        int sl = before(t, b, stats);
        int er = after(t, e, stats);
        f.add("be.sL=" + bin(sl));
        f.add("be.sR=" + bin(after(t, b, stats)));
        f.add("be.eR=" + bin(er));
        f.add("be.eL=" + bin(before(t, e, stats)));
        f.add("be.sd=" + rise(sl, before(t, b + 1, stats)));
        f.add("be.ed=" + rise(er, after(t, e - 1, stats)));
    }

    /**
     * Entropy (tenths of a bit) of the character before the bigram starting at {@code p}; {@link BoundaryFeatures#HARD}
     * when that is no word bigram or out of the text, {@link BoundaryStats#UNKNOWN} when the table lacks it.
     */
    static int before(String t, int p, BoundaryStats stats) {
        return BoundaryFeatures.wordBigramAt(t, p) ? stats.leftEntropy(t.charAt(p), t.charAt(p + 1))
                : BoundaryFeatures.HARD;
    }

    /** Entropy of the character after the bigram ending at {@code p}; as {@link #before} otherwise. */
    static int after(String t, int p, BoundaryStats stats) {
        return BoundaryFeatures.wordBigramAt(t, p - 2) ? stats.rightEntropy(t.charAt(p - 2), t.charAt(p - 1))
                : BoundaryFeatures.HARD;
    }

    /** An entropy in bins: X closed by punctuation or the text's edge, ? unknown, else tenths of a bit. */
    static String bin(int h) {
        return h == BoundaryFeatures.HARD ? "X" : h == BoundaryStats.UNKNOWN ? "?"
                : CandidateFeatures.bucket(h, BINS);
    }

    /** The rise of the entropy at the edge over the one a character inside, in bins; X or ? when either is not a number. */
    static String rise(int edge, int inside) {
        if (edge == BoundaryFeatures.HARD || inside == BoundaryFeatures.HARD) {
            return "X";
        }
        if (edge == BoundaryStats.UNKNOWN || inside == BoundaryStats.UNKNOWN) {
            return "?";
        }
        return CandidateFeatures.bucket(edge - inside, RISE);
    }

    /**
     * Bins of an entropy, tenths of a bit: at the candidates' edges of 甘肃, 江西, 新疆 2025 (no gold) against the
     * 180-report table, deciles 0.9 / 2.1 / 3.1 / 4.0 / 4.6 / 5.1 / 5.5 / 5.9 / 6.4 bits ({@code BoundaryEntropySpreadMain}).
     */
    private static final int[] BINS = {0, 10, 20, 30, 40, 50, 60};
    /** Bins of a rise, tenths of a bit: same spread, deciles −3.6 / −0.9 / 1.0 / 2.4 / 3.3 / 3.9 / 4.5 / 5.1 / 5.7. */
    private static final int[] RISE = {-40, -20, 0, 15, 30, 45, 55};
}
