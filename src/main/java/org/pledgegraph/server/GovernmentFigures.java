package org.pledgegraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.pledgegraph.rdf.PG;

/**
 * The rows of {@link PlacePage}'s targets-beside-reported-figures query, read graph by graph: the
 * government's documents (its {@code dct:spatial}), then the targets and reported figures each states in its
 * own graph, joined here on indicator and year. The query joined every mention of those documents over the
 * union graph (10,000 for a city with 26 reports) and looked at every reported figure of the indicator in
 * the store before keeping this government's.
 */
final class GovernmentFigures {
    private GovernmentFigures() {
    }

    /** A reported figure of the government: indicator, year, value, unit, file. */
    private record Actual(Node indicator, Node year, Node value, Node unit, Node file) {
    }

    static List<Binding> rows(DatasetGraph dsg, Node place) {
        List<Quad> docs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PG.dctSpatial, place).forEachRemaining(docs::add);
        List<Binding> targets = new ArrayList<>();
        java.util.Set<Node> indicators = new java.util.LinkedHashSet<>();
        for (Quad d : docs) {
            Node g = d.getGraph();
            for (Node t : typed(dsg, g, PG.type(org.pledgegraph.model.EntityType.TARGET))) {
                Map<Node, Node> v = values(dsg, g, t);
                Node ind = v.get(PG.indicator);
                Node il = v.get(PG.indicatorLabel);
                Node ty = v.get(PG.targetYear);
                Node value = v.get(PG.value);
                Node cmp = v.get(PG.comparator);
                if (ind == null || il == null || ty == null || value == null || cmp == null || !mentioned(dsg, g, t)) {
                    continue;
                }
                BindingBuilder b = Binding.builder().add(Var.alloc("il"), il).add(Var.alloc("ty"), ty)
                        .add(Var.alloc("value"), value).add(Var.alloc("comparator"), cmp).add(Var.alloc("ind"), ind);
                Node unit = v.get(PG.unit);
                if (unit != null) {
                    b.add(Var.alloc("unit"), unit);
                }
                targets.add(b.build());
                indicators.add(ind);
            }
        }
        // Only the reported figures of an indicator some target has can be shown beside one: a document
        // reports hundreds of figures and states a few dozen targets, so these are found from the indicator.
        Map<List<Node>, List<Actual>> actuals = new HashMap<>();
        for (Quad d : docs) {
            Node g = d.getGraph();
            Node file = one(dsg, g, d.getSubject(), PG.sourceFile);
            if (file == null) {
                continue;
            }
            // The figures of one indicator come in the index order of their IRIs, as when every figure of the
            // graph was read by type: the rows of one indicator and year keep their order (the page shows the first).
            Map<Node, Map<Node, Node>> found = new java.util.LinkedHashMap<>();
            for (Node ind : indicators) {
                dsg.find(g, Node.ANY, PG.indicator, ind).forEachRemaining(q -> {
                    Map<Node, Node> v = values(dsg, g, q.getSubject());
                    if (ind.equals(v.get(PG.indicator)) && v.containsKey(ACTUAL_TYPE)) {
                        found.put(q.getSubject(), v);
                    }
                });
            }
            for (Map.Entry<Node, Map<Node, Node>> e : found.entrySet()) {
                Map<Node, Node> v = e.getValue();
                Node ind = v.get(PG.indicator);
                Node py = v.get(PG.periodYear);
                Node value = v.get(PG.value);
                if (py != null && value != null && mentioned(dsg, g, e.getKey())) {
                    actuals.computeIfAbsent(List.of(ind, py), k -> new ArrayList<>())
                            .add(new Actual(ind, py, value, v.get(PG.unit), file));
                }
            }
        }
        List<Binding> out = new ArrayList<>();
        for (Binding t : targets) {
            List<Actual> as = actuals.getOrDefault(List.of(t.get("ind"), t.get("ty")), List.of());
            if (as.isEmpty()) {
                out.add(t);
            }
            for (Actual a : as) {
                BindingBuilder b = Binding.builder(t).add(Var.alloc("av"), a.value()).add(Var.alloc("afile"), a.file());
                if (a.unit() != null) {
                    b.add(Var.alloc("au"), a.unit());
                }
                out.add(b.build());
            }
        }
        out.sort(Comparator.comparingInt((Binding r) -> Integer.parseInt(Layout.lex(r.get("ty"))))
                .thenComparing(r -> Layout.lex(r.get("il"))));
        return out;
    }

    private static List<Node> typed(DatasetGraph dsg, Node g, Node type) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, PG.rdfType, type).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Stands in {@link #values} for "typed pg:Actual" (a subject may have several types). */
    private static final Node ACTUAL_TYPE = PG.type(org.pledgegraph.model.EntityType.ACTUAL);

    private static boolean mentioned(DatasetGraph dsg, Node g, Node figure) {
        return dsg.find(g, Node.ANY, PG.mentions, figure).hasNext();
    }

    /**
     * The first object of each property of {@code s} in {@code g} (and {@link #ACTUAL_TYPE} as a key when it is
     * typed so), from one scan of its triples: the same object as a look-up per property (both read the
     * subject's index in object order), at one index probe instead of six.
     */
    private static Map<Node, Node> values(DatasetGraph dsg, Node g, Node s) {
        Map<Node, Node> out = new HashMap<>();
        dsg.find(g, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(PG.rdfType) && q.getObject().equals(ACTUAL_TYPE)) {
                out.put(ACTUAL_TYPE, ACTUAL_TYPE);
            } else {
                out.putIfAbsent(q.getPredicate(), q.getObject());
            }
        });
        return out;
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
