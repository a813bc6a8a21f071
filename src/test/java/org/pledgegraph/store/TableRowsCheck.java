package org.pledgegraph.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The rows a table computes in Java ({@link TargetRows}, {@link DroppedRows}) against its rows query's rows, as lines
 * in row order: each column as N-Triples ({@code -} unbound), {@code ?candidate}'s texts sorted (the query's
 * GROUP_CONCAT joins them in the engine's order, the Java rows by text). A dev tool over a whole store too:
 * <pre>
 *   java -cp JAR:target/test-classes org.pledgegraph.store.TableRowsCheck STORE
 * </pre>
 */
public final class TableRowsCheck {
    private TableRowsCheck() {
    }

    /** {@code rows} as one line each, in their order. */
    static List<String> lines(List<Binding> rows, List<Var> vars) {
        List<String> out = new ArrayList<>(rows.size());
        for (Binding b : rows) {
            StringBuilder line = new StringBuilder();
            for (Var v : vars) {
                Node n = b.get(v);
                String cell = n == null ? "-" : NodeFmtLib.strNT(n);
                if (n != null && v.getVarName().equals("candidate")) {
                    String[] parts = n.getLiteralLexicalForm().split(" \\| ", -1);
                    Arrays.sort(parts);
                    cell = "\"" + String.join(" | ", parts) + "\"";
                }
                line.append(cell).append('\t');
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The query's lines and the Java lines of table {@code t}; call inside a transaction. */
    static List<List<String>> both(GraphStore store, AnswerTable t) {
        List<Var> vars = t.query().getProjectVars();
        return List.of(lines(t.queryRows(store.datasetGraph()), vars), lines(t.rows(store.datasetGraph()), vars));
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            for (AnswerTable t : List.of(AnswerTable.TARGETS, AnswerTable.DROPPED)) {
                store.read(() -> {
                    List<Var> vars = t.query().getProjectVars();
                    long t0 = System.nanoTime();
                    List<Binding> q = t.queryRows(store.datasetGraph());
                    long t1 = System.nanoTime();
                    List<Binding> j = t.rows(store.datasetGraph());
                    long t2 = System.nanoTime();
                    // second round, warm
                    t.queryRows(store.datasetGraph());
                    long t3 = System.nanoTime();
                    t.rows(store.datasetGraph());
                    long t4 = System.nanoTime();
                    List<String> ql = lines(q, vars);
                    List<String> jl = lines(j, vars);
                    int diff = 0;
                    for (int i = 0; i < Math.max(ql.size(), jl.size()); i++) {
                        String a = i < ql.size() ? ql.get(i) : "<none>";
                        String b = i < jl.size() ? jl.get(i) : "<none>";
                        if (!a.equals(b)) {
                            if (diff++ < 5) {
                                System.out.println("row " + i + "\n  query " + a + "\n  java  " + b);
                            }
                        }
                    }
                    List<String> qs = new ArrayList<>(ql);
                    List<String> js = new ArrayList<>(jl);
                    qs.sort(null);
                    js.sort(null);
                    System.out.printf("%s: query %d rows (%d ms, warm %d ms), java %d rows (%d ms, warm %d ms); rows differing in"
                                    + " place %d; same multiset %b; digest query %s java %s%n", t.rangeAll(), ql.size(),
                            (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, jl.size(), (t2 - t1) / 1_000_000,
                            (t4 - t3) / 1_000_000, diff, qs.equals(js), digest(ql), digest(jl));
                    return null;
                });
            }
        }
    }

    static String digest(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update((l + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
