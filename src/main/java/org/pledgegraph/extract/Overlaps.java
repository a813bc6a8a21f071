package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.EntityType;

/**
 * Which of a sentence's overlapping candidates stand: the judge's confidence first, then length; a list's distributed
 * names stand beside each other, and a name of another type nested in a longer one may stand beside it.
 */
final class Overlaps {
    private Overlaps() {
    }

    /**
     * Keeps the longest of overlapping names; names distributed over a coordination ("A、B项目")
     * cover the whole phrase and are kept beside each other. Figures never compete with names.
     */
    static List<Candidate> resolve(List<Candidate> found, ScopedSentence s) {
        return resolve(found, s, false, Map.of(), OverlapChoice.JUDGE);
    }

    static List<Candidate> resolve(List<Candidate> found, ScopedSentence s, boolean nest,
                                   Map<Candidate, Double> confidence) {
        return resolve(found, s, nest, confidence, OverlapChoice.JUDGE);
    }

    /**
     * As {@link #resolve(List, ScopedSentence)}; with {@code nest} (names a judge kept), a name inside a
     * longer one of another type is kept beside it: the firm inside "某某研发中心", the hospital inside
     * "某某医院改扩建工程" are things of their own. Names with a judge's {@code confidence} compete by it first
     * (the judge decides boundaries; a longer proposal no longer wins by its length alone), then by length. A name
     * that clashes with exactly one standing name replaces it when {@code choice} says so.
     */
    static List<Candidate> resolve(List<Candidate> found, ScopedSentence s, boolean nest,
                                   Map<Candidate, Double> confidence, OverlapChoice choice) {
        return resolve(found, s, nest, confidence, choice, java.util.Set.of());
    }

    /**
     * As above; the {@code lastResort} names (proposed only by a proposer that reads no end in the text) stand only
     * where no other kept name overlaps them: they fill gaps, they never displace a name the text ends.
     */
    static List<Candidate> resolve(List<Candidate> found, ScopedSentence s, boolean nest,
                                   Map<Candidate, Double> confidence, OverlapChoice choice,
                                   java.util.Set<Candidate> lastResort) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Candidate c) -> lastResort.contains(c))
                .thenComparingDouble((Candidate c) -> -confidence.getOrDefault(c, 0.0))
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed()).thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        // the bare first item of "A、B<head>" is not a name of its own beside the distributed "A<head>" — unless the
        // choice lets the bare item stand instead (then the distributed name goes)
        List<Candidate> bareStand = new ArrayList<>();
        sorted.removeIf(c -> {
            if (isDistributed(c, s)) {
                return false;
            }
            List<Candidate> ds = found.stream().filter(d -> d != c && isDistributed(d, s) && d.begin() == c.begin()
                    && d.name().startsWith(c.name()) && !d.name().equals(c.name())).toList();
            if (ds.isEmpty()) {
                return false;
            }
            boolean stands = ds.stream().allMatch(d -> confidence.containsKey(c) && confidence.containsKey(d)
                    && choice.bareStands(c, confidence.get(c), d, confidence.get(d)));
            if (stands) {
                bareStand.addAll(ds);
            }
            return !stands;
        });
        sorted.removeAll(bareStand);
        for (Candidate c : sorted) {
            boolean clash = false;
            Candidate rival = null; // the one standing name c competes with by boundary alone
            int rivals = 0;
            for (Candidate k : kept) {
                if (k.type().isFigure() != c.type().isFigure()) {
                    continue;
                }
                boolean overlap = c.begin() < k.end() && k.begin() < c.end();
                if (!overlap) {
                    continue;
                }
                boolean sameName = k.name().equals(c.name());
                if (nest && !sameName && (nests(k, c) || choice.nests(k, c)) && !isDistributed(k, s)
                        && !isDistributed(c, s)) {
                    continue; // a name of another type nested in a longer name
                }
                if (isDistributed(k, s) && k.begin() == c.begin() && k.name().startsWith(c.name())) {
                    clash = true; // the bare first item of "A、B<head>" is not a name of its own
                    rivals = 2;
                    break;
                }
                boolean bothDistributed = isDistributed(k, s) || isDistributed(c, s);
                if (sameName || !bothDistributed) {
                    clash = true;
                    rivals += sameName || bothDistributed ? 2 : 1;
                    rival = k;
                }
            }
            if (!clash) {
                kept.add(c);
            } else if (rivals == 1 && confidence.containsKey(c) && confidence.containsKey(rival)
                    && choice.replaces(c, confidence.get(c), rival, confidence.get(rival), s)) {
                kept.set(kept.indexOf(rival), c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
        return kept;
    }

    /**
     * Whether {@code inner} is a thing of its own inside {@code outer}: a firm inside any name, or any name inside
     * a project's ("某医院改扩建工程"); a street inside a facility's name names where it is, not a second thing.
     */
    private static boolean nests(Candidate outer, Candidate inner) {
        if (WORKS_NEST && (worksOf(outer, inner) || worksOf(inner, outer))) {
            return true;
        }
        boolean inside = outer.begin() <= inner.begin() && inner.end() <= outer.end() && outer.length() > inner.length();
        boolean within = outer.begin() < inner.begin() || inner.end() < outer.end();
        if (!inside || !within) {
            // the shorter name may come first when the judge is surer of it
            return inner.begin() <= outer.begin() && outer.end() <= inner.end() && inner.length() > outer.length()
                    && nestable(inner, outer);
        }
        return nestable(outer, inner);
    }

    /** Experiment switch (branch cut27). */
    static final boolean WORKS_NEST = Boolean.parseBoolean(System.getProperty("pledgegraph.worksNest", "true"));

    /**
     * Whether {@code outer} is a phase or a work of {@code inner} ("甲电厂二期", "乙口岸改造" of 甲电厂, 乙口岸): the thing and
     * the work on it are two things, whatever types the recognisers gave them.
     */
    private static boolean worksOf(Candidate outer, Candidate inner) {
        return outer.begin() == inner.begin() && outer.length() > inner.length()
                && outer.name().startsWith(inner.name())
                && BoundaryVariants.isWorksTail(outer.name().substring(inner.name().length()));
    }

    private static boolean nestable(Candidate outer, Candidate inner) {
        return outer.type() != inner.type()
                && (inner.type() == EntityType.ENTERPRISE
                || outer.type() == EntityType.PROJECT);
    }

    private static boolean isDistributed(Candidate c, ScopedSentence s) {
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        return !s.text().substring(b, e).equals(c.name());
    }
}
