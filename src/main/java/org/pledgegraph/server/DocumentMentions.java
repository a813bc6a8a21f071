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
        EntityValues values = new EntityValues(dsg, g, entities);
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
                values.of(entity).forEach(v::put);
            }
            BindingBuilder b = Binding.builder();
            v.forEach((var, node) -> b.add(Var.alloc(var), node));
            rows.add(b.build());
        }
        // By start, then longest first; the offsets parsed once per row, not once per comparison (a tenth of the page).
        record Keyed(int start, int end, Binding row) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Binding r : rows) {
            keyed.add(new Keyed(Integer.parseInt(Layout.lex(r.get("start"))), Integer.parseInt(Layout.lex(r.get("end"))), r));
        }
        keyed.sort(Comparator.comparingInt(Keyed::start).thenComparing(Comparator.comparingInt(Keyed::end).reversed()));
        return new ArrayList<>(keyed.stream().map(Keyed::row).toList());
    }

    /**
     * The named entities' labels and the figures' values: from the document's graph (a figure), else the
     * entities graph; the first value of each property in index order, as a look-up per property gives.
     * The document graph is read with one scan per property (its figures' values, a few hundred triples),
     * the entities graph with a look-up of the label per entity and of the other properties only if that graph
     * holds any (it holds none: figures live in their documents' graphs). Scanning each entity's triples in the
     * entities graph instead read all its pg:mentions and was 40 % of a large document's page.
     */
    private static final class EntityValues {
        private final DatasetGraph dsg;
        private final Node entities;
        private final Map<Node, Map<String, Node>> own = new HashMap<>();
        /** The properties other than the label that the entities graph holds at all. */
        private final List<Map.Entry<Node, String>> shared = new ArrayList<>();
        private final Map<Node, Map<String, Node>> cache = new HashMap<>();

        EntityValues(DatasetGraph dsg, Node g, Node entities) {
            this.dsg = dsg;
            this.entities = entities;
            ENTITY.forEach((p, var) -> {
                scan(dsg, g, p, (s, o) -> own.computeIfAbsent(s, k -> new HashMap<>()).putIfAbsent(var, o));
                if (!p.equals(PG.rdfsLabel) && dsg.find(entities, Node.ANY, p, Node.ANY).hasNext()) {
                    shared.add(Map.entry(p, var));
                }
            });
        }

        Map<String, Node> of(Node entity) {
            return cache.computeIfAbsent(entity, this::read);
        }

        private Map<String, Node> read(Node entity) {
            Map<String, Node> out = new HashMap<>(own.getOrDefault(entity, Map.of()));
            if (!out.containsKey("label")) {
                first(entity, PG.rdfsLabel, "label", out);
            }
            for (Map.Entry<Node, String> p : shared) {
                if (!out.containsKey(p.getValue())) {
                    first(entity, p.getKey(), p.getValue(), out);
                }
            }
            return out;
        }

        private void first(Node entity, Node p, String var, Map<String, Node> out) {
            Iterator<Quad> it = dsg.find(entities, entity, p, Node.ANY);
            if (it.hasNext()) {
                out.put(var, it.next().getObject());
            }
        }
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
