package org.pledgegraph.extract;

/**
 * Which of two overlapping names a judge kept stands, when neither may stand beside the other. Overlap resolution
 * takes the names in order of the judge's confidence (then length) and asks this only when a name clashes with
 * exactly one name already standing: whether the challenger replaces it.
 */
@FunctionalInterface
public interface OverlapChoice {
    /**
     * The judge's order alone: the surer name stands (the behaviour before session 11; the extractor now ships
     * {@link BoundaryChoice#SHIPPED}).
     */
    OverlapChoice JUDGE = (challenger, pChallenger, standing, pStanding, s) -> false;

    /**
     * Whether {@code challenger} (judged {@code pChallenger}, no surer than {@code standing}, judged
     * {@code pStanding}) stands instead of {@code standing}; both overlap in sentence {@code s}.
     */
    boolean replaces(Candidate challenger, double pChallenger, Candidate standing, double pStanding, ScopedSentence s);

    /**
     * Whether the bare first item of a coordination ({@code bare}, "A" of "A、B<head>") stands instead of the name
     * the shared head was distributed to ({@code distributed}, "A<head>"); by default the distributed name stands.
     */
    default boolean bareStands(Candidate bare, double pBare, Candidate distributed, double pDistributed) {
        return false;
    }

    /**
     * Whether two overlapping names, one inside the other, both stand beyond what {@link Overlaps} nests anyway (a
     * firm inside any name, any name inside a project's); by default no more.
     */
    default boolean nests(Candidate a, Candidate b) {
        return false;
    }

    /** As {@link #nests(Candidate, Candidate)}, knowing how sure the judge is of each ({@code pa}, {@code pb}). */
    default boolean nests(Candidate a, double pa, Candidate b, double pb) {
        return nests(a, b);
    }
}
