package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/**
 * Groups mentions of all documents into canonical entities. A pure function of its input: the
 * result does not depend on input order, so re-resolution after any ingest gives the same IRIs.
 * This first resolver merges only on identical type and {@link NameKey}; wrong merges are worse
 * than missed ones.
 */
public final class Resolver {
    private static final Pattern PHASE = Pattern.compile("^(.{2,}?)(?:[一二三四五六七八九十]+|\\d+)期$");

    public List<ResolvedEntity> resolve(Collection<StoredMention> mentions) {
        Map<EntityType, Map<String, List<StoredMention>>> groups = new TreeMap<>();
        for (StoredMention m : mentions) {
            if (m.type().isFigure()) {
                continue;
            }
            groups.computeIfAbsent(m.type(), t -> new TreeMap<>())
                    .computeIfAbsent(NameKey.of(m.surface()), k -> new ArrayList<>())
                    .add(m);
        }
        List<ResolvedEntity> out = new ArrayList<>();
        for (var byType : groups.entrySet()) {
            Set<String> keys = byType.getValue().keySet();
            for (var group : byType.getValue().entrySet()) {
                out.add(entity(byType.getKey(), group.getKey(), group.getValue(), keys));
            }
        }
        return out;
    }

    private static ResolvedEntity entity(EntityType type, String key, List<StoredMention> ms, Set<String> keys) {
        String label = label(key, ms);
        TreeSet<String> alt = ms.stream().map(StoredMention::surface).filter(s -> !s.equals(label))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> iris = ms.stream().map(StoredMention::iri).sorted().distinct().toList();
        TreeSet<String> industries = ms.stream().map(StoredMention::industry).filter(i -> i != null)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> places = ms.stream().map(StoredMention::place).filter(p -> p != null)
                .collect(Collectors.toCollection(TreeSet::new));
        String partOf = null;
        Matcher phase = PHASE.matcher(key);
        if (phase.matches() && keys.contains(phase.group(1))) {
            partOf = phase.group(1);
        }
        return new ResolvedEntity(type, key, label, alt, iris, industries, places, partOf, "same-normalised-name");
    }

    /** The key itself when some document wrote it that way, else the most frequent surface (ties: shortest, then lexical). */
    private static String label(String key, List<StoredMention> ms) {
        Map<String, Integer> counts = new HashMap<>();
        for (StoredMention m : ms) {
            counts.merge(m.surface(), 1, Integer::sum);
        }
        if (counts.containsKey(key)) {
            return key;
        }
        return counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }
}
