package org.pledgegraph.server;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pledgegraph.store.GraphStore;

/**
 * Dev diagnostic: the {@code /search} page rendered in process, wall and thread CPU time of each run and the median
 * of N after one warm-up, with the page's length and hash (equal bytes across versions):
 * {@code java -cp pledgegraph.jar:target/test-classes org.pledgegraph.server.SearchPageTimingMain STORE N WORD...}.
 */
public final class SearchPageTimingMain {
    private SearchPageTimingMain() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        var threads = ManagementFactory.getThreadMXBean();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            var dsg = store.datasetGraph();
            for (int w = 2; w < args.length; w++) {
                String word = args[w];
                List<Double> wall = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                int len = 0;
                int hash = 0;
                for (int i = 0; i <= n; i++) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    String page = store.read(() -> SearchPage.render(dsg, "https://w3id.org/pledgegraph/", word));
                    double ms = (System.nanoTime() - t0) / 1e6;
                    double c = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    len = page.length();
                    hash = page.hashCode();
                    if (i > 0) {
                        System.out.printf("search page run %s: %.1f ms wall, %.1f ms cpu%n", word, ms, c);
                        wall.add(ms);
                        cpu.add(c);
                    }
                }
                Collections.sort(wall);
                Collections.sort(cpu);
                System.out.printf("search page %s: %d chars, hash %08x, median of %d: %.0f ms wall, %.0f ms cpu (min %.0f / %.0f)%n",
                        word, len, hash, n, wall.get(n / 2), cpu.get(n / 2), wall.get(0), cpu.get(0));
            }
        }
    }
}
