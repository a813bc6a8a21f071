package org.pledgegraph.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.text.Normalizer;

/**
 * The trigram table's size and the spread of its varieties ({@link TrigramFeatures}) at the candidates of unannotated
 * reports, to fix the minimum and the bins before any LOGO: {@code BoundaryTrigramSpreadMain [-x PREFIX]... DIR... --
 * FILE...} counts the table over the reports of the directories (file names starting with a {@code -x} prefix are
 * not read, wherever the option stands), prints rows and gzip bytes at several minima and the read time, then
 * quantiles of the edge varieties and rises at the candidates of the files (the table with the file added, as the
 * judge reads it).
 */
public final class BoundaryTrigramSpreadMain {
    private BoundaryTrigramSpreadMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> skip = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        int i = 0;
        for (; !args[i].equals("--"); i++) {
            if (args[i].equals("-x")) {
                skip.add(args[++i]);
            } else {
                dirs.add(args[i]);
            }
        }
        List<String> texts = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".txt") && skip.stream().noneMatch(name::startsWith)) {
                        texts.add(Normalizer.normalize(Files.readString(p)).text());
                    }
                }
            }
        }
        System.out.println(texts.size() + " reports, " + texts.stream().mapToInt(String::length).sum() + " chars");
        BoundaryStats table = null;
        for (int minimum : new int[] {5, 8, 10, 20}) {
            long t0 = System.nanoTime();
            BoundaryStats s = BoundaryStats.count(texts, BoundaryStats.MINIMUM, minimum);
            long t1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.write(out, List.of("h"));
            long t2 = System.nanoTime();
            BoundaryStats.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
            long t3 = System.nanoTime();
            System.out.printf("trigram minimum %d: %d trigram rows, %d bigram rows, gzip %d bytes, count %d ms, read %d ms%n",
                    minimum, s.trigramSize(), s.size(), out.size(), (t1 - t0) / 1000000, (t3 - t2) / 1000000);
            if (minimum == BoundaryStats.TRIGRAM_MINIMUM) {
                table = s;
            }
        }
        Extractor x = Extractor.defaults();
        List<Integer> edge = new ArrayList<>();
        List<Integer> rise = new ArrayList<>();
        int hard = 0;
        for (i++; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]));
            Extractor.Analysis a = x.analyse(new DocumentMeta(Path.of(args[i]).getFileName().toString(), "t", null,
                    2025, "", "", ""), text);
            BoundaryStats with = table.withDocument(Normalizer.normalize(text).text());
            for (Proposal p : x.proposals(a, Specificity.empty())) {
                String t = p.sentence().text();
                int b = p.candidate().begin() - p.sentence().begin();
                int e = p.candidate().end() - p.sentence().begin();
                int[] vs = {TrigramFeatures.startVariety(t, b, with), TrigramFeatures.endVariety(t, b, with),
                    TrigramFeatures.endVariety(t, e, with), TrigramFeatures.startVariety(t, e, with)};
                for (int v : vs) {
                    if (v == BoundaryFeatures.HARD) {
                        hard++;
                    } else {
                        edge.add(v);
                    }
                }
                int[][] pairs = {{vs[0], TrigramFeatures.startVariety(t, b + 1, with)},
                    {vs[2], TrigramFeatures.endVariety(t, e - 1, with)}};
                for (int[] q : pairs) {
                    if (q[0] != BoundaryFeatures.HARD && q[1] != BoundaryFeatures.HARD) {
                        rise.add(TrigramFeatures.riseTenths(q[0], q[1]));
                    }
                }
            }
        }
        System.out.println("hard sides " + hard);
        print("trigram variety at edges", edge);
        print("rise across the edge (tenths of a bit of the ratio)", rise);
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
