package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/**
 * Chooses between two overlapping names by the judge's confidence and what the text says about their boundaries. A
 * boundary is <em>clean</em> when the text delimits it: the sentence's edge, punctuation, a list joint or quote, a
 * stop word or count before the start; a list joint, 等/和/及/与 or a construction word (建设/项目/工程) after the end.
 * Each clean boundary adds {@code clean} to a name's confidence; the challenger (the less sure name) then stands
 * when its score is above the standing name's less {@code longer} when it contains it, {@code shorter} when it lies
 * inside it, nothing when the two cross.
 *
 * @param longer  how far below the shorter name's score a longer name containing it may be and still stand
 * @param shorter how far below the longer name's score a shorter name inside it may be and still stand
 * @param clean   the score of each clean boundary
 * @param bare    how much surer than the distributed name "A<head>" the judge must be of a coordination's bare first
 *                item "A" for the bare item to stand instead (infinite: never, the behaviour before session 11)
 * @param types   whether a name inside a longer name of another type stands beside it (beyond a firm inside any
 *                name and any name inside a project's)
 * @param locate  how much surer than the distributed name "A<head>" of another kind the judge must be of a bare
 *                first item "A" that is a road for the road to stand as a name of its own (infinite: a road there
 *                only ever locates the head's things, the behaviour of session 11's merge)
 */
public record BoundaryChoice(double longer, double shorter, double clean, double bare, boolean types, double locate,
                             double nestAt) implements OverlapChoice {
    /**
     * How much surer of a bare road than of another kind's distributed name the judge must be for the road to stand
     * (session 13, boundary13): dev-only LOGO, same fold models, 0.7574 → 0.7590 with a margin of 0.1, 0.3 or 0.5
     * alike (one fold moves; docs/evaluation-history.md, "boundary13"); 0.3 sits in the middle. Session 11's list "A路、B路社区卫生服务中心" differed by 0.05.
     */
    static final double LOCATE = 0.3;

    /**
     * The shipped choice (session 11, branch bound11): a longer name stands unless the judge is surer of the shorter by
     * 0.10 or more, and a coordination's bare first item and its distributed name compete by the judge's order alone.
     * Dev-only leave-one-government-out, six folds, the same judges: entities F1 0.737 → 0.759 (the longer margin
     * alone 0.742, the bare item alone 0.753; shorter names preferred, clean-boundary bonuses and nesting names of
     * other types did not help; docs/evaluation-history.md, "Session 11: bound11"); with a road never standing for
     * another kind's distributed name ({@link #bareStands}), 0.757; since session 13 the road stands when the judge is
     * surer of it by more than {@link #LOCATE}.
     */
    public static final BoundaryChoice SHIPPED = new BoundaryChoice(0.10, 0, 0, 0, false, LOCATE,
            Double.POSITIVE_INFINITY);

    /** As the full form, no name nested beside another of its own type ({@code nestAt} infinite). */
    public BoundaryChoice(double longer, double shorter, double clean, double bare, boolean types, double locate) {
        this(longer, shorter, clean, bare, types, locate, Double.POSITIVE_INFINITY);
    }

    /** As the full form, a road before another kind's shared head only ever locating the head's things. */
    public BoundaryChoice(double longer, double shorter, double clean, double bare, boolean types) {
        this(longer, shorter, clean, bare, types, Double.POSITIVE_INFINITY);
    }

    @Override
    public boolean bareStands(Candidate bareItem, double pBare, Candidate distributed, double pDistributed) {
        // a road before another kind's shared head ("A路、B路社区中心") only locates the head's things — unless the
        // judge thinks little of the distributed name and much of the road: then the head was shared wrongly
        boolean locates = bareItem.type() == EntityType.ROAD && distributed.type() != EntityType.ROAD
                && pBare <= pDistributed + locate;
        return !locates && pBare > pDistributed + bare;
    }

    @Override
    public boolean nests(Candidate a, Candidate b) {
        return types && a.type() != b.type() && (contains(a, b) || contains(b, a));
    }

    /** Beyond {@link #nests(Candidate, Candidate)}: the inner name stands beside the outer when judged at least {@code nestAt}. */
    @Override
    public boolean nests(Candidate a, double pa, Candidate b, double pb) {
        if (nests(a, b)) {
            return true;
        }
        return contains(a, b) && pb >= nestAt || contains(b, a) && pa >= nestAt;
    }

    @Override
    public boolean replaces(Candidate challenger, double pChallenger, Candidate standing, double pStanding,
                            ScopedSentence s) {
        double c = pChallenger + clean * cleanEdges(challenger, s);
        double k = pStanding + clean * cleanEdges(standing, s);
        double margin = contains(challenger, standing) ? longer : contains(standing, challenger) ? shorter : 0;
        return c > k - margin;
    }

    private static boolean contains(Candidate outer, Candidate inner) {
        return outer.begin() <= inner.begin() && inner.end() <= outer.end() && outer.length() > inner.length();
    }

    /** How many of the name's two boundaries the text delimits (0–2). */
    public static int cleanEdges(Candidate c, ScopedSentence s) {
        String t = s.text();
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        return (cleanStart(t, b) ? 1 : 0) + (cleanEnd(t, e) ? 1 : 0);
    }

    static boolean cleanStart(String t, int b) {
        return b <= 0 || !NameScanner.isNameChar(t.charAt(b - 1)) || NameScanner.stopEndingAt(t, b) != null;
    }

    static boolean cleanEnd(String t, int e) {
        return e >= t.length() || !NameScanner.isNameChar(t.charAt(e)) || "等和及与".indexOf(t.charAt(e)) >= 0
                || t.startsWith("建设", e) || t.startsWith("项目", e) || t.startsWith("工程", e);
    }
}
