package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The rows of the government page's targets-beside-reported-figures query, read graph by graph: the
 * government's documents (its {@code dct:spatial}), then the targets and reported figures each states in its
 * own graph, joined here on indicator and year. The query joined every mention of those documents over the
 * union graph (10,000 for a city with 26 reports) and looked at every reported figure of the indicator in
 * the store before keeping this government's.
 *
 * <p>The page shows them as {@link #shown} rows; resolution writes those of each government into the
 * statistics graph ({@code stat/figures/{place}}, one literal, {@link #write}), so the page reads one literal
 * instead of every target and figure of the government's documents (40 % of a city's page when computed).
 */
public final class GovernmentFigures {
    static final Node FIGURE_ROWS = PG.pg("figureRows");

    private GovernmentFigures() {
    }

    /** A reported figure of the government: indicator, year, value, unit, file. */
    private record Actual(Node indicator, Node year, Node value, Node unit, Node file) {
    }

    public static List<Binding> rows(DatasetGraph dsg, Node place) {
        List<Quad> docs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, PG.dctSpatial, place).forEachRemaining(docs::add);
        List<Binding> targets = new ArrayList<>();
        Set<Node> indicators = new LinkedHashSet<>();
        for (Quad d : docs) {
            Node g = d.getGraph();
            for (Node t : typed(dsg, g, PG.type(EntityType.TARGET))) {
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
            Map<Node, Map<Node, Node>> found = new LinkedHashMap<>();
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
        out.sort(Comparator.comparingInt((Binding r) -> Integer.parseInt(lex(r.get("ty"))))
                .thenComparing(r -> lex(r.get("il"))));
        return out;
    }

    private static List<Node> typed(DatasetGraph dsg, Node g, Node type) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, PG.rdfType, type).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** Stands in {@link #values} for "typed pg:Actual" (a subject may have several types). */
    private static final Node ACTUAL_TYPE = PG.type(EntityType.ACTUAL);

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

    /**
     * The rows as the page shows them: indicator label with year and unit, target, reported value, comparator
     * local name, reporting file; one per label and target value (the first in {@link #rows}' order).
     */
    public static List<List<String>> shown(List<Binding> rows) {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Binding r : rows) {
            String label = lex(r.get("il")) + " " + lex(r.get("ty")) + " (" + lex(r.get("unit")) + ")";
            if (seen.add(label + lex(r.get("value")))) {
                Node cmp = r.get("comparator");
                out.add(List.of(label, lex(r.get("value")), lex(r.get("av")),
                        cmp != null && cmp.isURI() ? PG.localName(cmp) : "", lex(r.get("afile"))));
            }
        }
        return out;
    }

    /** Writes each government's {@link #shown} rows into the statistics graph {@code out}. */
    static void write(Graph out, IriMinter iris, DatasetGraph dsg, Collection<Statistics.Doc> docs) {
        Set<Node> places = new LinkedHashSet<>();
        docs.forEach(d -> places.addAll(d.places()));
        for (Node place : places) {
            StringBuilder b = new StringBuilder();
            for (List<String> row : shown(rows(dsg, place))) {
                for (int i = 0; i < row.size(); i++) {
                    b.append(i == 0 ? "" : "\t").append(row.get(i).replace('\t', ' ').replace('\n', ' '));
                }
                b.append('\n');
            }
            out.add(node(iris, place), FIGURE_ROWS, NodeFactory.createLiteralString(b.toString()));
        }
    }

    /**
     * The government's {@link #shown} rows from the statistics graph, or computed from its documents when the
     * store holds no table for it (a store of an older layout, until it is resolved again).
     */
    public static List<List<String>> table(DatasetGraph dsg, IriMinter iris, Node place) {
        Iterator<Quad> it = dsg.find(iris.statisticsGraph(), node(iris, place), FIGURE_ROWS, Node.ANY);
        if (!it.hasNext()) {
            return shown(rows(dsg, place));
        }
        List<List<String>> out = new ArrayList<>();
        for (String line : it.next().getObject().getLiteralLexicalForm().split("\n")) {
            if (!line.isEmpty()) {
                out.add(List.of(line.split("\t", -1)));
            }
        }
        return out;
    }

    private static Node node(IriMinter iris, Node place) {
        return iris.statistic("figures/" + PG.localName(place));
    }

    private static String lex(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
