package org.pledgegraph.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.store.GovernmentFigures;
import org.pledgegraph.store.GraphStore;

/**
 * Dev diagnostic: the parts of the slow workbench pages timed one by one, in process, on an existing store
 * (median of N rounds, first round dropped), to see which read dominates a page:
 * {@code java -cp pledgegraph.jar:target/test-classes org.pledgegraph.server.PageTimingMain STORE PLACE-IRI DOC-IRI ENTITY-IRI WORD [N]}.
 */
public final class PageTimingMain {
    private PageTimingMain() {
    }

    public static void main(String[] args) {
        String base = "https://w3id.org/pledgegraph/";
        Node place = NodeFactory.createURI(args[1]);
        Node doc = NodeFactory.createURI(args[2]);
        Node entity = NodeFactory.createURI(args[3]);
        String word = args[4];
        int n = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            var dsg = store.datasetGraph();
            time(store, n, "place: mentions (table)", () -> PlacePage.mentions(dsg, base, place).size());
            time(store, n, "place: track", () -> {
                var all = PlacePage.mentions(dsg, base, place);
                return PromiseTracker.track(dsg, base, all, 2022, 2024).size();
            });
            time(store, n, "place: figures", () -> GovernmentFigures.rows(dsg, place).size());
            time(store, 1, "resolution: every figures row", () -> {
                // What resolution adds for the figures table: the rows of every government with a document.
                java.util.Set<Node> places = new java.util.LinkedHashSet<>();
                dsg.find(Node.ANY, Node.ANY, org.pledgegraph.rdf.PG.dctSpatial, Node.ANY).forEachRemaining(q -> places.add(q.getObject()));
                int rows = 0;
                for (Node p : places) {
                    rows += GovernmentFigures.shown(GovernmentFigures.rows(dsg, p)).size();
                }
                return places.size() + " governments, " + rows + " rows";
            });
            time(store, n, "place: figures table", () -> GovernmentFigures.table(dsg,
                    org.pledgegraph.rdf.IriMinter.withBase(base), place).size());
            time(store, n, "place: page", () -> PlacePage.render(dsg, base, place, "x", PlacePage.mentions(dsg, base, place),
                    null, null, false).length());
            time(store, n, "document: rows", () -> DocumentMentions.rows(dsg, base, doc).size());
            time(store, n, "entity page", () -> new ResourcePage(dsg, base, "/").render(entity,
                    org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()).length());
            time(store, n, "entity: timeline", () -> org.pledgegraph.store.Describer.timeline(dsg, entity).size());
            time(store, n, "entity: timeline (query)", () -> org.pledgegraph.store.Describer.timelineByQuery(dsg, entity).size());
            time(store, n, "document page", () -> new ResourcePage(dsg, base, "/").render(doc, ownTriples(dsg, doc)).length());
            time(store, n, "search page", () -> SearchPage.render(dsg, base, word).length());
            Map<String, Node> bind = Map.of("q", NodeFactory.createLiteralString(word));
            var hitsOnly = Sparql.parse("""
                    SELECT ?text ?doc ?file ?year ?start ?m WHERE {
                      BIND (CONCAT("sentence:\\"", ?q, "\\"") AS ?lucene)
                      (?m ?field ?text ?mt ?doc ?file ?year ?start) pgs:hits (?lucene 1000) .
                      FILTER (CONTAINS(?text, ?q))
                    }""");
            time(store, n, "search: sentence hits only", () -> Sparql.select(dsg, hitsOnly, bind).size());
            var namesOnly = Sparql.parse("""
                    SELECT ?entity ?t WHERE {
                      BIND (CONCAT("name:\\"", ?q, "\\"") AS ?lucene)
                      (?entity ?field ?n ?t) pgs:hits (?lucene 2000) .
                      FILTER (CONTAINS(?n, ?q))
                    }""");
            time(store, n, "search: name hits only", () -> Sparql.select(dsg, namesOnly, bind).size());
            for (int i = 6; i < args.length; i++) {
                String extra = args[i];
                time(store, n, "search page " + extra, () -> SearchPage.render(dsg, base, extra).length());
            }
        }
    }

    private static org.apache.jena.graph.Graph ownTriples(org.apache.jena.sparql.core.DatasetGraph dsg, Node r) {
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, r, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static void time(GraphStore store, int n, String label, Supplier<Object> what) {
        // CPU time of this thread beside wall time: on a shared machine the wall time waits for other processes.
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        // Bytes allocated by the part: unlike time, not inflated by other processes on a shared machine.
        List<Double> mb = new ArrayList<>();
        Object out = null;
        for (int i = 0; i <= n; i++) {
            long t = System.nanoTime();
            long c = bean.getCurrentThreadCpuTime();
            long a = bean.getCurrentThreadAllocatedBytes();
            try {
                out = store.read(what);
            } catch (LinkageError e) { // a part the jar under test does not have (an older build)
                System.out.printf("%-28s n/a in this build%n", label);
                return;
            }
            if (i > 0) {
                ms.add((System.nanoTime() - t) / 1e6);
                cpu.add((bean.getCurrentThreadCpuTime() - c) / 1e6);
                mb.add((bean.getCurrentThreadAllocatedBytes() - a) / 1e6);
            }
        }
        Collections.sort(ms);
        Collections.sort(cpu);
        Collections.sort(mb);
        System.out.printf("%-28s median %8.1f ms  min %8.1f  cpu median %8.1f  min %8.1f  alloc %7.1f MB  (%s)%n", label,
                ms.get(ms.size() / 2), ms.get(0), cpu.get(cpu.size() / 2), cpu.get(0), mb.get(mb.size() / 2), out);
    }
}
