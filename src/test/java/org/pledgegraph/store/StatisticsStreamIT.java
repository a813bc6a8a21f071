package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgegraph.it.SeededStoreExtension;
import org.pledgegraph.rdf.IriMinter;

/**
 * The statistics tables are written into TDB2 as their triples come ({@link QuadLoader#stream}), not held in an
 * in-memory graph first: the stored graph must be exactly what the in-memory parts give (the tables' SPARQL row
 * queries and Java tables over the same store), in one batch per part or in many.
 */
class StatisticsStreamIT {
    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.store();
    static GraphStore store;
    static final IriMinter IRIS = IriMinter.defaults();

    @BeforeAll
    static void open() {
        store = SEEDED.graphStore();
    }

    /** Every triple of the parts as computed into in-memory graphs, the former way of writing them. */
    private static Set<String> inMemory() {
        return store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Set<String> out = new TreeSet<>();
            Supplier<Graph> sink = () -> new WrappedGraph(GraphFactory.createDefaultGraph()) {
                @Override
                public void close() { // each part's graph is closed when the part is done
                    find().forEachRemaining(t -> out.add(line(t)));
                    super.close();
                }
            };
            Statistics.compute(dsg, IRIS, dsg.getGraph(IRIS.entitiesGraph()), store.mentions(), sink);
            return out;
        });
    }

    /** The statistics graph's triples but the answer snapshots' (written after the tables, not by them). */
    private static Set<String> stored(DatasetGraph dsg) {
        String snapshots = IRIS.statistic(AnswerSnapshot.KEY + "/").getURI();
        Set<String> out = new TreeSet<>();
        dsg.getGraph(IRIS.statisticsGraph()).find().forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(snapshots)) {
                out.add(line(t));
            }
        });
        return out;
    }

    private static String line(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject());
    }

    @Test
    void storedTablesAreTheTablesComputedInMemory() {
        Set<String> expected = inMemory();
        // Each answer table has rows in the seeded store, so a lost batch or a lost last part would show.
        for (String key : List.of("tva", "ps", "dec", "bi", "ni", "dr")) {
            String row = IRIS.statistic(key + "/0").getURI();
            assertTrue(expected.stream().anyMatch(l -> l.startsWith("<" + row + ">")), key);
        }
        assertEquals(expected, store.read(() -> stored(store.datasetGraph())));
    }

    @Test
    void smallBatchesWriteTheSameTables() {
        Set<String> expected = inMemory();
        Node name = IRIS.statisticsGraph();
        List<Set<String>> got = new ArrayList<>();
        int[] parts = {0};
        RuntimeException undo = new IllegalStateException("undo");
        try {
            store.write(() -> {
                DatasetGraph dsg = store.datasetGraph();
                dsg.removeGraph(name); // the store's own graph, not its text index: the write is undone below
                Statistics.compute(dsg, IRIS, dsg.getGraph(IRIS.entitiesGraph()), store.mentions(), () -> {
                    parts[0]++;
                    return QuadLoader.stream(dsg, name, 7);
                });
                got.add(stored(dsg));
                throw undo;
            });
        } catch (IllegalStateException e) {
            assertEquals(undo, e);
        }
        assertTrue(parts[0] > 2, "one stream per part");
        assertEquals(expected, got.get(0));
        // The undone write left the store's tables as they were.
        assertEquals(expected, store.read(() -> stored(store.datasetGraph())));
    }
}
