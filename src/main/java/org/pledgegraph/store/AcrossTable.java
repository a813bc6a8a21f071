package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The table the named query {@code across-governments} reads, written with the other statistics at resolution:
 * one row per industry, type key (an entity class, or "any" for all types) and government, with how many
 * governments promise entities of that industry and type, and this government's entities and their labels.
 * The query's two GROUP BYs over every promised entity took 4.6 s at 1,045 documents; the rows are what they
 * computed (examples in label order, where GROUP_CONCAT gave them in the order the store read them).
 */
final class AcrossTable {
    static final Node INDUSTRY = PG.pg("acrossIndustry");
    static final Node TYPE_KEY = PG.pg("acrossTypeKey");
    static final Node GOVERNMENT = PG.pg("acrossGovernment");
    static final Node GOVERNMENTS = PG.pg("acrossGovernments");
    static final Node ENTITIES = PG.pg("acrossEntities");
    static final Node EXAMPLES = PG.pg("acrossExamples");
    private static final Node ANY = NodeFactory.createLiteralString("any");

    private AcrossTable() {
    }

    /** Adds the rows for the promised entities of {@code entities} to {@code out}. */
    static void write(Graph out, IriMinter iris, Graph entities) {
        // (industry, type key) → government → entity IRI → labels; TreeMaps keep the written graph deterministic.
        Map<List<String>, Map<Node, Map<String, Set<String>>>> rows = new TreeMap<>(AcrossTable::compareKeys);
        Map<List<String>, Node[]> keyNodes = new java.util.HashMap<>();
        entities.find(Node.ANY, PG.firstPromised, Node.ANY).mapWith(t -> t.getSubject()).toSet().forEach(e -> {
            List<Node> types = objects(entities, e, PG.rdfType);
            List<Node> governments = objects(entities, e, PG.jurisdiction);
            Set<String> labels = new TreeSet<>();
            objects(entities, e, PG.rdfsLabel).forEach(l -> labels.add(l.getLiteralLexicalForm()));
            for (Node industry : objects(entities, e, PG.industry)) {
                List<Node> keys = new ArrayList<>(types);
                keys.add(ANY);
                for (Node typeKey : keys) {
                    List<String> key = List.of(industry.toString(), typeKey.toString());
                    keyNodes.putIfAbsent(key, new Node[] {industry, typeKey});
                    var byGov = rows.computeIfAbsent(key, k -> new TreeMap<>(java.util.Comparator.comparing(Node::toString)));
                    for (Node g : governments) {
                        byGov.computeIfAbsent(g, k -> new TreeMap<>()).computeIfAbsent(e.getURI(), k -> new TreeSet<>())
                                .addAll(labels);
                    }
                }
            }
        });
        rows.forEach((key, byGov) -> {
            Node[] kn = keyNodes.get(key);
            byGov.forEach((g, byEntity) -> {
                Set<String> examples = new TreeSet<>();
                byEntity.values().forEach(examples::addAll);
                Node s = iris.statistic("across/" + PG.localName(kn[0]) + "/"
                        + (kn[1].isURI() ? PG.localName(kn[1]) : "any") + "/" + PG.localName(g));
                out.add(s, INDUSTRY, kn[0]);
                out.add(s, TYPE_KEY, kn[1]);
                out.add(s, GOVERNMENT, g);
                out.add(s, GOVERNMENTS, DocumentMapper.integer(byGov.size()));
                out.add(s, ENTITIES, DocumentMapper.integer(byEntity.size()));
                out.add(s, EXAMPLES, NodeFactory.createLiteralString(String.join(" · ", examples)));
            });
        });
    }

    private static int compareKeys(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }
}
