package org.pledgegraph.store;

import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

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
}
