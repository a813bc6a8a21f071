package org.pledgegraph.store;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.pledgegraph.rdf.IriMinter;

/**
 * Dev tool: every triple of the statistics graph as N-Triples (the {@code pg:tvaCandidate} texts sorted), sorted
 * and digested per table ({@code stat/{key}/…}), so two stores' tables can be compared; the lines go to
 * {@code OUT} for a diff.
 * <pre>
 *   java -cp JAR:target/test-classes org.pledgegraph.store.StatDigestMain STORE OUT
 * </pre>
 */
public final class StatDigestMain {
    private StatDigestMain() {
    }

    public static void main(String[] args) throws Exception {
        IriMinter iris = IriMinter.defaults();
        String prefix = iris.statistic("").getURI();
        Map<String, List<String>> byTable = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.read(() -> {
                store.datasetGraph().find(iris.statisticsGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    String s = q.getSubject().isURI() ? q.getSubject().getURI() : "_";
                    String table = s.startsWith(prefix) ? s.substring(prefix.length()).split("/")[0] : "other";
                    Node o = q.getObject();
                    String obj = NodeFmtLib.strNT(o);
                    if (q.getPredicate().getURI().endsWith("#tvaCandidate")) {
                        String[] parts = o.getLiteralLexicalForm().split(" \\| ", -1);
                        Arrays.sort(parts);
                        obj = "\"" + String.join(" | ", parts) + "\"";
                    }
                    byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(NodeFmtLib.strNT(q.getSubject()) + " "
                            + NodeFmtLib.strNT(q.getPredicate()) + " " + obj);
                });
                return null;
            });
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            byTable.forEach((table, lines) -> {
                lines.sort(null);
                lines.forEach(l -> out.println(table + "\t" + l));
                System.out.printf("%s\t%d\t%s%n", table, lines.size(), TableRowsCheck.digest(lines));
            });
        }
    }
}
