package org.pledgegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.IndexContents;

/**
 * An ingest's last two transactions (resolution and the entities graph's quads, then the tables computed from that
 * commit on another thread while the writer writes them, with the entities graph's text index values) leave the
 * store and the text index exactly as resolving again in one transaction does ({@link Ingest#resolve}: cross-year
 * pass, entities graph, tables in the writer's own transaction). Real TDB2 store, the five seed reports, two per
 * transaction so earlier batches leave resolution pending too.
 */
class TablesBesideIT {
    @TempDir
    Path tmp;

    @Test
    void theTablesWrittenBesideAreTheTablesOfOneTransaction() {
        Path dir = tmp.resolve("store");
        IriMinter iris = IriMinter.defaults();
        try (GraphStore store = GraphStore.open(dir)) {
            Ingest ingest = Ingest.create(store).batchSize(2);
            IngestReport r = ingest.run(List.of(Path.of("seeds")), IngestListener.NONE);
            assertEquals(5, r.documents());
            assertFalse(ingest.isPending(), "the second transaction cleared the pending mark");
            List<String> quads = quads(store);
            List<String> index = IndexContents.of(dir);
            assertTrue(quads.stream().filter(q -> q.endsWith(NodeFmtLib.strNT(iris.statisticsGraph()))).count() > 1_000,
                    "the tables are there");
            assertTrue(index.stream().anyMatch(l -> l.contains(iris.entitiesGraph().getURI())),
                    "the entities' names are in the index");

            ingest.resolve(); // all of it again in the writer's one transaction
            assertEquals(quads, quads(store));
            assertEquals(index, IndexContents.of(dir));
        }
    }

    /** Every quad as a sorted N-Quads line (the seeds' store is small); blank labels blanked (the ontology's lists). */
    private static List<String> quads(GraphStore store) {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) ->
                    out.add(nt(q.getSubject()) + " " + nt(q.getPredicate()) + " " + nt(q.getObject()) + " "
                            + nt(q.getGraph())));
            out.sort(null);
            return out;
        });
    }

    private static String nt(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
