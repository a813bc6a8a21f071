package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a whole graph into a named graph of a TDB2 dataset (a triple already there stays once), inside the caller's write transaction: every
 * distinct node is looked up (or allocated) once, then each quad index gets all the rows. {@code DatasetGraph.add}
 * instead looks up all four nodes of every quad again (12 % of a profiled ingest; 9 % this way). The result is the
 * same store (same quads, same indexes), so reads cannot tell. Sorting the rows into each index's key order
 * first, as a bulk loader would, was tried and measured no faster: every insert still searches the tree.
 *
 * <p>Why not {@code LoaderFactory}'s loaders themselves: they run their own transactions (and threads), and
 * ingest must write a document's graph, its entities and the resolution pending mark in one transaction.
 */
final class QuadLoader {
    private QuadLoader() {
    }

    /**
     * Adds every triple of {@code graph} to the named graph {@code name} of {@code dsg}; call inside a write
     * transaction. Any dataset that is not TDB2 gets plain adds.
     */
    static void add(DatasetGraph dsg, Node name, Graph graph) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null || graph.isEmpty()) {
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            return;
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Map<Node, NodeId> ids = new HashMap<>();
        NodeId g = nodes.getAllocateNodeId(name);
        List<Tuple<NodeId>> rows = new ArrayList<>(graph.size());
        graph.find().forEachRemaining((Triple t) -> rows.add(TupleFactory.create4(g,
                ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
                ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
                ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId))));
        quads.getTupleTable().addAll(rows);
    }

    /**
     * A graph that writes each triple added to it into the named graph {@code name} of {@code dsg} (inside the
     * caller's write transaction), {@value #BATCH} quads at a time and the rest at {@link Graph#close}; it cannot be
     * read. For the statistics tables (hundreds of thousands of triples per ingest): held in an in-memory graph
     * first, each triple was indexed three times there only to be read back once. The quads are the same; a new
     * node may get another id, as nodes are allocated in the order triples come rather than the in-memory graph's.
     * Any dataset that is not TDB2 gets plain adds.
     */
    static Graph stream(DatasetGraph dsg, Node name) {
        return stream(dsg, name, BATCH);
    }

    /** As {@link #stream(DatasetGraph, Node)}, {@code batch} quads at a time (tests: several batches per part). */
    static Graph stream(DatasetGraph dsg, Node name, int batch) {
        return new Stream(dsg, name, batch);
    }

    static final int BATCH = 1 << 14;

    private static final class Stream extends GraphBase {
        private final DatasetGraph dsg;
        private final Node name;
        private final NodeTupleTable quads;
        private final Map<Node, NodeId> ids = new HashMap<>();
        private final List<Tuple<NodeId>> rows = new ArrayList<>();
        private final int batch;
        private NodeId g;

        Stream(DatasetGraph dsg, Node name, int batch) {
            this.dsg = dsg;
            this.name = name;
            this.batch = batch;
            this.quads = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable() : null;
        }

        @Override
        public void performAdd(Triple t) {
            if (quads == null) {
                dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                return;
            }
            NodeTable nodes = quads.getNodeTable();
            if (g == null) {
                g = nodes.getAllocateNodeId(name);
            }
            rows.add(TupleFactory.create4(g, ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId)));
            if (rows.size() >= batch) {
                flush();
            }
        }

        private void flush() {
            if (!rows.isEmpty()) {
                quads.getTupleTable().addAll(rows);
                rows.clear();
            }
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            throw new UnsupportedOperationException("a write-only graph");
        }

        @Override
        public void close() {
            if (quads != null) {
                flush();
            }
            ids.clear();
            super.close();
        }
    }

    /**
     * Number of quads in {@code dsg} (default graph included): for TDB2 the sizes of its primary indexes, which
     * counts records without turning every node id back into a node (that decoding was 7 % of an ingest).
     */
    static long count(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.isTDB2(dsg) ? TDBInternal.getDatasetGraphTDB(dsg) : null;
        if (tdb == null) {
            long[] n = {0};
            dsg.find().forEachRemaining(q -> n[0]++);
            return n[0];
        }
        return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
    }
}
