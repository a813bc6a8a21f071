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
        List<Binding> targets = new ArrayList<>();
        Map<List<Node>, List<Actual>> actuals = new HashMap<>();
        for (Iterator<Quad> docs = dsg.find(Node.ANY, Node.ANY, PG.dctSpatial, place); docs.hasNext(); ) {
            Quad d = docs.next();
            Node g = d.getGraph();
            Node file = one(dsg, g, d.getSubject(), PG.sourceFile);
            for (Node t : typed(dsg, g, PG.type(org.pledgegraph.model.EntityType.TARGET))) {
                Node ind = one(dsg, g, t, PG.indicator);
                Node il = one(dsg, g, t, PG.indicatorLabel);
                Node ty = one(dsg, g, t, PG.targetYear);
                Node value = one(dsg, g, t, PG.value);
                Node cmp = one(dsg, g, t, PG.comparator);
                if (ind == null || il == null || ty == null || value == null || cmp == null
                        || !dsg.find(g, Node.ANY, PG.mentions, t).hasNext()) {
                    continue;
                }
                BindingBuilder b = Binding.builder().add(Var.alloc("il"), il).add(Var.alloc("ty"), ty)
                        .add(Var.alloc("value"), value).add(Var.alloc("comparator"), cmp).add(Var.alloc("ind"), ind);
                Node unit = one(dsg, g, t, PG.unit);
                if (unit != null) {
                    b.add(Var.alloc("unit"), unit);
                }
                targets.add(b.build());
            }
            if (file == null) {
                continue;
            }
            for (Node a : typed(dsg, g, PG.type(org.pledgegraph.model.EntityType.ACTUAL))) {
                Node ind = one(dsg, g, a, PG.indicator);
                Node py = one(dsg, g, a, PG.periodYear);
                Node value = one(dsg, g, a, PG.value);
                if (ind != null && py != null && value != null && dsg.find(g, Node.ANY, PG.mentions, a).hasNext()) {
                    actuals.computeIfAbsent(List.of(ind, py), k -> new ArrayList<>())
                            .add(new Actual(ind, py, value, one(dsg, g, a, PG.unit), file));
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

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
