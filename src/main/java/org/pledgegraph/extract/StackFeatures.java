package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of a second judging pass (stacking): what the first pass thought of a candidate's neighbours. A member
 * of 甲、乙、丙 whose siblings are kept, a name kept at another place of the report, a span inside or around a kept
 * name: evidence the first pass cannot see, since it judges each candidate alone. Probabilities enter in buckets
 * (below 0.1, below {@value #KEPT}, below 0.5, above), so the second model learns from how sure the first was, not
 * from its exact numbers, which differ between the out-of-fold models it is trained on and the shipped one.
 */
public final class StackFeatures {
    /** First-pass probability counted as kept when the features count kept neighbours: the judge's own threshold. */
    static final double KEPT = CandidateJudge.THRESHOLD;
    /** What joins two members of an enumeration. */
    private static final List<String> JOINERS = List.of("、", "和", "及", "与", "以及");
    /** Longest chain walked each way (guards a sentence of very many items). */
    private static final int MAX_MEMBERS = 30;

    /** Which features the second model reads. */
    public enum Design {
        /** The first pass's own features, its probability in buckets and the neighbours'. */
        FULL,
        /** The first pass's probability (in tenths and buckets), the candidate's type and the neighbours' only. */
        SHORT
    }

    /**
     * The design the shipped second pass reads: FULL raised dev-only LOGO micro F1 0.7677 → 0.7711 and SHORT lowered
     * it to 0.7647 (docs/evaluation-history.md, session 19).
     */
    public static final Design SHIPPED = Design.FULL;

    private StackFeatures() {
    }

    /** The second pass's features of each proposal of one document, given the first pass's probabilities. */
    public static List<List<String>> of(List<Proposal> ps, double[] p1, Design design) {
        List<String[]> extra = extra(ps, p1, design);
        List<List<String>> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            List<String> f = new ArrayList<>(design == Design.FULL ? ps.get(i).features() : List.of());
            f.addAll(List.of(extra.get(i)));
            out.add(f);
        }
        return out;
    }

    /**
     * The features {@link #of} adds to the first pass's own (all of them for {@link Design#SHORT}); the proposals'
     * own features are not read, so training may hold them apart.
     */
    public static List<String[]> extra(List<Proposal> ps, double[] p1, Design design) {
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<Integer, List<Integer>> byEnd = new HashMap<>();
        Map<Integer, List<Integer>> byBegin = new HashMap<>();
        Map<ScopedSentence, List<Integer>> bySentence = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            Proposal p = ps.get(i);
            byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(i);
            byEnd.computeIfAbsent(p.candidate().end(), n -> new ArrayList<>()).add(i);
            byBegin.computeIfAbsent(p.candidate().begin(), n -> new ArrayList<>()).add(i);
            bySentence.computeIfAbsent(p.sentence(), n -> new ArrayList<>()).add(i);
        }
        List<String[]> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            Proposal p = ps.get(i);
            List<String> f = new ArrayList<>();
            String own = bucket(p1[i]);
            f.add("s1=" + own);
            if (design == Design.SHORT) {
                f.add("s1f=" + Math.min(9, (int) (p1[i] * 10)));
                f.add("s1+t=" + own + "|" + p.candidate().type());
            }
            siblings(ps, p1, i, byEnd, byBegin, own, f);
            elsewhere(ps, p1, i, byName.get(p.name()), own, f);
            overlaps(ps, p1, i, bySentence.get(p.sentence()), own, f);
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    static String bucket(double p) {
        return p < 0.1 ? "a" : p < KEPT ? "b" : p < 0.5 ? "c" : "d";
    }

    /** The enumeration the proposal sits in: members reached through joiners, the best reading of each. */
    private static void siblings(List<Proposal> ps, double[] p1, int i, Map<Integer, List<Integer>> byEnd,
                                 Map<Integer, List<Integer>> byBegin, String own, List<String> f) {
        int left = next(ps, p1, i, byEnd, true);
        int right = next(ps, p1, i, byBegin, false);
        List<Integer> members = new ArrayList<>();
        for (int cur = left; cur >= 0 && members.size() < MAX_MEMBERS; cur = next(ps, p1, cur, byEnd, true)) {
            members.add(cur);
        }
        int leftCount = members.size();
        for (int cur = right; cur >= 0 && members.size() - leftCount < MAX_MEMBERS; cur = next(ps, p1, cur, byBegin, false)) {
            members.add(cur);
        }
        if (members.isEmpty()) {
            f.add("sn=0");
            return;
        }
        double max = 0;
        double sum = 0;
        int kept = 0;
        for (int m : members) {
            max = Math.max(max, p1[m]);
            sum += p1[m];
            kept += p1[m] >= KEPT ? 1 : 0;
        }
        String mx = bucket(max);
        f.add("sn=" + Math.min(4, members.size()));
        f.add("smax=" + mx);
        f.add("smean=" + bucket(sum / members.size()));
        f.add("skept=" + Math.min(3, kept));
        f.add("sall=" + (kept == members.size() ? "all" : kept == 0 ? "none" : "some"));
        String l = left < 0 ? "-" : bucket(p1[left]);
        String r = right < 0 ? "-" : bucket(p1[right]);
        f.add("sl=" + l);
        f.add("sr=" + r);
        f.add("s1+smax=" + own + "|" + mx);
        f.add("s1+sl+sr=" + own + "|" + l + "|" + r);
    }

    /**
     * The best-judged proposal joined to {@code i} on its left ({@code byEdge} keyed by end) or right (keyed by
     * begin) by a joiner only, in the same sentence; -1 when none.
     */
    private static int next(List<Proposal> ps, double[] p1, int i, Map<Integer, List<Integer>> byEdge, boolean leftward) {
        Proposal p = ps.get(i);
        String t = p.sentence().text();
        int base = p.sentence().begin();
        int best = -1;
        for (String j : JOINERS) {
            int edge = leftward ? p.candidate().begin() - j.length() : p.candidate().end() + j.length();
            int at = (leftward ? edge : p.candidate().end()) - base;
            if (at < 0 || at + j.length() > t.length() || !t.startsWith(j, at)) {
                continue;
            }
            for (int k : byEdge.getOrDefault(edge, List.of())) {
                if (ps.get(k).sentence() == p.sentence() && (best < 0 || p1[k] > p1[best])) {
                    best = k;
                }
            }
        }
        return best;
    }

    /** The same name at other places of the report. */
    private static void elsewhere(List<Proposal> ps, double[] p1, int i, List<Integer> same, String own,
                                  List<String> f) {
        Map<Integer, Double> byPlace = new HashMap<>();
        int begin = ps.get(i).candidate().begin();
        for (int k : same) {
            int b = ps.get(k).candidate().begin();
            if (b != begin) {
                byPlace.merge(b, p1[k], Math::max);
            }
        }
        if (byPlace.isEmpty()) {
            f.add("dn=0");
            return;
        }
        double max = byPlace.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long kept = byPlace.values().stream().filter(x -> x >= KEPT).count();
        f.add("dn=" + Math.min(3, byPlace.size()));
        f.add("dmax=" + bucket(max));
        f.add("dkept=" + Math.min(2, kept));
        f.add("s1+dmax=" + own + "|" + bucket(max));
    }

    /** The best-judged longer proposal around this one, shorter inside it, and crossing it. */
    private static void overlaps(List<Proposal> ps, double[] p1, int i, List<Integer> sentence, String own,
                                 List<String> f) {
        Candidate c = ps.get(i).candidate();
        double longer = -1;
        double shorter = -1;
        double crossing = -1;
        for (int k : sentence) {
            Candidate o = ps.get(k).candidate();
            if (k == i || o.end() <= c.begin() || o.begin() >= c.end()
                    || o.begin() == c.begin() && o.end() == c.end()) {
                continue;
            }
            if (o.begin() <= c.begin() && o.end() >= c.end()) {
                longer = Math.max(longer, p1[k]);
            } else if (o.begin() >= c.begin() && o.end() <= c.end()) {
                shorter = Math.max(shorter, p1[k]);
            } else {
                crossing = Math.max(crossing, p1[k]);
            }
        }
        String lo = longer < 0 ? "-" : bucket(longer);
        String sh = shorter < 0 ? "-" : bucket(shorter);
        f.add("olong=" + lo);
        f.add("oshort=" + sh);
        f.add("ocross=" + (crossing < 0 ? "-" : bucket(crossing)));
        f.add("s1+olong=" + own + "|" + lo);
        f.add("s1+oshort=" + own + "|" + sh);
    }
}
