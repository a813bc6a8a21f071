package org.pledgegraph.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.Paging;
import org.pledgegraph.store.QueryRunner;

/**
 * Two versions of one named query on one store, alternately in one JVM, so that a change to a {@code .rq} file
 * is measured under the same load, caches and JIT (a shared machine makes separate runs minutes apart
 * incomparable). Each run asks for the first page (100 rows) and the total, as {@code /api} does; the line
 * shows a hash of the page so that equal answers are visible.
 * <pre>
 *   java -cp target/pledgegraph.jar:target/pledgegraph-bench.jar org.pledgegraph.bench.QueryAB \
 *       STORE QUERIES_A QUERIES_B NAME ROUNDS [param=value …]
 * </pre>
 */
public final class QueryAB {
    private QueryAB() {
    }

    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("usage: QueryAB STORE QUERIES_A QUERIES_B NAME ROUNDS [param=value …]");
            return;
        }
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            NamedQuery a = NamedQueries.load(Path.of(args[1])).get(args[3]);
            NamedQuery b = NamedQueries.load(Path.of(args[2])).get(args[3]);
            int rounds = Integer.parseInt(args[4]);
            var params = QueryRunner.parseParams(Arrays.asList(args).subList(5, args.length));
            QueryRunner runner = new QueryRunner(store);
            List<Double> msA = new ArrayList<>();
            List<Double> msB = new ArrayList<>();
            // CPU time of this thread (the query runs in it): on a shared machine the wall time mostly measures the
            // wait for a core, the CPU time the work.
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Double> cpuA = new ArrayList<>();
            List<Double> cpuB = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                for (NamedQuery q : List.of(a, b)) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    long b0 = allocated(threads);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    long total = runner.run(q, params, QueryRunner.Format.tsv, out, Paging.first());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    double mb = (allocated(threads) - b0) / 1e6;
                    (q == a ? msA : msB).add(ms);
                    (q == a ? cpuA : cpuB).add(cpu);
                    // cpu to 0.1 ms: a request of ~10-20 ms is compared across jars by its thread CPU
                    System.out.printf("%s %s: total %d, %.0f ms (cpu %.1f ms, %.1f MB), page hash %08x%n",
                            q == a ? "A" : "B", q.name(), total, ms, cpu, mb, Arrays.hashCode(out.toByteArray()));
                }
            }
            Collections.sort(msA);
            Collections.sort(msB);
            Collections.sort(cpuA);
            Collections.sort(cpuB);
            System.out.printf("median of %d: A %.0f ms (cpu %.0f ms), B %.0f ms (cpu %.0f ms)%n", rounds, msA.get(rounds / 2),
                    cpuA.get(rounds / 2), msB.get(rounds / 2), cpuB.get(rounds / 2));
        }
    }

    /** Bytes this thread has allocated (-1 where the JVM does not count them). */
    private static long allocated(java.lang.management.ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : -1;
    }
}
