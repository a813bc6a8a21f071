package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/**
 * Decides which name groups of one type are one entity: user {@code same} overrides first, then each
 * {@link MergeRule} in order. A name that two candidates match under one rule is merged with neither,
 * and no merge may join names the user called {@code different}. Every merge and every refusal is
 * recorded as a {@link PendingDecision}.
 */
final class Clusterer {
    private final List<MergeRule> rules;

    Clusterer(List<MergeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** These rules followed by {@code more}. */
    Clusterer with(MergeRule... more) {
        List<MergeRule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new Clusterer(all);
    }

    /** The clusters of the keys of {@code byKey}, ordered by their lexically smallest key, each in key order. */
    Collection<List<String>> cluster(EntityType type, TreeMap<String, List<StoredMention>> byKey, Curation curation,
                                     List<PendingDecision> pending) {
        UnionFind uf = new UnionFind();
        List<Curation.Override> different = curation.of(Curation.Kind.DIFFERENT, type);
        for (Curation.Override o : curation.of(Curation.Kind.SAME, type)) {
            String a = o.key();
            String b = o.otherKey();
            if (byKey.containsKey(a) && byKey.containsKey(b)) {
                uf.union(a, b);
                pending.add(new PendingDecision("curation-same", Decision.Outcome.MERGED, null, 1.0, type, a, type, b,
                        both(byKey, a, b)));
            }
        }
        List<String> keys = List.copyOf(byKey.keySet());
        for (MergeRule rule : rules) {
            Map<List<String>, Double> matches = new LinkedHashMap<>();
            Map<String, Integer> partners = new HashMap<>();
            for (long pair : candidatePairs(rule, type, keys)) {
                int i = (int) (pair >>> 32);
                int j = (int) pair;
                OptionalDouble s = rule.score(type, keys.get(i), keys.get(j));
                if (s.isPresent() && rule.acrossReportsOnly() && !nearbyReports(byKey.get(keys.get(i)),
                        byKey.get(keys.get(j)))) {
                    pending.add(new PendingDecision("same-or-distant-reports:" + rule.name(), Decision.Outcome.KEPT_APART,
                            null, s.getAsDouble(), type, keys.get(i), type, keys.get(j),
                            both(byKey, keys.get(i), keys.get(j))));
                } else if (s.isPresent()) {
                    matches.put(List.of(keys.get(i), keys.get(j)), s.getAsDouble());
                    partners.merge(keys.get(i), 1, Integer::sum);
                    partners.merge(keys.get(j), 1, Integer::sum);
                }
            }
            for (var m : matches.entrySet()) {
                String a = m.getKey().get(0);
                String b = m.getKey().get(1);
                List<StoredMention> ms = both(byKey, a, b);
                if (partners.get(a) > 1 || partners.get(b) > 1) {
                    pending.add(new PendingDecision("ambiguous:" + rule.name(), Decision.Outcome.KEPT_APART, null,
                            m.getValue(), type, a, type, b, ms));
                } else if (blocked(uf, a, b, different)) {
                    pending.add(new PendingDecision("curation-different", Decision.Outcome.KEPT_APART, null,
                            m.getValue(), type, a, type, b, ms));
                } else {
                    uf.union(a, b);
                    pending.add(new PendingDecision(rule.name(), Decision.Outcome.MERGED, null, m.getValue(), type, a,
                            type, b, ms));
                }
            }
        }
        return uf.components(byKey.keySet()).values();
    }

    /**
     * The pairs (i &lt; j, as i &lt;&lt; 32 | j) of {@code keys} that {@code rule} may score, in the order of the
     * all-pairs loop: every pair when the rule has no blocking, else the pairs sharing a signature. Same
     * matches in the same order as scoring every pair, without the quadratic cost over thousands of names.
     */
    static long[] candidatePairs(MergeRule rule, EntityType type, List<String> keys) {
        int n = keys.size();
        // (hash of a signature) << 32 | key index, sorted: equal hashes are one group. A hash collision only
        // adds pairs that the rule then scores as no match; 8 bytes per signature keep this small in -Xmx1g.
        long[] entries = new long[Math.max(16, n * 4)];
        int m = 0;
        for (int i = 0; i < n; i++) {
            java.util.Collection<String> sigs = rule.signatures(type, keys.get(i));
            if (sigs == null) {
                return allPairs(n);
            }
            for (String sig : sigs) {
                if (m == entries.length) {
                    entries = java.util.Arrays.copyOf(entries, entries.length * 2);
                }
                entries[m++] = (long) sig.hashCode() << 32 | i;
            }
        }
        java.util.Arrays.sort(entries, 0, m);
        long[] pairs = new long[16];
        int p = 0;
        for (int a = 0; a < m; ) {
            int b = a + 1;
            while (b < m && entries[b] >>> 32 == entries[a] >>> 32) {
                b++;
            }
            for (int x = a; x < b; x++) {
                for (int y = x + 1; y < b; y++) {
                    int i = (int) entries[x];
                    int j = (int) entries[y];
                    if (i != j) {
                        if (p == pairs.length) {
                            pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
                        }
                        pairs[p++] = (long) Math.min(i, j) << 32 | Math.max(i, j);
                    }
                }
            }
            a = b;
        }
        return java.util.Arrays.stream(pairs, 0, p).sorted().distinct().toArray();
    }

    private static long[] allPairs(int n) {
        long[] out = new long[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                out[k++] = (long) i << 32 | j;
            }
        }
        return out;
    }

    /**
     * True if no document names both on its own evidence (a cross-year copy does not count) and their nearest
     * report years are at most {@value #NEARBY_YEARS} apart (see {@link MergeRule#acrossReportsOnly()}).
     */
    static boolean nearbyReports(List<StoredMention> a, List<StoredMention> b) {
        // Only names a report kept on its own evidence say it names two things: the cross-year pass finds another
        // report's form in the text too, and that copy would otherwise refuse the very join it was made for.
        java.util.Set<String> docs = new java.util.HashSet<>();
        a.stream().filter(m -> !m.corroborated()).forEach(m -> docs.add(m.document()));
        int gap = Integer.MAX_VALUE;
        for (StoredMention y : b) {
            if (!y.corroborated() && docs.contains(y.document())) {
                return false;
            }
            for (StoredMention x : a) {
                gap = Math.min(gap, Math.abs(x.documentYear() - y.documentYear()));
            }
        }
        return gap <= NEARBY_YEARS;
    }

    /**
     * Reports this many years apart may still name one thing by two forms (a plan, then its next report): the same
     * distance the cross-year pass carries names across.
     */
    static final int NEARBY_YEARS = org.pledgegraph.extract.CrossYearPass.NEARBY_YEARS;

    /** True if joining the groups of a and b would put two names the user called different into one entity. */
    private static boolean blocked(UnionFind uf, String a, String b, List<Curation.Override> different) {
        String ra = uf.find(a);
        String rb = uf.find(b);
        for (Curation.Override o : different) {
            String x = uf.find(o.key());
            String y = uf.find(o.otherKey());
            if (x.equals(ra) && y.equals(rb) || x.equals(rb) && y.equals(ra)) {
                return true;
            }
        }
        return false;
    }

    private static List<StoredMention> both(Map<String, List<StoredMention>> byKey, String a, String b) {
        List<StoredMention> out = new ArrayList<>(byKey.get(a));
        out.addAll(byKey.get(b));
        return out;
    }
}
