package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.text.NameMarks;
import org.pledgegraph.text.Places;

/**
 * Identity across governments. Each government's mentions are resolved on their own; this class joins the
 * entities of different governments that share a normalised name only when one government lies within the
 * other (a city and its district naming the same project; a government nested with two governments that are
 * not is joined with neither) or the name pins the thing down ({@link NameMarks}). Every join and every
 * refusal is a decision. An entity's key carries its government ({@code 410503|name}), for a nested join the
 * one that named it first (then the innermost), or {@code *|name} for a name that pins its thing down, so adding other governments' documents
 * leaves existing keys alone; documents without a jurisdiction keep the bare name as key.
 */
final class Governments {
    static final String NESTED = "same-name-nested-governments";
    static final String OTHER = "same-name-other-government";
    static final String NATIONAL = "*";

    private final Places places;
    private final NameMarks pins;

    Governments(Places places) {
        this.places = places;
        this.pins = new NameMarks(places);
    }

    /** One government's entity: its government and its ref within that government's resolution. */
    private record Node(String gov, EntityRef ref) implements Comparable<Node> {
        @Override
        public int compareTo(Node o) {
            int c = gov.compareTo(o.gov);
            return c != 0 ? c : ref.compareTo(o.ref);
        }

        String id() {
            return gov + "\u0000" + ref;
        }
    }

    private record Cross(String rule, Decision.Outcome outcome, double score, Node a, Node b, String name) {
    }

    /**
     * Joins the governments' resolutions. {@code documentYears} maps mention IRIs to their document's year: a
     * joined entity is keyed by the government that named it first, so adding newer reports of any government
     * (a district below a city already joined, a province above it) never moves an existing key.
     */
    Resolution combine(Map<String, Resolution> byGov, Map<String, Integer> documentYears) {
        Map<Node, ResolvedEntity> entities = new TreeMap<>();
        Map<EntityRef, List<Node>> byName = new TreeMap<>();
        for (var g : byGov.entrySet()) {
            for (ResolvedEntity e : g.getValue().entities()) {
                Node n = new Node(g.getKey(), new EntityRef(e.type(), e.key()));
                entities.put(n, e);
                for (String name : names(e)) {
                    byName.computeIfAbsent(new EntityRef(e.type(), name), k -> new ArrayList<>()).add(n);
                }
            }
        }
        UnionFind uf = new UnionFind();
        List<Cross> cross = new ArrayList<>();
        Map<EntityRef, List<Node>> shared = new TreeMap<>();
        for (var e : byName.entrySet()) {
            List<Node> nodes = e.getValue().stream().distinct().sorted().toList();
            if (nodes.stream().map(Node::gov).distinct().count() > 1) {
                shared.put(e.getKey(), nodes);
            }
        }
        // Names that pin their thing down first; then nested governments, over all of an entity's names at once.
        Map<EntityRef, List<Node>> unpinned = new TreeMap<>();
        shared.forEach((name, nodes) -> {
            if (!joinPinned(name, nodes, uf, cross)) {
                unpinned.put(name, nodes);
            }
        });
        Set<Node> ambiguous = ambiguous(unpinned);
        Map<String, Set<String>> govsOf = new HashMap<>();
        entities.keySet().forEach(n -> govsOf.computeIfAbsent(uf.find(n.id()), k -> new TreeSet<>()).add(n.gov()));
        unpinned.forEach((name, nodes) -> joinNested(name, nodes, ambiguous, uf, govsOf, cross));
        Map<String, List<Node>> components = new TreeMap<>();
        for (Node n : entities.keySet()) {
            components.computeIfAbsent(uf.find(n.id()), k -> new ArrayList<>()).add(n);
        }
        Map<Node, EntityRef> finalRef = new HashMap<>();
        List<ResolvedEntity> merged = new ArrayList<>();
        for (List<Node> members : components.values()) {
            Node keyNode = keyNode(members, entities, documentYears);
            EntityType type = keyNode.ref().type();
            String key = key(keyNode, entities.get(keyNode));
            members.forEach(m -> finalRef.put(m, new EntityRef(type, key)));
            merged.add(merge(type, key, keyNode, members, entities, cross));
        }
        return assemble(byGov, merged, finalRef, cross, entities);
    }

    /** Joins every government's entity named {@code name} if the name pins its thing down; false if it does not. */
    private boolean joinPinned(EntityRef name, List<Node> nodes, UnionFind uf, List<Cross> cross) {
        Optional<NameMarks.Mark> pin = pins.mark(name.type(), name.key());
        if (pin.isEmpty()) {
            return false;
        }
        for (Node n : nodes.subList(1, nodes.size())) {
            if (!n.gov().equals(nodes.get(0).gov())) {
                uf.union(nodes.get(0).id(), n.id());
                cross.add(new Cross(pin.get().rule(), Decision.Outcome.MERGED, 1.0, nodes.get(0), n, name.key()));
            }
        }
        return true;
    }

    /**
     * Entities that some name of theirs shares with two governments that are not nested with each other (a
     * city's 口袋公园 and two of its districts' ones): joined with neither.
     */
    private Set<Node> ambiguous(Map<EntityRef, List<Node>> unpinned) {
        Map<Node, Set<String>> partners = new TreeMap<>();
        for (List<Node> nodes : unpinned.values()) {
            for (Node x : nodes) {
                for (Node y : nodes) {
                    if (!y.gov().equals(x.gov()) && nested(x.gov(), y.gov())) {
                        partners.computeIfAbsent(x, k -> new TreeSet<>()).add(y.gov());
                    }
                }
            }
        }
        Set<Node> out = new TreeSet<>();
        partners.forEach((x, govs) -> {
            List<String> g = List.copyOf(govs);
            for (int i = 0; i < g.size() && !out.contains(x); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    if (!nested(g.get(i), g.get(j))) {
                        out.add(x);
                        break;
                    }
                }
            }
        });
        return out;
    }

    /**
     * Joins the entities of nested governments that share {@code name}, unless one is ambiguous or the join
     * would put two governments that are not nested into one entity; records one refusal per entity of a
     * government nested with none of the others.
     */
    private void joinNested(EntityRef name, List<Node> nodes, Set<Node> ambiguous, UnionFind uf,
                            Map<String, Set<String>> govsOf, List<Cross> cross) {
        Set<Node> apartRecorded = new TreeSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node x = nodes.get(i);
                Node y = nodes.get(j);
                if (x.gov().equals(y.gov())) {
                    continue;
                }
                if (nested(x.gov(), y.gov())) {
                    String rx = uf.find(x.id());
                    String ry = uf.find(y.id());
                    if (rx.equals(ry)) {
                        continue;
                    }
                    Set<String> joined = new TreeSet<>(govsOf.get(rx));
                    joined.addAll(govsOf.get(ry));
                    if (ambiguous.contains(x) || ambiguous.contains(y) || !chain(joined)) {
                        cross.add(new Cross("ambiguous:" + NESTED, Decision.Outcome.KEPT_APART, 1.0, x, y, name.key()));
                    } else {
                        uf.union(x.id(), y.id());
                        govsOf.put(uf.find(x.id()), joined);
                        cross.add(new Cross(NESTED, Decision.Outcome.MERGED, 1.0, x, y, name.key()));
                    }
                } else if (apartRecorded.add(y)) {
                    // One refusal per entity (against the first other government), not one per pair.
                    cross.add(new Cross(OTHER, Decision.Outcome.KEPT_APART, 1.0, x, y, name.key()));
                }
            }
        }
    }

    /** True if every two of the governments are nested (one chain from outer to inner). */
    private boolean chain(Set<String> govs) {
        List<String> g = List.copyOf(govs);
        for (int i = 0; i < g.size(); i++) {
            for (int j = i + 1; j < g.size(); j++) {
                if (!nested(g.get(i), g.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean nested(String a, String b) {
        return Place.isId(a) && Place.isId(b) && places.nested(a, b);
    }

    /**
     * The member whose name and government key the joined entity: a name that pins its thing down, else the
     * government whose documents named it first (documents of unknown year count as newest), then the
     * innermost government. A function of the stored documents, so the same documents ingested in any order get
     * the same keys; no key can also stay put under every addition (docs/resolution.md).
     */
    private Node keyNode(List<Node> members, Map<Node, ResolvedEntity> entities, Map<String, Integer> documentYears) {
        Comparator<Node> byPin = Comparator.comparing(n -> pinned(n, entities.get(n)) ? 0 : 1);
        Comparator<Node> first = Comparator.comparingInt(n -> firstYear(entities.get(n), documentYears));
        Comparator<Node> innermost = Comparator.comparing(n -> -depth(n.gov()));
        return members.stream().min(byPin.thenComparing(first).thenComparing(innermost)
                .thenComparing(n -> n.ref().key()).thenComparing(Node::gov)).orElseThrow();
    }

    private static int firstYear(ResolvedEntity e, Map<String, Integer> documentYears) {
        return e.mentions().stream().map(m -> documentYears.getOrDefault(m, 0)).filter(y -> y > 0)
                .min(Integer::compare).orElse(Integer.MAX_VALUE);
    }

    private boolean pinned(Node n, ResolvedEntity e) {
        return pins.mark(e.type(), e.key()).isPresent();
    }

    private int depth(String gov) {
        return places.get(gov).map(p -> p.level().ordinal()).orElse(PlaceLevel.TOWN.ordinal() + 1);
    }

    private String key(Node keyNode, ResolvedEntity e) {
        if (pinned(keyNode, e)) {
            return NATIONAL + "|" + e.key();
        }
        return keyNode.gov().isEmpty() ? e.key() : keyNode.gov() + "|" + e.key();
    }

    private static ResolvedEntity merge(EntityType type, String key, Node keyNode, List<Node> members,
                                        Map<Node, ResolvedEntity> entities, List<Cross> cross) {
        ResolvedEntity first = entities.get(keyNode);
        if (members.size() == 1) {
            return new ResolvedEntity(type, key, first.label(), first.altLabels(), first.mentions(), first.industries(),
                    first.places(), null, first.rule());
        }
        TreeSet<String> alt = new TreeSet<>();
        TreeSet<String> mentions = new TreeSet<>();
        TreeSet<String> industries = new TreeSet<>();
        TreeSet<String> placeIds = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        for (Node m : members) {
            ResolvedEntity e = entities.get(m);
            alt.add(e.label());
            alt.addAll(e.altLabels());
            mentions.addAll(e.mentions());
            industries.addAll(e.industries());
            placeIds.addAll(e.places());
            rules.add(e.rule());
        }
        cross.stream().filter(c -> c.outcome() == Decision.Outcome.MERGED && members.contains(c.a()))
                .forEach(c -> rules.add(c.rule()));
        alt.remove(first.label());
        return new ResolvedEntity(type, key, first.label(), alt, List.copyOf(mentions), industries, placeIds, null,
                String.join("+", rules));
    }

    /** The governments' relations and decisions in terms of the joined entities, plus the cross-government ones. */
    private static Resolution assemble(Map<String, Resolution> byGov, List<ResolvedEntity> merged,
                                       Map<Node, EntityRef> finalRef, List<Cross> cross,
                                       Map<Node, ResolvedEntity> entities) {
        Set<Relation> relations = new TreeSet<>(Comparator.comparing(Relation::subject).thenComparing(Relation::kind)
                .thenComparing(Relation::object));
        List<Decision> decisions = new ArrayList<>();
        for (var g : byGov.entrySet()) {
            for (Relation r : g.getValue().relations()) {
                EntityRef s = finalRef.get(new Node(g.getKey(), r.subject()));
                EntityRef o = finalRef.get(new Node(g.getKey(), r.object()));
                if (!s.equals(o)) {
                    relations.add(new Relation(s, r.kind(), o));
                }
            }
            for (Decision d : g.getValue().decisions()) {
                decisions.add(new Decision(d.rule(), d.outcome(), d.relation(), d.score(),
                        finalRef.get(new Node(g.getKey(), d.left())), finalRef.get(new Node(g.getKey(), d.right())),
                        d.leftName(), d.rightName(), d.mentions()));
            }
        }
        for (Cross c : cross) {
            List<String> mentions = new ArrayList<>(entities.get(c.a()).mentions());
            mentions.addAll(entities.get(c.b()).mentions());
            mentions.sort(null);
            decisions.add(new Decision(c.rule(), c.outcome(), null, c.score(), finalRef.get(c.a()), finalRef.get(c.b()),
                    c.a().gov() + ":" + c.name(), c.b().gov() + ":" + c.name(), mentions));
        }
        decisions.sort(Comparator.comparing(Decision::rule).thenComparing(Decision::left).thenComparing(Decision::right)
                .thenComparing(Decision::leftName).thenComparing(Decision::rightName));
        List<ResolvedEntity> out = merged.stream().map(e -> {
            EntityRef me = new EntityRef(e.type(), e.key());
            String whole = relations.stream().filter(r -> r.kind() == Relation.Kind.PART_OF && r.subject().equals(me)
                    && r.object().type() == e.type()).map(r -> r.object().key()).findFirst().orElse(null);
            return new ResolvedEntity(e.type(), e.key(), e.label(), e.altLabels(), e.mentions(), e.industries(),
                    e.places(), whole, e.rule());
        }).sorted(Comparator.comparing(e -> new EntityRef(e.type(), e.key()))).toList();
        return new Resolution(out, List.copyOf(relations), decisions);
    }

    /** The normalised names an entity goes by: its key and every surface's. */
    private static Set<String> names(ResolvedEntity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.key());
        out.add(NameKey.of(e.label()));
        e.altLabels().forEach(a -> out.add(NameKey.of(a)));
        return out;
    }

    /** Mentions grouped by their government (TreeMap: a fixed order, so resolution stays a pure function). */
    static Map<String, List<StoredMention>> byGovernment(java.util.Collection<StoredMention> mentions) {
        return mentions.stream().collect(Collectors.groupingBy(StoredMention::jurisdiction, TreeMap::new,
                Collectors.toList()));
    }
}
