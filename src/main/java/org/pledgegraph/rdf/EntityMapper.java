package org.pledgegraph.rdf;

import static org.pledgegraph.rdf.DocumentMapper.add;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.resolve.Decision;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.resolve.EntityRef;
import org.pledgegraph.resolve.EntityStats;
import org.pledgegraph.resolve.Relation;
import org.pledgegraph.resolve.Resolution;
import org.pledgegraph.resolve.ResolvedEntity;
import org.pledgegraph.text.Places;

/** Maps resolved entities, their relations and the resolution decisions to the triples of the entities graph. */
public final class EntityMapper {
    private final IriMinter iris;
    private final Places places;
    private final Newest newest;

    /**
     * The year of the newest stored document of each government (dct:spatial) and of the newest document
     * without one ({@code unplaced}, null if none): what decides pg:silentSince.
     */
    public record Newest(Map<Node, Integer> byPlace, Integer unplaced) {
        public static final Newest NONE = new Newest(Map.of(), null);

        public Newest {
            byPlace = Map.copyOf(byPlace);
        }

        /**
         * The pg:silentSince of a promise last named in {@code lastYear} by documents of {@code governments}:
         * {@code lastYear} when the newest document of those governments (of the unplaced documents, when none
         * has any) is newer, else null.
         */
        public Integer silentSince(List<Node> governments, int lastYear) {
            Integer year = governments.stream().map(byPlace::get).filter(Objects::nonNull).max(Integer::compare)
                    .orElse(unplaced);
            return year != null && year > lastYear ? lastYear : null;
        }
    }

    public EntityMapper(IriMinter iris) {
        this(iris, Places.of(List.of()), Newest.NONE);
    }

    /**
     * With the place table, a coded town an entity lies in is described here (the places graph stops at
     * counties); with the newest document years, promises get pg:silentSince.
     */
    public EntityMapper(IriMinter iris, Places places, Newest newest) {
        this.iris = iris;
        this.places = places;
        this.newest = newest;
    }

    /**
     * The entities graph: entities with their {@link EntityStats} (from {@code mentions}, the resolver's
     * input), relations and decisions.
     */
    public Graph map(Resolution r, List<StoredMention> mentions) {
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, StoredMention> byIri = new HashMap<>();
        mentions.forEach(m -> byIri.put(m.iri(), m));
        for (ResolvedEntity e : r.entities()) {
            Node node = entity(g, e);
            List<StoredMention> own = e.mentions().stream().map(byIri::get).filter(Objects::nonNull).toList();
            // The governments whose documents name it: what the jurisdiction filters of the named queries read.
            List<Node> governments = own.stream().map(StoredMention::jurisdiction).filter(j -> !j.isEmpty()).distinct()
                    .map(iris::placeWithLocalName).toList();
            governments.forEach(j -> add(g, node, PG.jurisdiction, j));
            if (!own.isEmpty()) {
                EntityStats s = EntityStats.of(own);
                stats(g, node, s);
                silentSince(g, node, s, governments);
            }
        }
        for (Relation rel : r.relations()) {
            Node s = node(rel.subject());
            Node o = node(rel.object());
            if (rel.kind() == Relation.Kind.PART_OF) {
                add(g, s, PG.partOf, o);
                add(g, o, PG.hasPart, s);
            } else {
                add(g, s, PG.ofEnterprise, o);
            }
        }
        // Decisions with one key share a node: the same two names decided for two governments (a zone's name with
        // and without its city's name, under a province and under one of that city's districts) may score
        // differently. The node says what its most confident decision says, with every decision's mentions.
        Map<Node, List<Decision>> byNode = new LinkedHashMap<>();
        for (Decision d : r.decisions()) {
            // Keyed by the entities too: one pair of names is decided once per government.
            Node n = iris.decision(d.rule() + "|" + d.left() + "|" + d.leftName() + "|" + d.right() + "|"
                    + d.rightName());
            byNode.computeIfAbsent(n, k -> new ArrayList<>()).add(d);
        }
        Map<Node, Set<String>> involved = new LinkedHashMap<>();
        byNode.forEach((n, ds) -> {
            Decision d = ds.stream().max(Comparator.comparingDouble(Decision::score)).orElseThrow();
            Set<String> involves = new HashSet<>();
            ds.forEach(x -> involves.addAll(x.mentions()));
            involved.put(n, involves);
            add(g, n, PG.rdfType, PG.ResolutionDecision);
            add(g, n, PG.rule, NodeFactory.createLiteralString(d.rule()));
            add(g, n, PG.score, NodeFactory.createLiteralDT(BigDecimal.valueOf(d.score()).toPlainString(),
                    XSDDatatype.XSDdecimal));
            add(g, n, PG.outcome, switch (d.outcome()) {
                case MERGED -> PG.Merged;
                case RELATED -> PG.Related;
                case KEPT_APART -> PG.KeptApart;
            });
            if (d.relation() != null) {
                add(g, n, PG.assertedProperty, d.relation() == Relation.Kind.PART_OF ? PG.partOf : PG.ofEnterprise);
            }
            add(g, n, PG.leftName, zh(d.leftName()));
            add(g, n, PG.rightName, zh(d.rightName()));
            add(g, n, PG.leftEntity, node(d.left()));
            add(g, n, PG.rightEntity, node(d.right()));
            for (String m : involves) {
                add(g, n, PG.involvesMention, NodeFactory.createURI(m));
            }
        });
        // Written here so that `decisions` reads one number instead of grouping every decision's mentions
        // (at 1,000 documents that GROUP BY alone passed 5 s).
        involved.forEach((n, ms) -> {
            if (!ms.isEmpty()) {
                add(g, n, PG.mentionCount, DocumentMapper.integer(ms.size()));
            }
        });
        return g;
    }

    private Node entity(Graph g, ResolvedEntity e) {
        Node node = iris.entity(e.type(), e.key());
        add(g, node, PG.rdfType, PG.type(e.type()));
        add(g, node, PG.rdfsLabel, zh(e.label()));
        for (String alt : e.altLabels()) {
            add(g, node, PG.skosAltLabel, zh(alt));
        }
        for (String industry : e.industries()) {
            add(g, node, PG.industry, PG.industryConcept(industry));
        }
        for (String place : e.places()) {
            Node p = iris.place(place);
            Place coded = Place.isId(place) ? places.get(place).orElse(null) : null;
            if (coded == null) {
                add(g, p, PG.rdfType, PG.Place);
                add(g, p, PG.rdfsLabel, zh(place));
            } else if (coded.level() == PlaceLevel.TOWN) {
                PlaceGraph.describe(g, coded, iris);
            }
            add(g, node, PG.locatedIn, p);
        }
        for (String mention : e.mentions()) {
            add(g, NodeFactory.createURI(mention), PG.mentions, node);
        }
        return node;
    }

    private static void stats(Graph g, Node node, EntityStats s) {
        add(g, node, PG.mentionCount, DocumentMapper.integer(s.mentionCount()));
        add(g, node, PG.documentCount, DocumentMapper.integer(s.documentCount()));
        add(g, node, PG.firstYear, DocumentMapper.integer(s.firstYear()));
        add(g, node, PG.lastYear, DocumentMapper.integer(s.lastYear()));
        add(g, node, PG.promiseCount, DocumentMapper.integer(s.promiseDocuments()));
        if (s.firstPromised() != null) {
            add(g, node, PG.firstPromised, DocumentMapper.integer(s.firstPromised()));
        }
        if (s.completedIn() != null) {
            add(g, node, PG.completedIn, DocumentMapper.integer(s.completedIn()));
        }
        if (s.lastStage() != null) {
            add(g, node, PG.lastStage, PG.of(s.lastStage()));
            add(g, node, PG.lastStageYear, DocumentMapper.integer(s.lastStageYear()));
        }
    }

    /**
     * pg:silentSince: the promise's last year when a newer document of a government that names it exists (of
     * any government without one when none does; documents without dct:spatial count as one place).
     * Precomputed because `promise-status` otherwise joins every entity with every document of its
     * governments (seconds at 1,000 documents).
     */
    private void silentSince(Graph g, Node node, EntityStats s, List<Node> governments) {
        Integer since = s.firstPromised() == null ? null : newest.silentSince(governments, s.lastYear());
        if (since != null) {
            add(g, node, PG.silentSince, DocumentMapper.integer(since));
        }
    }

    private Node node(EntityRef ref) {
        return iris.entity(ref.type(), ref.key());
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
