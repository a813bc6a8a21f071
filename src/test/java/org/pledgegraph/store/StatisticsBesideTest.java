package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.IriMinter;

/**
 * The statistics parts computed on their own thread ({@link StatisticsBeside}) reach the writer in
 * {@link Statistics#compute}'s order, and a writer that fails part-way ends the computing thread and its read
 * transaction: the failure is the caller's, and the store takes the next write. Real TDB2 store.
 */
class StatisticsBesideTest {
    @TempDir
    Path tmp;

    @Test
    void thePartsArriveInOrderAndAFailingWriterStopsTheReader() {
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            List<Graph> inline = new ArrayList<>();
            store.read(() -> {
                Statistics.compute(store.datasetGraph(), iris, store.datasetGraph().getGraph(iris.entitiesGraph()),
                        List.of(), inline::add);
                return null;
            });
            List<Graph> beside = new ArrayList<>();
            store.write(() -> StatisticsBeside.compute(store.dataset(), iris, List.of(), beside::add));
            assertEquals(inline.size(), beside.size());
            for (int i = 0; i < inline.size(); i++) {
                assertTrue(inline.get(i).isIsomorphicWith(beside.get(i)), "part " + i);
            }

            IllegalStateException boom = new IllegalStateException("the writer failed");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.write(() ->
                    StatisticsBeside.compute(store.dataset(), iris, List.of(), part -> {
                        throw boom;
                    })));
            assertSame(boom, thrown);
            assertFalse(Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("statistics-parts")), "the computing thread ended");
            store.write(() -> store.datasetGraph().add(iris.statisticsGraph(), iris.statistic("x"),
                    Statistics.STAT_YEAR, NodeFactory.createLiteralString("1")));
            assertTrue(store.read(() -> store.datasetGraph().find(iris.statisticsGraph(), null, null, null).hasNext()));
        }
    }
}
