package org.pledgegraph.store;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Two stores compared without holding either whole: every quad as an N-Quads line (blank labels blanked), a SHA-256
 * per line, and per kind of graph (document graphs together, every other graph by name) the count, the sum and the
 * xor of those digests; then the committed text index's live documents ({@link IndexContents}) digested in order.
 * Equal lines mean equal quads (up to blank labels) and an index with the same values.
 * {@code java -cp … org.pledgegraph.store.StoreDigestMain STORE}.
 */
public final class StoreDigestMain {
    private StoreDigestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigInteger> sums = new TreeMap<>();
        Map<String, BigInteger> xors = new TreeMap<>();
        try (GraphStore store = GraphStore.open(dir)) {
            store.read(() -> {
                var it = store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    String line = str(q.getSubject()) + " " + str(q.getPredicate()) + " " + str(q.getObject()) + " "
                            + str(q.getGraph());
                    BigInteger h = new BigInteger(1, sha(line));
                    String kind = kind(q.getGraph());
                    counts.computeIfAbsent(kind, k -> new long[1])[0]++;
                    sums.merge(kind, h, BigInteger::add);
                    xors.merge(kind, h, BigInteger::xor);
                }
                return null;
            });
        }
        long total = 0;
        for (String k : counts.keySet()) {
            total += counts.get(k)[0];
            System.out.println("quads\t" + k + "\t" + counts.get(k)[0] + "\t"
                    + sums.get(k).toString(16) + "\t" + xors.get(k).toString(16));
        }
        System.out.println("quads\ttotal\t" + total);
        List<String> index = IndexContents.of(dir);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String l : index) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        System.out.println("index\t" + index.size() + "\t" + new BigInteger(1, md.digest()).toString(16));
    }

    private static String str(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }

    private static String kind(Node g) {
        String u = g.getURI();
        int i = u.indexOf("/graph/document/");
        return i >= 0 ? u.substring(0, i) + "/graph/document/*" : u;
    }

    private static byte[] sha(String s) throws RuntimeException {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
