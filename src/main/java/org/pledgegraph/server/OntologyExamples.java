package org.pledgegraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;

/**
 * Turtle examples of the main classes for the ontology page: one instance of each, taken from the store
 * when it holds data (so the page shows what this graph really says), else from a small invented example.
 */
final class OntologyExamples {
    static final List<String> CLASSES = List.of("Document", "Mention", "Park", "Project", "Target", "Actual", "Place");
    private static final String SHIPPED = "/org/pledgegraph/server/example.ttl";

    private OntologyExamples() {
    }

    /** Class local name → Turtle, in the order of {@link #CLASSES}; the flag says whether the store supplied them. */
    record Examples(Map<String, String> turtle, boolean fromStore) {
    }

    static Examples of(GraphStore store, PrefixMapping prefixes) {
        Map<String, String> fromStore = store.read(() -> collect(store.datasetGraph().getUnionGraph(), prefixes));
        if (!fromStore.isEmpty()) {
            return new Examples(fromStore, true);
        }
        return new Examples(collect(shipped(), prefixes), false);
    }

    private static Map<String, String> collect(Graph source, PrefixMapping prefixes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String cls : CLASSES) {
            var it = source.find(Node.ANY, PG.rdfType, PG.pg(cls));
            if (!it.hasNext()) {
                continue;
            }
            Node instance = it.next().getSubject();
            Graph g = describe(source, instance);
            g.getPrefixMapping().setNsPrefixes(prefixes);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RDFDataMgr.write(bytes, g, RDFFormat.TURTLE_PRETTY);
            out.put(cls, stripPrefixes(bytes.toString(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The resource's own triples, and those of blank nodes and {@code #fragment} IRIs hanging off it. */
    private static Graph describe(Graph source, Node root) {
        Graph g = GraphFactory.createDefaultGraph();
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            source.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                g.add(t);
                Node o = t.getObject();
                if (o.isBlank() || (o.isURI() && root.isURI() && o.getURI().startsWith(root.getURI() + "#"))) {
                    todo.push(o);
                }
            });
        }
        return g;
    }

    /** The page lists the prefixes once; each example shows only its triples. */
    private static String stripPrefixes(String turtle) {
        StringBuilder b = new StringBuilder();
        for (String line : turtle.split("\n")) {
            if (!line.startsWith("PREFIX ") && !line.startsWith("@prefix ")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().strip();
    }

    private static Graph shipped() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyExamples.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("bundled file missing from the jar: " + SHIPPED);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SHIPPED, e);
        }
        return g;
    }
}
