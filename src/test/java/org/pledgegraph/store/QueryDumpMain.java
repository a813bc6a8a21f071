package org.pledgegraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Dev tool for checking that a change leaves answers unchanged: a named query on a store, for each parameter set,
 * as every row and as four pages (1 of 100, 3 of 7, 40 of 100, 2 of 1,000), one line each with the total, the TSV's
 * size and the start of its SHA-256. Run it with two jars on the same store and compare the outputs. The output
 * format is TSV, or {@code -Ddump.format=json} (any {@link QueryRunner.Format}).
 * <pre>
 *   java -cp JAR:target/test-classes org.pledgegraph.store.QueryDumpMain STORE QUERIES NAME "p=v;q=w" "" …
 * </pre>
 */
public final class QueryDumpMain {
    private QueryDumpMain() {
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            NamedQuery q = NamedQueries.load(Path.of(args[1])).get(args[2]);
            QueryRunner runner = new QueryRunner(store);
            List<Paging> pagings = List.of(Paging.ALL, Paging.first(), Paging.of(3, 7, "dump"), Paging.of(40, 100, "dump"),
                    Paging.of(2, 1000, "dump"));
            QueryRunner.Format format = QueryRunner.Format.valueOf(System.getProperty("dump.format", "tsv"));
            List<String> names = List.of("all", "p1x100", "p3x7", "p40x100", "p2x1000");
            for (String set : Arrays.asList(args).subList(3, args.length)) {
                var params = QueryRunner.parseParams(set.isEmpty() ? List.of() : Arrays.asList(set.split(";")));
                for (int k = 0; k < pagings.size(); k++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    long total = runner.run(q, params, format, out, pagings.get(k));
                    byte[] d = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
                    System.out.printf("%s\t%s\t%d\t%d\t%s%n", set, names.get(k), total, out.size(),
                            HexFormat.of().formatHex(d).substring(0, 16));
                }
            }
        }
    }
}
