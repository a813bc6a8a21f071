package org.pledgegraph.store;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableWrapper;
import org.apache.jena.tdb2.store.nodetable.ThreadBufferingCache;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Widens the node cache a TDB2 write transaction sees. Inside a write transaction TDB2 puts every node it decodes
 * or allocates into a per-transaction buffer of a fixed 1,000 entries (so an aborted transaction leaves the shared
 * cache clean), and reads nothing into the shared cache until the commit. Ingest's last transaction reads the
 * whole store back (the cross-year step, the mentions, the statistics tables' SPARQL), so with 1,000 entries
 * nearly every node id was decoded again from the node file (a system call and a parse each): a fifth of the
 * writer's time in a 209-document ingest (perf20 in BENCHMARKS.md).
 *
 * <p>The buffer becomes a {@link Buffer}: bounded by the approximate size of its nodes rather than their number,
 * and handing nothing to the shared cache at the commit (TDB2 copied the last 1,000 there; copying a whole
 * transaction's nodes would keep up to a million, document texts included, after it). A node not cached is read
 * from the node table, so the store and every answer are the same; only the time differs.
 *
 * <p>The buffer is a private field of TDB2's {@link ThreadBufferingCache}; if a Jena version moves it, the
 * widening is skipped and the store works as before, only slower.
 */
final class WriteNodeCache {
    /** Approximate bytes each buffer (node → id, id → node) may hold; emptied at each commit or abort. */
    static final long BUDGET = 24L << 20;

    private WriteNodeCache() {
    }

    /** Widens the write buffers of the node table of {@code dsg}, when it is TDB2 and no write is under way. */
    static void widen(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTable table = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        while (table instanceof NodeTableWrapper w && !(table instanceof NodeTableCache)) {
            table = w.wrapped();
        }
        if (!(table instanceof NodeTableCache cache)) {
            return;
        }
        try {
            widen(field(NodeTableCache.class, "node2id_Cache").get(cache));
            widen(field(NodeTableCache.class, "id2node_Cache").get(cache));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Another Jena layout: keep TDB2's own buffers.
        }
    }

    private static void widen(Object buffering) throws ReflectiveOperationException {
        if (!(buffering instanceof ThreadBufferingCache<?, ?>)) {
            return;
        }
        AtomicReference<?> thread = (AtomicReference<?>) field(ThreadBufferingCache.class, "bufferingThread").get(buffering);
        if (thread.get() != null) {
            return; // a write transaction holds entries in the buffer now
        }
        field(ThreadBufferingCache.class, "localCache").set(buffering, new Buffer<>(BUDGET));
    }

    /**
     * The write transaction's buffer: least recently used first out once its nodes' approximate size passes the
     * budget. Only the writing thread uses it (TDB2 sends every other thread to the shared cache), so it is not
     * synchronised. {@link #keys} is empty: the commit copies the buffer's keys into the shared cache.
     */
    static final class Buffer<K, V> implements Cache<K, V> {
        private final long budget;
        private long bytes;
        private final LinkedHashMap<K, V> map = new LinkedHashMap<>(1 << 12, 0.75f, true);

        Buffer(long budget) {
            this.budget = budget;
        }

        /** Map entry, id and node objects, and the node's string (two bytes a character at most). */
        private static long weight(Object k, Object v) {
            return 128 + 2L * (chars(k) + chars(v));
        }

        private static int chars(Object o) {
            if (o instanceof Node n) {
                if (n.isLiteral()) {
                    return n.getLiteralLexicalForm().length() + n.getLiteralDatatypeURI().length() + n.getLiteralLanguage().length();
                }
                if (n.isURI()) {
                    return n.getURI().length();
                }
                return 16;
            }
            return 0;
        }

        @Override
        public boolean containsKey(K key) {
            return map.containsKey(key);
        }

        @Override
        public V getIfPresent(K key) {
            return map.get(key);
        }

        @Override
        public V get(K key, Function<K, V> provider) {
            V v = map.get(key);
            if (v == null) {
                v = provider.apply(key);
                if (v != null) {
                    put(key, v);
                }
            }
            return v;
        }

        @Override
        public void put(K key, V value) {
            V old = map.remove(key);
            if (old != null) {
                bytes -= weight(key, old);
            }
            bytes += weight(key, value);
            map.put(key, value);
            for (Iterator<Map.Entry<K, V>> it = map.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
                Map.Entry<K, V> eldest = it.next();
                bytes -= weight(eldest.getKey(), eldest.getValue());
                it.remove();
            }
        }

        @Override
        public void remove(K key) {
            V old = map.remove(key);
            if (old != null) {
                bytes -= weight(key, old);
            }
        }

        @Override
        public Iterator<K> keys() {
            return Collections.emptyIterator();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public void clear() {
            map.clear();
            bytes = 0;
        }

        @Override
        public long size() {
            return map.size();
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
