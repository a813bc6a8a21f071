package org.pledgegraph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Small reads over a dataset's quads that the store and the pages share. */
public final class Quads {
    private Quads() {
    }

    /**
     * The objects of (s, p) in graph g (a graph name, {@code Quad.unionGraph} or {@code Node.ANY}), each once and
     * in the order the index gives them: a fact stated in several graphs (one per document) is one value.
     */
    public static List<Node> distinctObjects(DatasetGraph dsg, Node g, Node s, Node p) {
        LinkedHashSet<Node> out = new LinkedHashSet<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    /** {@code nodes} each once, in the order first given (a union-graph pattern's values are a set). */
    static List<Node> distinct(List<Node> nodes) {
        return List.copyOf(new LinkedHashSet<>(nodes));
    }

    /**
     * The one object of (s, p) in any graph, for a value a table written at resolution must have; a store without
     * it is broken, not empty.
     */
    static Node required(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("statistics: " + s + " has no " + p);
        }
        return it.next().getObject();
    }
}
