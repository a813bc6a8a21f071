package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.pledgegraph.rdf.PG;

/**
 * The rows of {@code targets-vs-actuals} ({@code targets-vs-actuals-rows.rq}) computed by look-ups over the store's
 * quads instead of by that query: its evaluation (hash joins over every reported figure, the GROUP BY, the sort) was
 * the largest of the statistics tables at ingest (BENCHMARKS.md, stats24 and perf26i). Each step below is one
 * part of the query, with its semantics: the default graph is the union of the named graphs, a figure's own
 * pattern ({@code GRAPH ?ag}) is matched inside one graph, an OPTIONAL whose left side leaves a shared variable
 * unbound joins with any value of it (a target without a jurisdiction pairs with a figure of any jurisdiction; a
 * target without a unit takes the unit of the candidates it lists), values are compared by SPARQL's operators
 * ({@link XSDFuncOp}, {@link NodeValue}), and an expression that fails leaves its variable unbound.
 *
 * <p>A row without candidates has no {@code ?candidate} (see {@link Texts}).
 * One thing the query leaves open is defined here: {@code GROUP_CONCAT(DISTINCT ?c)} joins the candidates in
 * the order the engine meets them; here they are sorted by their text. Rows equal in every column of the page
 * order are ordered by {@code ?ind}, then {@code ?td}.
 */
final class TargetRows {
    static final Node TARGET = PG.pg("Target");
    static final Node ACTUAL = PG.pg("Actual");
    static final Node AT_MOST = PG.pg("AtMost");
    static final Node APPROXIMATELY = PG.pg("Approximately");
    private static final Node PERIOD_YEAR = PG.pg("periodYear");
    private static final Node TARGET_YEAR = PG.pg("targetYear");
    private static final Node INDICATOR_LABEL = PG.pg("indicatorLabel");
    private static final Node NO_INDICATOR = NodeFactory.createLiteralString("no indicator");
    private static final Node EMPTY = NodeFactory.createLiteralString("");
    private static final NodeValue PERCENT = NodeValue.makeString("%");
    private static final NodeValue HALF = NodeValue.makeDecimal("0.5");
    private static final NodeValue FIVE_PERCENT = NodeValue.makeDecimal("0.05");
    private static final Pattern LEADING_VERB = Pattern.compile("^(实现|完成|新增|达到|累计|全年)");
    /** The columns, as the query projects them. */
    static final List<String> COLUMNS = List.of("target", "indicatorLabel", "targetYear", "comparator", "value", "unit",
            "targetFile", "actualValue", "actualUnit", "actualFile", "status", "targetEvidence", "actualEvidence",
            "candidate", "ind", "td");
    // Positions of the group key (every column but ?candidate), in COLUMNS order.
    private static final int TARGET_I = 0, LABEL = 1, YEAR = 2, COMPARATOR = 3, VALUE = 4, UNIT = 5, FILE = 6,
            ACTUAL_VALUE = 7, ACTUAL_UNIT = 8, ACTUAL_FILE = 9, STATUS = 10, EVIDENCE = 11, ACTUAL_EVIDENCE = 12,
            IND = 13, TD = 14;

    private final DatasetGraph dsg;
    private final Map<Node, Doc> docs = new HashMap<>();

    /** A document's source files and places over the union graph. */
    private record Doc(List<Node> files, List<Node> places) {
    }

    /** A reported figure with an indicator, as the pairing subquery gives it. */
    private record Paired(Node where, Node year, Node indicator, Node value, Node unit, Node file, Node evidence) {
    }

    /** A figure without an indicator, as the candidates' subquery gives it. */
    private record Candidate(Node where, Node year, Node unit, NodeValue core, String text) {
    }

    /**
     * A group's candidate texts, and whether one of its rows had none: Jena's GROUP_CONCAT is then unbound (an
     * aggregate over a row whose expression fails fails), as when a target's document has two places and only
     * one of them lists candidates.
     */
    private static final class Texts {
        final TreeSet<String> texts = new TreeSet<>();
        boolean unbound;
    }

    private TargetRows(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The rows, in the query's page order; call inside a transaction. */
    static List<Binding> compute(DatasetGraph dsg, Query query) {
        return new TargetRows(dsg).rows(query);
    }

    private List<Binding> rows(Query query) {
        Map<List<Node>, List<Paired>> pairedByPlace = new HashMap<>();
        Map<List<Node>, List<Paired>> pairedByYear = new HashMap<>();
        Map<Object, List<Candidate>> candidatesByYear = new HashMap<>();
        figures(pairedByPlace, pairedByYear, candidatesByYear);
        Map<Node, List<NodeValue>> yearsByPlace = documentYears();
        // group key -> candidate texts (GROUP BY every column but ?candidate; GROUP_CONCAT(DISTINCT ?c))
        Map<List<Node>, Texts> groups = new LinkedHashMap<>();
        dsg.find(Quad.unionGraph, Node.ANY, TARGET_YEAR, Node.ANY).forEachRemaining(q -> {
            Node target = q.getSubject();
            if (dsg.contains(Quad.unionGraph, target, PG.rdfType, TARGET)) {
                target(target, q.getObject(), pairedByPlace, pairedByYear, candidatesByYear, yearsByPlace, groups);
            }
        });
        List<Map<String, Node>> out = new ArrayList<>(groups.size());
        groups.forEach((key, texts) -> {
            TreeSet<String> candidates = texts.unbound ? new TreeSet<>() : texts.texts;
            Map<String, Node> row = new LinkedHashMap<>();
            for (int i = 0, k = 0; i < COLUMNS.size(); i++) {
                Node v = COLUMNS.get(i).equals("candidate")
                        ? (candidates.isEmpty() ? null : NodeFactory.createLiteralString(String.join(" | ", candidates)))
                        : key.get(k++);
                if (v != null) {
                    row.put(COLUMNS.get(i), v);
                }
            }
            out.add(row);
        });
        return TableOrder.sort(out, query, List.of("ind", "td"));
    }

    /** One target: every combination of its values, mentions, documents and places, paired and grouped. */
    private void target(Node target, Node year, Map<List<Node>, List<Paired>> pairedByPlace,
                        Map<List<Node>, List<Paired>> pairedByYear, Map<Object, List<Candidate>> candidatesByYear,
                        Map<Node, List<NodeValue>> yearsByPlace, Map<List<Node>, Texts> groups) {
        List<Node> labels = union(target, INDICATOR_LABEL);
        List<Node> values = union(target, PG.value);
        List<Node> comparators = union(target, PG.comparator);
        List<Node> units = orNone(union(target, PG.unit));
        List<Node> inds = orNone(union(target, PG.indicator));
        if (labels.isEmpty() || values.isEmpty() || comparators.isEmpty()) {
            return;
        }
        List<Node> mentions = new ArrayList<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.mentions, target).forEachRemaining(m -> mentions.add(m.getSubject()));
        for (Node tm : Quads.distinct(mentions)) {
            List<Node> evidences = union(tm, PG.evidence);
            for (Node td : union(tm, PG.inDocument)) {
                Doc doc = doc(td);
                for (Node label : labels) for (Node value : values) for (Node comparator : comparators)
                for (Node unit : units) for (Node ind : inds) for (Node evidence : evidences)
                for (Node file : doc.files()) for (Node where : orNone(doc.places())) {
                    Node[] key = new Node[15];
                    key[TARGET_I] = target;
                    key[LABEL] = label;
                    key[YEAR] = year;
                    key[COMPARATOR] = comparator;
                    key[VALUE] = value;
                    key[UNIT] = unit;
                    key[FILE] = file;
                    key[EVIDENCE] = evidence;
                    key[IND] = ind;
                    key[TD] = td;
                    Node indKey = ind == null ? NO_INDICATOR : ind;
                    List<Paired> paired = where == null ? pairedByYear.get(Arrays.asList(year, indKey))
                            : pairedByPlace.get(Arrays.asList(where, year, indKey));
                    if (paired != null) {
                        for (Paired a : paired) {
                            Node[] k = key.clone();
                            k[ACTUAL_VALUE] = a.value();
                            k[ACTUAL_UNIT] = a.unit();
                            k[ACTUAL_FILE] = a.file();
                            k[ACTUAL_EVIDENCE] = a.evidence();
                            k[STATUS] = ind == null ? str("indicator not normalised") : compared(unit, value, comparator, a);
                            // the candidates' filter needs ?actual unbound: a paired row lists none
                            groups.computeIfAbsent(Arrays.asList(k), x -> new Texts()).unbound = true;
                        }
                        continue;
                    }
                    key[STATUS] = ind == null ? str("indicator not normalised")
                            : where == null ? str("jurisdiction unknown")
                            : later(yearsByPlace.get(where), year) ? str("no figure reported") : str("not yet reportable");
                    boolean listed = false;
                    // a target with a place meets only that place's candidates; one without, every place's
                    List<Candidate> near = candidatesByYear.get(where == null ? year : Arrays.asList(year, where));
                    for (Candidate c : near == null ? List.<Candidate>of() : near) {
                        if ((where != null && !where.equals(c.where())) || (unit != null && !unit.equals(c.unit()))
                                || !lists(label, c)) {
                            continue;
                        }
                        Node[] k = key.clone();
                        k[UNIT] = c.unit(); // an unbound ?unit takes the candidate's
                        groups.computeIfAbsent(Arrays.asList(k), x -> new Texts()).texts.add(c.text());
                        listed = true;
                    }
                    if (!listed) {
                        groups.computeIfAbsent(Arrays.asList(key), x -> new Texts()).unbound = true;
                    }
                }
            }
        }
    }

    /** The query's status for a target paired with figure {@code a}: unit differs, met or missed; null if it fails. */
    private static Node compared(Node unit, Node value, Node comparator, Paired a) {
        try {
            NodeValue u = NodeValue.makeNode(unit == null ? EMPTY : unit);
            boolean sameUnit = NodeValue.sameValueAs(u, NodeValue.makeNode(a.unit() == null ? EMPTY : a.unit()));
            if (!sameUnit) {
                return str("unit differs");
            }
            NodeValue v = NodeValue.makeNode(value);
            NodeValue av = NodeValue.makeNode(a.value());
            boolean met;
            if (NodeValue.sameValueAs(NodeValue.makeNode(comparator), NodeValue.makeNode(AT_MOST))) {
                met = NodeValue.compare(av, v) <= 0;
            } else if (NodeValue.sameValueAs(NodeValue.makeNode(comparator), NodeValue.makeNode(APPROXIMATELY))) {
                NodeValue diff = XSDFuncOp.abs(XSDFuncOp.numSubtract(av, v));
                met = NodeValue.sameValueAs(u, PERCENT) ? NodeValue.compare(diff, HALF) <= 0
                        : NodeValue.compare(diff, XSDFuncOp.numMultiply(FIVE_PERCENT, v)) <= 0;
            } else {
                met = NodeValue.compare(av, v) >= 0;
            }
            return str(met ? "met" : "missed");
        } catch (ExprEvalException e) {
            return null;
        }
    }

    /** The EXISTS of "no figure reported": a document of the place from after the target year. */
    private static boolean later(List<NodeValue> years, Node targetYear) {
        if (years == null) {
            return false;
        }
        NodeValue ty = NodeValue.makeNode(targetYear);
        for (NodeValue ly : years) {
            try {
                if (NodeValue.compare(ly, ty) > 0) {
                    return true;
                }
            } catch (ExprEvalException e) {
                // the FILTER is false for this document
            }
        }
        return false;
    }

    /** The candidates' filter: a core of two characters or more that ends the target's label. */
    private static boolean lists(Node label, Candidate c) {
        try {
            return NodeValue.compare(XSDFuncOp.strlen(c.core()), NodeValue.makeInteger(2)) >= 0
                    && XSDFuncOp.strEndsWith(NodeValue.makeNode(label), c.core()).getBoolean();
        } catch (ExprEvalException e) {
            return false;
        }
    }

    /** Every (?s pg:year ?ly) with a dct:spatial, by place (the default graph: the union). */
    private Map<Node, List<NodeValue>> documentYears() {
        Map<Node, List<NodeValue>> out = new HashMap<>();
        Map<Node, List<Node>> yearsOf = new LinkedHashMap<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.year, Node.ANY).forEachRemaining(q ->
                yearsOf.computeIfAbsent(q.getSubject(), k -> new ArrayList<>()).add(q.getObject()));
        yearsOf.forEach((s, years) -> {
            for (Node place : union(s, PG.dctSpatial)) {
                for (Node y : Quads.distinct(years)) {
                    out.computeIfAbsent(place, k -> new ArrayList<>()).add(NodeValue.makeNode(y));
                }
            }
        });
        return out;
    }

    /**
     * The two subqueries over reported figures (each inside one named graph): those with an indicator by (place,
     * year, indicator) and by (year, indicator) for a target without a place; those without one (in no graph) by
     * year and by (year, place), as candidates.
     */
    private void figures(Map<List<Node>, List<Paired>> byPlace, Map<List<Node>, List<Paired>> byYear,
                         Map<Object, List<Candidate>> candidates) {
        dsg.find(Node.ANY, Node.ANY, PERIOD_YEAR, Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node actual = q.getSubject();
            Node year = q.getObject();
            if (Quad.isDefaultGraph(g) || !dsg.contains(g, actual, PG.rdfType, ACTUAL)) {
                return;
            }
            List<Node> values = in(g, actual, PG.value);
            List<Node> mentions = new ArrayList<>();
            dsg.find(g, Node.ANY, PG.mentions, actual).forEachRemaining(m -> mentions.add(m.getSubject()));
            for (Node indicator : in(g, actual, PG.indicator)) {
                for (Node value : values) for (Node unit : orNone(in(g, actual, PG.unit))) for (Node m : mentions)
                for (Node evidence : in(g, m, PG.evidence)) for (Node d : in(g, m, PG.inDocument))
                for (Node where : in(g, d, PG.dctSpatial)) for (Node file : in(g, d, PG.sourceFile)) {
                    Paired p = new Paired(where, year, indicator, value, unit, file, evidence);
                    byPlace.computeIfAbsent(Arrays.asList(where, year, indicator), k -> new ArrayList<>()).add(p);
                    byYear.computeIfAbsent(Arrays.asList(year, indicator), k -> new ArrayList<>()).add(p);
                }
            }
            if (dsg.contains(Quad.unionGraph, actual, PG.indicator, Node.ANY)) {
                return; // FILTER NOT EXISTS { ?cand pg:indicator ?anyIndicator }
            }
            for (Node label : in(g, actual, INDICATOR_LABEL)) for (Node value : values)
            for (Node unit : in(g, actual, PG.unit)) for (Node m : mentions) for (Node d : in(g, m, PG.inDocument))
            for (Node where : in(g, d, PG.dctSpatial)) for (Node file : in(g, d, PG.sourceFile)) {
                try {
                    NodeValue core = XSDFuncOp.strReplace(NodeValue.makeNode(label), LEADING_VERB, NodeValue.makeString(""));
                    String text = XSDFuncOp.strConcat(List.of(NodeValue.makeNode(label), NodeValue.makeString("="),
                            NodeValue.makeString(value.getLiteralLexicalForm()), NodeValue.makeNode(unit),
                            NodeValue.makeString(" ("), NodeValue.makeNode(file), NodeValue.makeString(")"))).asString();
                    Candidate c = new Candidate(where, year, unit, core, text);
                    candidates.computeIfAbsent(year, k -> new ArrayList<>()).add(c);
                    candidates.computeIfAbsent(Arrays.asList(year, where), k -> new ArrayList<>()).add(c);
                } catch (ExprEvalException e) {
                    // a BIND that fails leaves ?core or ?c unbound: no candidate text
                }
            }
        });
    }

    private Doc doc(Node td) {
        return docs.computeIfAbsent(td, d -> new Doc(union(d, PG.sourceFile), union(d, PG.dctSpatial)));
    }

    private List<Node> union(Node s, Node p) {
        return Quads.distinctObjects(dsg, Quad.unionGraph, s, p);
    }

    private List<Node> in(Node g, Node s, Node p) {
        return Quads.distinctObjects(dsg, g, s, p);
    }

    /** An OPTIONAL's values: one unbound value when there is none. */
    private static List<Node> orNone(List<Node> values) {
        return values.isEmpty() ? Arrays.asList((Node) null) : values;
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
