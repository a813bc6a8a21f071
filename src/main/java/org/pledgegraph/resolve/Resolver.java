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
import java.util.stream.Collectors;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.text.Places;

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
 * override forbids it ({@code Clusterer}); (3) relations ({@code Relater}): phases ({@code X二期},
 * {@code X一二期} part of {@code X} when some document names X), a project named after an enterprise
 * ({@code X技改项目} of enterprise {@code X}), members a sentence enumerates next to a numbered
 * collective ({@code 四沟一渠}), and {@code part-of} overrides. Every step is recorded as a
 * {@link Decision}; this class builds the entities and turns the decisions' names into entity refs.
 */
public final class Resolver {
    private final Clusterer clusterer;
    private final Governments governments;
    private final Places places;

    /** Without a place table: governments are joined only when their names pin the thing down by its kind. */
    public Resolver() {
        this(Places.of(List.of()));
    }

    /** With the place table that tells which governments lie within which (and which names carry a place). */
    public Resolver(Places places) {
        this(MergeRule.defaults(), places);
    }

    Resolver(List<MergeRule> rules) {
        this(rules, Places.of(List.of()));
    }

    Resolver(List<MergeRule> rules, Places places) {
        this.clusterer = new Clusterer(rules);
        this.governments = new Governments(places);
        this.places = places;
    }

    /** Entities only, without user overrides. */
    public List<ResolvedEntity> resolve(Collection<StoredMention> mentions) {
        return resolve(mentions, Curation.NONE).entities();
    }

    /**
     * Resolves each government's mentions on its own (every rule, override and relation stays inside one
     * government), then joins entities across governments where {@link Governments} allows.
     */
    public Resolution resolve(Collection<StoredMention> mentions, Curation curation) {
        // Each government on its own, so several at a time (the common pool and this thread): resolution is the
        // ingest writer thread's, and the other core idled through it. Collected by name, as one by one.
        Map<String, Resolution> byGov = new TreeMap<>(Governments.byGovernment(mentions).entrySet().parallelStream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        g -> resolveOne(g.getKey(), g.getValue(), curation))));
        Map<String, Integer> years = new HashMap<>();
        mentions.forEach(m -> years.put(m.iri(), m.documentYear()));
        return governments.combine(byGov, years);
    }

    /** Resolution within one government: entity keys are the bare normalised names. */
    private Resolution resolveOne(String gov, Collection<StoredMention> mentions, Curation curation) {
        List<PendingDecision> pending = new ArrayList<>();
        Map<EntityType, TreeMap<String, List<StoredMention>>> groups = group(mentions, pending);
        // Rules that need the place table or to know whose reports these are (the government's own name as a prefix).
        DropPlacePrefix placePrefix = new DropPlacePrefix(places, gov);
        Clusterer local = clusterer.with(placePrefix, new ParentheticalPlace(places),
                new InsertedPlace(places), new InnerPlaceShortRest(places, gov), new PlacedShortenedName(placePrefix),
                new BracketNote(places), new TerminiAbbreviation(places));
        unifyTypes(local, groups, curation, pending);
        Map<EntityType, Collection<List<String>>> clusters = new TreeMap<>();
        for (var byType : groups.entrySet()) {
            clusters.put(byType.getKey(), local.cluster(byType.getKey(), byType.getValue(), curation, pending));
        }
        Map<EntityRef, EntityRef> canonical = new HashMap<>();
        List<ResolvedEntity> entities = entities(groups, clusters, canonical, pending);

        new Relater(groups, canonical, curation, pending, placePrefix).relate();

        List<Decision> decisions = new ArrayList<>();
        Set<Relation> relations = new TreeSet<>(Comparator.comparing(Relation::subject).thenComparing(Relation::kind)
                .thenComparing(Relation::object));
        for (PendingDecision p : pending) {
            EntityRef left = canonical.get(new EntityRef(p.type(), NameKey.of(untyped(p, p.a()))));
            EntityRef right = canonical.get(new EntityRef(p.otherType(), NameKey.of(untyped(p, p.b()))));
            List<String> iris = p.mentions().stream().map(StoredMention::iri).distinct().sorted().toList();
            decisions.add(new Decision(p.rule(), p.outcome(), p.relation(), p.score(), left, right, p.a(), p.b(), iris));
            if (p.outcome() == Decision.Outcome.RELATED && !left.equals(right)) {
                relations.add(new Relation(left, p.relation(), right));
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

    /**
     * Names of different types that a rule joins are one thing the recognisers typed differently in two reports
     * (轨道18号线 a road, 18号线 a project; 某区能源科技城 a park, 能源科技城 a facility): each such cluster moves to
     * the type most of its mentions have (ties: the first in {@link EntityType} order), so that clustering by
     * type joins it and records the rule. Enterprises never move: a project named after its company is not it.
     * A name a rule matches with two others across types stays where it is (the rules' ambiguity refusal).
     */
    private static void unifyTypes(Clusterer clusterer, Map<EntityType, TreeMap<String, List<StoredMention>>> groups,
                                   Curation curation, List<PendingDecision> pending) {
        TreeMap<String, List<StoredMention>> all = new TreeMap<>();
        Map<String, EntityType> typeOf = new HashMap<>();
        groups.forEach((t, byKey) -> {
            if (t != EntityType.ENTERPRISE) {
                byKey.forEach((k, ms) -> {
                    all.put(k, ms);
                    typeOf.put(k, t);
                });
            }
        });
        for (List<String> cluster : clusterer.cluster(null, all, curation, new ArrayList<>())) {
            Map<EntityType, Integer> sizes = new TreeMap<>();
            cluster.forEach(k -> sizes.merge(typeOf.get(k), all.get(k).size(), Integer::sum));
            if (sizes.size() < 2) {
                continue;
            }
            EntityType winner = sizes.entrySet().stream().min(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(
                    e -> -e.getValue()).thenComparing(Map.Entry::getKey)).orElseThrow().getKey();
            for (String k : cluster) {
                EntityType from = typeOf.get(k);
                if (from != winner) {
                    groups.get(winner).put(k, groups.get(from).remove(k));
                    // The same name's earlier join across types now lives in the winner type too.
                    pending.replaceAll(p -> p.rule().equals(OTHER_TYPE) && p.type() == from
                            && NameKey.of(untypedName(p.a())).equals(k) ? new PendingDecision(p.rule(), p.outcome(),
                            p.relation(), p.score(), winner, p.a(), winner, p.b(), p.mentions()) : p);
                }
            }
        }
    }

    /** The name a decision compared; a cross-type join names {@code type:name}. */
    private static String untyped(PendingDecision p, String name) {
        return p.rule().equals(OTHER_TYPE) ? untypedName(name) : name;
    }

    private static String untypedName(String typedName) {
        return typedName.substring(typedName.indexOf(':') + 1);
    }

    /** Rule id of a join of one name that the extractor typed differently in different sentences. */
    static final String OTHER_TYPE = "same-name-other-type";

    /**
     * Mentions other than figures, by type and normalised name, each list in IRI order. One government's
     * reports that write the same name are naming one thing even when the recognisers typed it differently
     * (a facility in one sentence, its project in the next; a park here, a project there): such mentions
     * go to the type most of them have (ties: the first type in {@link EntityType} order) and the join is
     * recorded. Enterprises are never joined this way: a project named after its company is not the company.
     */
    private static Map<EntityType, TreeMap<String, List<StoredMention>>> group(Collection<StoredMention> mentions,
                                                                             List<PendingDecision> pending) {
        Map<String, Map<EntityType, List<StoredMention>>> byKey = new TreeMap<>();
        for (StoredMention m : mentions) {
            if (!m.type().isFigure()) {
                byKey.computeIfAbsent(NameKey.of(m.surface()), k -> new TreeMap<>())
                        .computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
            }
        }
        Map<EntityType, TreeMap<String, List<StoredMention>>> groups = new TreeMap<>();
        for (var e : byKey.entrySet()) {
            String key = e.getKey();
            Map<EntityType, List<StoredMention>> types = e.getValue();
            List<EntityType> joinable = types.keySet().stream().filter(t -> t != EntityType.ENTERPRISE).toList();
            EntityType winner = joinable.stream().min(Comparator.<EntityType>comparingInt(t -> -types.get(t).size())
                    .thenComparing(t -> t)).orElse(null);
            for (var t : types.entrySet()) {
                EntityType to = joinable.contains(t.getKey()) ? winner : t.getKey();
                groups.computeIfAbsent(to, x -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                        .addAll(t.getValue());
                if (to != t.getKey()) {
                    List<StoredMention> both = new ArrayList<>(types.get(winner));
                    both.addAll(t.getValue());
                    both.sort(Comparator.comparing(StoredMention::iri));
                    pending.add(new PendingDecision(OTHER_TYPE, Decision.Outcome.MERGED, null, 1.0, to,
                            winner.key() + ":" + key, to, t.getKey().key() + ":" + key, both));
                }
            }
        }
        groups.values().forEach(g -> g.values().forEach(l -> l.sort(Comparator.comparing(StoredMention::iri))));
        return groups;
    }

    /**
     * One entity per cluster, sorted by ref. Fills {@code canonical} with where each (type, name) ended
     * up, and records surfaces that share a normalised name in {@code pending}.
     */
    private static List<ResolvedEntity> entities(Map<EntityType, TreeMap<String, List<StoredMention>>> groups,
                                                 Map<EntityType, Collection<List<String>>> clusters,
                                                 Map<EntityRef, EntityRef> canonical, List<PendingDecision> pending) {
        List<ResolvedEntity> entities = new ArrayList<>();
        for (var byType : groups.entrySet()) {
            EntityType type = byType.getKey();
            for (List<String> keys : clusters.get(type)) {
                List<StoredMention> ms = keys.stream().flatMap(k -> byType.getValue().get(k).stream()).toList();
                String key = representative(keys, byType.getValue());
                for (String k : keys) {
                    canonical.put(new EntityRef(type, k), new EntityRef(type, key));
                }
                entities.add(entity(type, key, ms, keys.size() == 1 ? "same-normalised-name"
                        : pending.stream().filter(p -> p.outcome() == Decision.Outcome.MERGED && p.type() == type
                                && keys.contains(p.a())).map(PendingDecision::rule).distinct().sorted()
                                .collect(Collectors.joining("+"))));
                // Surfaces that differ only in quotes or a trailing 项目/建设/工程 are recorded too.
                for (String k : keys) {
                    TreeSet<String> surfaces = byType.getValue().get(k).stream().map(StoredMention::surface)
                            .collect(Collectors.toCollection(TreeSet::new));
                    if (surfaces.size() > 1) {
                        for (String s : surfaces) {
                            if (!s.equals(surfaces.first())) {
                                pending.add(new PendingDecision("same-normalised-name", Decision.Outcome.MERGED, null,
                                        1.0, type, surfaces.first(), type, s, byType.getValue().get(k)));
                            }
                        }
                    }
                }
            }
        }
        entities.sort(Comparator.comparing(e -> new EntityRef(e.type(), e.key())));
        return entities;
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
}
