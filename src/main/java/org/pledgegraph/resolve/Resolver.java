package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;

/**
 * Groups mentions of all documents into canonical entities and relates them. A pure function of its
 * input: the result does not depend on input order, so re-resolution after any ingest gives the same
 * IRIs. Wrong merges are worse than missed ones, so every fuzzy rule is narrow, a name that two
 * candidates match under one rule is merged with neither, and {@link Curation} has the last word.
 * <pre>
 *   Resolution r = new Resolver().resolve(mentions, Curation.read(Path.of("seeds/curation.tsv")));
 * </pre>
 * Steps: (1) mentions with the same type and {@link NameKey} form one group; (2) user {@code same}
 * overrides, then each {@link MergeRule} in turn, join groups of one type unless a {@code different}
 * override forbids it; (3) relations: phases ({@code X二期}, {@code X一二期} part of {@code X} when some
 * document names X), a project named after an enterprise ({@code X技改项目} of enterprise {@code X}),
 * members a sentence enumerates next to a numbered collective ({@code 四沟一渠}), and {@code part-of}
 * overrides. Every step is recorded as a {@link Decision}.
 */
public final class Resolver {
    private static final Pattern PHASE = Pattern.compile("^(.{2,}?)(?:[一二三四五六七八九十]+|\\d+)期$");
    /** A numbered collective such as 四沟一渠 or 五园, at the start of a name. */
    private static final Pattern COLLECTIVE = Pattern.compile("^((?:[一二三四五六七八九十两]+[^一二三四五六七八九十两\\s])+)");
    private static final Pattern COLLECTIVE_PART = Pattern.compile("([一二三四五六七八九十两]+)([^一二三四五六七八九十两\\s])");

    private final List<MergeRule> rules;

    public Resolver() {
        this(MergeRule.defaults());
    }

    Resolver(List<MergeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Entities only, without user overrides. */
    public List<ResolvedEntity> resolve(Collection<StoredMention> mentions) {
        return resolve(mentions, Curation.NONE).entities();
    }

    public Resolution resolve(Collection<StoredMention> mentions, Curation curation) {
        Map<EntityType, TreeMap<String, List<StoredMention>>> groups = new TreeMap<>();
        for (StoredMention m : mentions) {
            if (!m.type().isFigure()) {
                groups.computeIfAbsent(m.type(), t -> new TreeMap<>())
                        .computeIfAbsent(NameKey.of(m.surface()), k -> new ArrayList<>()).add(m);
            }
        }
        groups.values().forEach(g -> g.values().forEach(l -> l.sort(Comparator.comparing(StoredMention::iri))));

        List<Pending> pending = new ArrayList<>();
        Map<EntityType, UnionFind> merged = new TreeMap<>();
        for (var byType : groups.entrySet()) {
            merged.put(byType.getKey(), merge(byType.getKey(), byType.getValue(), curation, pending));
        }

        // Entities, and where each base key ended up.
        Map<EntityRef, EntityRef> canonical = new HashMap<>();
        List<ResolvedEntity> entities = new ArrayList<>();
        for (var byType : groups.entrySet()) {
            EntityType type = byType.getKey();
            Map<String, List<String>> components = merged.get(type).components(byType.getValue().keySet());
            for (List<String> keys : components.values()) {
                List<StoredMention> ms = keys.stream().flatMap(k -> byType.getValue().get(k).stream()).toList();
                String key = representative(keys, byType.getValue());
                for (String k : keys) {
                    canonical.put(new EntityRef(type, k), new EntityRef(type, key));
                }
                entities.add(entity(type, key, ms, keys.size() == 1 ? "same-normalised-name"
                        : pending.stream().filter(p -> p.outcome == Decision.Outcome.MERGED && p.type == type
                                && keys.contains(p.a)).map(p -> p.rule).distinct().sorted()
                                .collect(Collectors.joining("+"))));
                // Surfaces that differ only in quotes or a trailing 项目/建设/工程 are recorded too.
                for (String k : keys) {
                    TreeSet<String> surfaces = byType.getValue().get(k).stream().map(StoredMention::surface)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (surfaces.size() > 1) {
                        for (String s : surfaces) {
                            if (!s.equals(surfaces.first())) {
                                pending.add(new Pending("same-normalised-name", Decision.Outcome.MERGED, null, 1.0,
                                        type, surfaces.first(), type, s, byType.getValue().get(k)));
                            }
                        }
                    }
                }
            }
        }
        entities.sort(Comparator.comparing(e -> new EntityRef(e.type(), e.key())));

        relate(groups, canonical, curation, pending);

        List<Decision> decisions = new ArrayList<>();
        Set<Relation> relations = new TreeSet<>(Comparator.comparing(Relation::subject).thenComparing(Relation::kind)
                .thenComparing(Relation::object));
        for (Pending p : pending) {
            EntityRef left = canonical.get(new EntityRef(p.type, NameKey.of(p.a)));
            EntityRef right = canonical.get(new EntityRef(p.otherType, NameKey.of(p.b)));
            List<String> iris = p.mentions.stream().map(StoredMention::iri).distinct().sorted().toList();
            decisions.add(new Decision(p.rule, p.outcome, p.relation, p.score, left, right, p.a, p.b, iris));
            if (p.outcome == Decision.Outcome.RELATED && !left.equals(right)) {
                relations.add(new Relation(left, p.relation, right));
            }
        }
        decisions.sort(Comparator.comparing(Decision::rule).thenComparing(Decision::left).thenComparing(Decision::right)
                .thenComparing(Decision::leftName).thenComparing(Decision::rightName));
        // Back-compat field: the whole a phase belongs to, when it has the same type.
        List<ResolvedEntity> withParts = entities.stream().map(e -> {
            EntityRef me = new EntityRef(e.type(), e.key());
            String whole = relations.stream().filter(r -> r.kind() == Relation.Kind.PART_OF && r.subject().equals(me)
                    && r.object().type() == e.type()).map(r -> r.object().key()).findFirst().orElse(null);
            return new ResolvedEntity(e.type(), e.key(), e.label(), e.altLabels(), e.mentions(), e.industries(),
                    e.places(), whole, e.rule());
        }).toList();
        return new Resolution(withParts, List.copyOf(relations), decisions);
    }

    /** Joins the groups of one type: user {@code same} overrides first, then each rule in order. */
    private UnionFind merge(EntityType type, TreeMap<String, List<StoredMention>> byKey, Curation curation,
                            List<Pending> pending) {
        UnionFind uf = new UnionFind();
        List<Curation.Override> different = curation.of(Curation.Kind.DIFFERENT, type);
        for (Curation.Override o : curation.of(Curation.Kind.SAME, type)) {
            String a = o.key();
            String b = o.otherKey();
            if (byKey.containsKey(a) && byKey.containsKey(b)) {
                uf.union(a, b);
                pending.add(new Pending("curation-same", Decision.Outcome.MERGED, null, 1.0, type, a, type, b,
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
                    pending.add(new Pending("ambiguous:" + rule.name(), Decision.Outcome.KEPT_APART, null, m.getValue(),
                            type, a, type, b, ms));
                } else if (blocked(uf, a, b, different)) {
                    pending.add(new Pending("curation-different", Decision.Outcome.KEPT_APART, null, m.getValue(),
                            type, a, type, b, ms));
                } else {
                    uf.union(a, b);
                    pending.add(new Pending(rule.name(), Decision.Outcome.MERGED, null, m.getValue(), type, a, type, b, ms));
                }
            }
        }
        return uf;
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

    private void relate(Map<EntityType, TreeMap<String, List<StoredMention>>> groups, Map<EntityRef, EntityRef> canonical,
                        Curation curation, List<Pending> pending) {
        // Phases: X二期, X一二期, X四五六期 are parts of X when some document names X.
        for (var byType : groups.entrySet()) {
            for (var g : byType.getValue().entrySet()) {
                Matcher phase = PHASE.matcher(g.getKey());
                if (!phase.matches()) {
                    continue;
                }
                String whole = phase.group(1);
                EntityType wholeType = byType.getValue().containsKey(whole) ? byType.getKey() : uniqueType(groups, whole);
                if (wholeType != null && !curation.different(g.getKey(), whole)) {
                    relateIfApart(pending, canonical, "phase", Relation.Kind.PART_OF, 1.0, byType.getKey(), g.getKey(),
                            wholeType, whole, g.getValue(), groups.get(wholeType).get(whole));
                }
            }
        }
        // A project named after an enterprise: X项目, X技改项目 → enterprise X (at least 3 characters, or exact).
        var enterprises = groups.getOrDefault(EntityType.ENTERPRISE, new TreeMap<>());
        for (var p : groups.getOrDefault(EntityType.PROJECT, new TreeMap<>()).entrySet()) {
            String best = null;
            for (String e : enterprises.keySet()) {
                if ((p.getKey().equals(e) || e.length() >= 3 && p.getKey().startsWith(e))
                        && (best == null || e.length() > best.length())) {
                    best = e;
                }
            }
            if (best != null && !curation.different(p.getKey(), best)) {
                double score = Math.round(1000.0 * best.length() / p.getKey().length()) / 1000.0;
                relateIfApart(pending, canonical, "enterprise-project", Relation.Kind.OF_ENTERPRISE, score,
                        EntityType.PROJECT, p.getKey(), EntityType.ENTERPRISE, best, p.getValue(), enterprises.get(best));
            }
        }
        collectives(groups, canonical, curation, pending);
        for (Curation.Override o : curation.overrides()) {
            var byKey = groups.get(o.type());
            if (o.kind() == Curation.Kind.PART_OF && byKey != null && byKey.containsKey(o.key())
                    && byKey.containsKey(o.otherKey())) {
                relateIfApart(pending, canonical, "curation-part-of", Relation.Kind.PART_OF, 1.0, o.type(), o.key(),
                        o.type(), o.otherKey(), byKey.get(o.key()), byKey.get(o.otherKey()));
            }
        }
    }

    /**
     * Members of a numbered collective: in the sentence that names 四沟一渠 (or 五园), the other names
     * ending in 沟 and 渠 are its parts, but only if there are exactly four and one of them.
     */
    private void collectives(Map<EntityType, TreeMap<String, List<StoredMention>>> groups,
                             Map<EntityRef, EntityRef> canonical, Curation curation, List<Pending> pending) {
        Map<String, List<StoredMention>> bySentence = new TreeMap<>();
        groups.values().forEach(g -> g.values().forEach(l -> l.stream().filter(m -> m.evidenceStart() >= 0)
                .forEach(m -> bySentence.computeIfAbsent(m.document() + "@" + m.evidenceStart(), k -> new ArrayList<>())
                        .add(m))));
        for (List<StoredMention> sentence : bySentence.values()) {
            for (StoredMention c : sentence) {
                String key = NameKey.of(c.surface());
                Matcher cm = COLLECTIVE.matcher(key);
                if (!cm.find()) {
                    continue;
                }
                Map<Character, Integer> want = new TreeMap<>();
                Matcher part = COLLECTIVE_PART.matcher(cm.group(1));
                while (part.find()) {
                    want.merge(part.group(2).charAt(0), numeral(part.group(1)), Integer::sum);
                }
                if (want.values().stream().mapToInt(Integer::intValue).sum() < 2) {
                    continue;
                }
                Map<Character, TreeMap<String, StoredMention>> found = new TreeMap<>();
                for (StoredMention m : sentence) {
                    String k = NameKey.of(m.surface());
                    if (m != c && !k.equals(key) && want.containsKey(k.charAt(k.length() - 1))) {
                        found.computeIfAbsent(k.charAt(k.length() - 1), x -> new TreeMap<>())
                                .putIfAbsent(m.type().key() + "|" + k, m);
                    }
                }
                boolean exact = want.entrySet().stream().allMatch(w -> found.containsKey(w.getKey())
                        && found.get(w.getKey()).size() == w.getValue());
                if (!exact) {
                    continue;
                }
                for (var members : found.values()) {
                    for (StoredMention m : members.values()) {
                        String mk = NameKey.of(m.surface());
                        if (!curation.different(mk, key)) {
                            relateIfApart(pending, canonical, "enumerated-collective", Relation.Kind.PART_OF, 1.0,
                                    m.type(), mk, c.type(), key, List.of(m), List.of(c));
                        }
                    }
                }
            }
        }
    }

    private static void relateIfApart(List<Pending> pending, Map<EntityRef, EntityRef> canonical, String rule,
                                      Relation.Kind kind, double score, EntityType type, String key,
                                      EntityType otherType, String other, List<StoredMention> a, List<StoredMention> b) {
        if (canonical.get(new EntityRef(type, key)).equals(canonical.get(new EntityRef(otherType, other)))) {
            return;
        }
        List<StoredMention> ms = new ArrayList<>(a);
        ms.addAll(b);
        Pending p = new Pending(rule, Decision.Outcome.RELATED, kind, score, type, key, otherType, other, ms);
        if (pending.stream().noneMatch(q -> q.rule.equals(rule) && q.a.equals(key) && q.b.equals(other)
                && q.type == type && q.otherType == otherType)) {
            pending.add(p);
        }
    }

    private static EntityType uniqueType(Map<EntityType, TreeMap<String, List<StoredMention>>> groups, String key) {
        List<EntityType> types = groups.entrySet().stream().filter(e -> e.getValue().containsKey(key))
                .map(Map.Entry::getKey).toList();
        return types.size() == 1 ? types.get(0) : null;
    }

    static int numeral(String s) {
        String digits = "一二三四五六七八九";
        if (s.equals("两")) {
            return 2;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1)) + 1;
        return tens * 10 + ones;
    }

    private static List<StoredMention> both(Map<String, List<StoredMention>> byKey, String a, String b) {
        List<StoredMention> out = new ArrayList<>(byKey.get(a));
        out.addAll(byKey.get(b));
        return out;
    }

    /** The key with the most mentions (ties: longest, then lexical) names a merged entity. */
    private static String representative(List<String> keys, Map<String, List<StoredMention>> byKey) {
        return keys.stream().min(Comparator.<String>comparingInt(k -> -byKey.get(k).size())
                .thenComparingInt(k -> -k.length()).thenComparing(k -> k)).orElseThrow();
    }

    private static ResolvedEntity entity(EntityType type, String key, List<StoredMention> ms, String rule) {
        String label = label(key, ms);
        TreeSet<String> alt = ms.stream().map(StoredMention::surface).filter(s -> !s.equals(label))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> iris = ms.stream().map(StoredMention::iri).sorted().distinct().toList();
        TreeSet<String> industries = ms.stream().map(StoredMention::industry).filter(i -> i != null)
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> places = ms.stream().map(StoredMention::place).filter(p -> p != null)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ResolvedEntity(type, key, label, alt, iris, industries, places, null, rule);
    }

    /** The key itself when some document wrote it that way, else the most frequent surface (ties: longest, then lexical). */
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

    /** A decision before the final entity keys are known. */
    private record Pending(String rule, Decision.Outcome outcome, Relation.Kind relation, double score, EntityType type,
                           String a, EntityType otherType, String b, List<StoredMention> mentions) {
    }

    /** Union-find over names; the root is the lexically smallest name, so the result is order-independent. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) {
                return x;
            }
            String r = find(p);
            parent.put(x, r);
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }

        Map<String, List<String>> components(Collection<String> keys) {
            Map<String, List<String>> out = new TreeMap<>();
            for (String k : keys) {
                out.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
            }
            return out;
        }
    }
}
