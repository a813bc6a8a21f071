package org.pledgegraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.text.Normalizer;

/**
 * The spread of branching entropy ({@link EntropyFeatures}) at the candidates of unannotated reports, to fix its bins
 * before any LOGO: {@code BoundaryEntropySpreadMain DIR... -- FILE...} counts the table over the reports of the
 * directories (file names starting with an argument after {@code -x} are not read) and prints quantiles of the
 * entropies at the candidates' edges of the files and of their rise against one character inside.
 */
public final class BoundaryEntropySpreadMain {
    private BoundaryEntropySpreadMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> skip = new ArrayList<>();
        int i = 0;
        for (; !args[i].equals("--"); i++) {
            if (args[i].equals("-x")) {
                skip.add(args[++i]);
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".txt") && skip.stream().noneMatch(name::startsWith)) {
                        texts.add(Normalizer.normalize(Files.readString(p)).text());
                    }
                }
            }
        }
        BoundaryStats table = BoundaryStats.count(texts, BoundaryStats.MINIMUM);
        System.out.println(texts.size() + " reports, " + table.size() + " rows");
        Extractor x = Extractor.defaults();
        List<Integer> edge = new ArrayList<>();
        List<Integer> rise = new ArrayList<>();
        int unknown = 0;
        for (i++; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]));
            Extractor.Analysis a = x.analyse(new DocumentMeta(Path.of(args[i]).getFileName().toString(), "t", null,
                    2025, "", "", ""), text);
            for (Proposal p : x.proposals(a, Specificity.empty())) {
                String t = p.sentence().text();
                int b = p.candidate().begin() - p.sentence().begin();
                int e = p.candidate().end() - p.sentence().begin();
                int[] hs = {EntropyFeatures.before(t, b, table), EntropyFeatures.after(t, e, table),
                    EntropyFeatures.after(t, b, table), EntropyFeatures.before(t, e, table)};
                for (int h : hs) {
                    if (h == BoundaryStats.UNKNOWN) {
                        unknown++;
                    } else if (h != BoundaryFeatures.HARD) {
                        edge.add(h);
                    }
                }
                int[][] pairs = {{hs[0], EntropyFeatures.before(t, b + 1, table)},
                    {hs[1], EntropyFeatures.after(t, e - 1, table)}};
                for (int[] q : pairs) {
                    if (q[0] >= 0 && q[1] >= 0 && q[0] != BoundaryFeatures.HARD && q[1] != BoundaryFeatures.HARD) {
                        rise.add(q[0] - q[1]);
                    }
                }
            }
        }
        System.out.println("unknown " + unknown);
        print("entropy at edges (tenths of a bit)", edge);
        print("rise across the edge (tenths)", rise);
    }

    private static void print(String what, List<Integer> xs) {
        int[] v = xs.stream().mapToInt(Integer::intValue).sorted().toArray();
        StringBuilder b = new StringBuilder(what + " n=" + v.length + ":");
        for (double q : new double[] {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
            b.append(String.format(java.util.Locale.ROOT, " q%.2f=%d", q, v[(int) (q * (v.length - 1))]));
        }
        System.out.println(b);
    }
}
