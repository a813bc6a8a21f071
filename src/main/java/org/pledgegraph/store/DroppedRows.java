package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.pledgegraph.rdf.PG;

/**
 * The rows of {@code dropped} ({@code dropped-rows.rq}) computed by look-ups over the store's quads (the default
 * graph: the union of the named graphs) instead of by that query, whose joins and GROUP BYs were the second largest
 * of the statistics tables at ingest (BENCHMARKS.md, stats24, perf26i). Per (entity, government) of each promise in
 * the entity's last year: the least file and evidence ({@code MIN}); per (year, government): the later documents.
 *
 * <p>The query's {@code SAMPLE(?s)} left the stage open (whichever mention with a stage the engine met first); the
 * rows query and this class both take the least of the group's stages by IRI (none when no mention has one), so a
 * row no longer depends on the engine's order.
 */
final class DroppedRows {
    private static final Node COMMITMENT = PG.pg("Commitment");
    private static final Node NO_JURISDICTION = NodeFactory.createLiteralString("no jurisdiction");

    private final DatasetGraph dsg;

    private DroppedRows(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The rows, in the query's page order; call inside a transaction. */
    static List<Binding> compute(DatasetGraph dsg, Query query) {
        return new DroppedRows(dsg).rows(query);
    }

    /** What one (entity, government) group aggregates: MIN of file, stage and evidence. */
    private static final class Group {
        Node file;
        Node stage;
        Node promise;
    }

    private List<Binding> rows(Query query) {
        // the distinct years of pg:lastYear (?y0) and every document's years and governments (?where)
        Map<Node, Set<Node>> entities = new LinkedHashMap<>(); // entity -> its pg:lastYear values
        Set<Node> lastYears = new LinkedHashSet<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.lastYear, Node.ANY).forEachRemaining(q -> {
            entities.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject());
            lastYears.add(q.getObject());
        });
        Map<Node, Map<Node, Long>> later = laterDocuments(lastYears);
        List<Map<String, Node>> out = new ArrayList<>();
        entities.forEach((entity, years) -> {
            Map<Node, Group> groups = groups(entity, years);
            if (groups.isEmpty()) {
                return;
            }
            List<Node> types = union(entity, PG.rdfType);
            List<Node> labels = union(entity, PG.rdfsLabel);
            for (Node from : years) for (Node type : types) {
                if (type.equals(TargetRows.TARGET) || type.equals(TargetRows.ACTUAL)) {
                    continue;
                }
                for (Node label : labels) {
                    groups.forEach((gov, g) -> {
                        Node where = NodeFactory.createLiteralString(gov.isURI() ? gov.getURI() : gov.getLiteralLexicalForm());
                        for (Map.Entry<Node, Map<Node, Long>> y0 : later.entrySet()) {
                            Long count = y0.getValue().get(where);
                            if (count == null || !equal(y0.getKey(), from)) {
                                continue;
                            }
                            Map<String, Node> row = new LinkedHashMap<>();
                            row.put("entity", entity);
                            row.put("label", label);
                            row.put("type", type);
                            row.put("from", from);
                            row.put("file", g.file);
                            if (g.stage != null) {
                                row.put("stage", g.stage);
                            }
                            row.put("promise", g.promise);
                            row.put("laterDocuments", NodeValue.makeInteger(count).asNode());
                            row.put("where", where);
                            row.put("gov", gov);
                            out.add(row);
                        }
                    });
                }
            }
        });
        return TableOrder.sort(out, query, List.of());
    }

    /**
     * The groups of the query's first subquery for one entity: each commitment mention in a document of one of the
     * entity's last years, by the document's government (or "no jurisdiction").
     */
    private Map<Node, Group> groups(Node entity, Set<Node> years) {
        Map<Node, Group> out = new LinkedHashMap<>();
        List<Node> mentions = new ArrayList<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.mentions, entity).forEachRemaining(q -> mentions.add(q.getSubject()));
        for (Node m : Quads.distinct(mentions)) {
            if (!dsg.contains(Quad.unionGraph, m, PG.modality, COMMITMENT)) {
                continue;
            }
            List<Node> evidences = union(m, PG.evidence);
            List<Node> stages = union(m, PG.stage);
            for (Node d : union(m, PG.inDocument)) {
                if (years.stream().noneMatch(y -> dsg.contains(Quad.unionGraph, d, PG.year, y))) {
                    continue;
                }
                List<Node> files = union(d, PG.sourceFile);
                List<Node> places = union(d, PG.dctSpatial);
                if (evidences.isEmpty() || files.isEmpty()) {
                    continue;
                }
                for (Node gov : places.isEmpty() ? List.of(NO_JURISDICTION) : places) {
                    Group g = out.computeIfAbsent(gov, k -> new Group());
                    for (Node f : files) {
                        g.file = min(g.file, f);
                    }
                    for (Node e : evidences) {
                        g.promise = min(g.promise, e);
                    }
                    for (Node s : stages) {
                        g.stage = min(g.stage, s);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The query's second subquery: for each ?y0, the number of documents (a pg:Document with a pg:year greater than
     * ?y0) of each government, by the government's IRI as a string (or "no jurisdiction"); a government without
     * one has no entry.
     */
    private Map<Node, Map<Node, Long>> laterDocuments(Set<Node> lastYears) {
        Map<Node, List<Node>> yearsOf = new LinkedHashMap<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.rdfType, PG.Document).forEachRemaining(q ->
                yearsOf.put(q.getSubject(), union(q.getSubject(), PG.year)));
        Map<Node, List<Node>> placesOf = new HashMap<>();
        yearsOf.keySet().forEach(d -> placesOf.put(d, union(d, PG.dctSpatial)));
        Map<Node, Map<Node, Long>> out = new LinkedHashMap<>();
        for (Node y0 : lastYears) {
            Map<Node, Set<Node>> docs = new HashMap<>();
            yearsOf.forEach((d, years) -> {
                if (years.stream().noneMatch(yl -> greater(yl, y0))) {
                    return;
                }
                List<Node> places = placesOf.get(d);
                for (Node wl : places.isEmpty() ? List.of(NO_JURISDICTION) : places) {
                    Node where = wl.isURI() ? NodeFactory.createLiteralString(wl.getURI()) : str(wl);
                    docs.computeIfAbsent(where, k -> new HashSet<>()).add(d);
                }
            });
            Map<Node, Long> counts = new HashMap<>();
            docs.forEach((where, ds) -> counts.put(where, (long) ds.size()));
            out.put(y0, counts);
        }
        return out;
    }

    /** STR(?wl) of a place that is not an IRI: its lexical form as a plain string. */
    private static Node str(Node n) {
        return NodeFactory.createLiteralString(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }

    /** SPARQL's MIN: the least by {@link NodeValue#compareAlways}. */
    private static Node min(Node sofar, Node candidate) {
        if (sofar == null) {
            return candidate;
        }
        return NodeValue.compareAlways(NodeValue.makeNode(candidate), NodeValue.makeNode(sofar)) < 0 ? candidate : sofar;
    }

    private static boolean greater(Node a, Node b) {
        try {
            return NodeValue.compare(NodeValue.makeNode(a), NodeValue.makeNode(b)) > 0;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    private static boolean equal(Node a, Node b) {
        try {
            return NodeValue.sameValueAs(NodeValue.makeNode(a), NodeValue.makeNode(b));
        } catch (ExprEvalException e) {
            return false;
        }
    }

    private List<Node> union(Node s, Node p) {
        return Quads.distinctObjects(dsg, Quad.unionGraph, s, p);
    }
}
