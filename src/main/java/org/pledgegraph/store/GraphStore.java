package org.pledgegraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.pledgegraph.model.PledgeGraphException;

/**
 * The embedded TDB2 dataset. All access is lexical: {@link #write(Runnable)} and {@link #read(Supplier)}.
 * The default graph is the union of the named graphs, for SPARQL here and through Fuseki.
 * <pre>
 *   try (GraphStore store = GraphStore.open(Path.of("data/tdb2"))) {
 *       long n = store.read(() -> store.quadCount());
 *   }
 * </pre>
 */
public final class GraphStore implements AutoCloseable {
    private final Path dir;
    private final Dataset dataset;
    private final Optional<String> recoveryNotice;
    private final TextIndex textIndex;
    private boolean closed;

    private GraphStore(Path dir, Dataset dataset, Optional<String> recoveryNotice, TextIndex textIndex) {
        this.dir = dir;
        this.dataset = dataset;
        this.recoveryNotice = recoveryNotice;
        this.textIndex = textIndex;
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PledgeGraphException(dir + ": cannot create store folder: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new PledgeGraphException(dir + ": store folder is not a writable directory");
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(Location.create(dir));
        } catch (RuntimeException e) {
            throw new PledgeGraphException(dir + ": cannot open store: " + StoreLocks.explain(dir, e), e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Optional<String> notice = StoreLocks.claim(dir);
        TextIndex text;
        try {
            text = TextIndex.open(dir, ds.getContext());
        } catch (RuntimeException e) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            StoreLocks.release(dir);
            throw e;
        }
        GraphStore store = new GraphStore(dir, ds, notice, text);
        // A store made before the text index existed (or whose index folder was deleted) gets one now.
        if (text.isEmpty() && !store.isEmpty()) {
            store.read(() -> text.rebuild(store.datasetGraph()));
        }
        return store;
    }

    /** The full-text index (names and sentences) that {@code text:query} reads; rebuilt by ingest. */
    public TextIndex textIndex() {
        return textIndex;
    }

    /** A one-line note if the last process to open this store was killed before closing it. */
    public Optional<String> recoveryNotice() {
        return recoveryNotice;
    }

    /** Sets the timeout (ms) applied to every query on this dataset, here and through Fuseki. */
    public GraphStore queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        return this;
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public void write(Runnable action) {
        dataset.executeWrite(action);
    }

    public <T> T read(Supplier<T> action) {
        return dataset.calculateRead(action);
    }

    /** Replaces the named graph {@code name} with {@code graph}; call inside {@link #write}. */
    public void replaceGraph(Node name, Graph graph) {
        DatasetGraph dsg = datasetGraph();
        dsg.removeGraph(name);
        graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Removes a named graph; call inside {@link #write}. */
    public void removeGraph(Node name) {
        datasetGraph().removeGraph(name);
    }

    /** Names of all named graphs; call inside a transaction. */
    public List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        datasetGraph().listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        return names;
    }

    /** Number of quads in all named graphs; call inside a transaction. */
    public long quadCount() {
        long[] n = {0};
        datasetGraph().find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    /** True if the store holds no quads. */
    public boolean isEmpty() {
        return read(() -> datasetGraph().isEmpty());
    }


    /** Closes the store; idempotent, and safe to call from a shutdown hook while another thread closes it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        textIndex.close();
        // expel, not just close: it releases the directory lock so another process (or test) can open it.
        org.apache.jena.tdb2.sys.TDBInternal.expel(datasetGraph());
        StoreLocks.release(dir);
    }

}
