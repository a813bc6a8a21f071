package org.pledgegraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The rows of {@link DocumentPage}'s query read from the document's own named graph: one scan per property
 * of that graph, then the named entities' labels from the entities graph, instead of thirteen
 * duplicate-suppressing union-graph joins per mention (2.2 s for a document of 1,121 mentions at 214
 * documents under load). Same rows: the mentions with a type, surface, sentence, modality and text position,
 * sorted by start and then longest first.
 */
final class DocumentMentions {
    private DocumentMentions() {
    }

    private static final Map<Node, String> OWN = Map.of(PG.mentionType, "type", PG.surface, "surface", PG.evidence,
            "evidence", PG.evidenceStart, "es", PG.modality, "modality", PG.stage, "stage", PG.aboutYear, "aboutYear");
    private static final Map<Node, String> ENTITY = Map.of(PG.rdfsLabel, "label", PG.value, "value", PG.unit, "unit",
            PG.comparator, "comparator", PG.targetYear, "ty", PG.periodYear, "py", PG.indicatorLabel, "il");
    private static final List<String> REQUIRED = List.of("type", "surface", "evidence", "es", "modality", "start", "end");

    /** The page's rows for {@code doc}, or null when its graph is not where the minter puts it. */
    static List<Binding> rows(DatasetGraph dsg, String base, Node doc) {
        IriMinter iris = IriMinter.withBase(base);
        String stem = iris.stemOf(doc);
        if (stem == null) {
            return null;
        }
        Node g = iris.documentGraph(stem);
        Map<Node, Map<String, Node>> ms = new HashMap<>();
        scan(dsg, g, PG.inDocument, (m, o) -> {
            if (o.equals(doc)) {
                ms.put(m, new HashMap<>());
            }
        });
        if (ms.isEmpty() && !dsg.find(g, doc, PG.rdfType, PG.Document).hasNext()) {
            return null;
        }
        OWN.forEach((p, var) -> scan(dsg, g, p, (m, o) -> put(ms, m, var, o)));
        // Text positions: mention → target → TextPositionSelector → start, end.
        Map<Node, Node> target = new HashMap<>();
        scan(dsg, g, PG.oaHasTarget, (m, t) -> {
            if (ms.containsKey(m)) {
                target.put(t, m);
            }
        });
        Map<Node, Node> selector = new HashMap<>();
        scan(dsg, g, PG.oaHasSelector, (t, sel) -> {
            if (target.containsKey(t)) {
                selector.put(sel, target.get(t));
            }
        });
        Set<Node> positions = new HashSet<>();
        dsg.find(g, Node.ANY, PG.rdfType, PG.oaTextPositionSelector).forEachRemaining(q -> positions.add(q.getSubject()));
        scan(dsg, g, PG.oaStart, (sel, o) -> {
            if (positions.contains(sel) && selector.containsKey(sel)) {
                put(ms, selector.get(sel), "start", o);
            }
        });
        scan(dsg, g, PG.oaEnd, (sel, o) -> {
            if (positions.contains(sel) && selector.containsKey(sel)) {
                put(ms, selector.get(sel), "end", o);
            }
        });
        // A figure's link is in the document's graph, a name's in the entities graph.
        scan(dsg, g, PG.mentions, (m, e) -> put(ms, m, "entity", e));
        Node entities = iris.entitiesGraph();
        // An entity's values are read once, not once per mention of it (most of a large document's page time).
        Map<Node, Map<String, Node>> values = new HashMap<>();
        List<Binding> rows = new ArrayList<>();
        for (Map.Entry<Node, Map<String, Node>> e : ms.entrySet()) {
            Map<String, Node> v = e.getValue();
            if (!v.keySet().containsAll(REQUIRED)) {
                continue;
            }
            if (!v.containsKey("entity")) {
                Iterator<Quad> it = dsg.find(entities, e.getKey(), PG.mentions, Node.ANY);
                if (it.hasNext()) {
                    v.put("entity", it.next().getObject());
                }
            }
            Node entity = v.get("entity");
            if (entity != null) {
                values.computeIfAbsent(entity, x -> entityValues(dsg, g, entities, x)).forEach(v::put);
            }
            BindingBuilder b = Binding.builder();
            v.forEach((var, node) -> b.add(Var.alloc(var), node));
            rows.add(b.build());
        }
        rows.sort(Comparator.comparingInt((Binding r) -> Integer.parseInt(Layout.lex(r.get("start"))))
                .thenComparing(Comparator.comparingInt((Binding r) -> Integer.parseInt(Layout.lex(r.get("end")))).reversed()));
        return rows;
    }

    /**
     * The entity's label and figure values: from the document's graph (a figure), else the entities graph.
     * One scan of the entity's triples in each graph (objects in the same index order as a look-up per
     * property, so the same first value), not one or two look-ups per property: those were half of a large
     * document's page.
     */
    private static Map<String, Node> entityValues(DatasetGraph dsg, Node g, Node entities, Node entity) {
        Map<String, Node> out = new HashMap<>();
        dsg.find(g, entity, Node.ANY, Node.ANY).forEachRemaining(q -> {
            String var = ENTITY.get(q.getPredicate());
            if (var != null) {
                out.putIfAbsent(var, q.getObject());
            }
        });
        if (out.size() < ENTITY.size()) {
            Map<String, Node> own = Map.copyOf(out);
            dsg.find(entities, entity, Node.ANY, Node.ANY).forEachRemaining(q -> {
                String var = ENTITY.get(q.getPredicate());
                if (var != null && !own.containsKey(var)) {
                    out.putIfAbsent(var, q.getObject());
                }
            });
        }
        return out;
    }

    private static void put(Map<Node, Map<String, Node>> ms, Node m, String var, Node o) {
        Map<String, Node> v = ms.get(m);
        if (v != null) {
            v.putIfAbsent(var, o);
        }
    }

    private static void scan(DatasetGraph dsg, Node g, Node p, BiConsumer<Node, Node> each) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            each.accept(q.getSubject(), q.getObject());
        }
    }
}
