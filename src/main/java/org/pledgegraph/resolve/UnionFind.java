package org.pledgegraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Union-find over names; the root is the lexically smallest name, so the result is order-independent. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String r = find(p);
        parent.put(x, r);
        return r;
    }

    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /** The keys grouped by root, roots in lexical order, each group in the order of {@code keys}. */
    Map<String, List<String>> components(Collection<String> keys) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String k : keys) {
            out.computeIfAbsent(find(k), r -> new ArrayList<>()).add(k);
        }
        return out;
    }
}
