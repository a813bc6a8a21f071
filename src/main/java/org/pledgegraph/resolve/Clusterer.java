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
            for (int i = 0; i < keys.size(); i++) {
                for (int j = i + 1; j < keys.size(); j++) {
                    OptionalDouble s = rule.score(type, keys.get(i), keys.get(j));
                    if (s.isPresent()) {
                        matches.put(List.of(keys.get(i), keys.get(j)), s.getAsDouble());
                        partners.merge(keys.get(i), 1, Integer::sum);
                        partners.merge(keys.get(j), 1, Integer::sum);
                    }
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
