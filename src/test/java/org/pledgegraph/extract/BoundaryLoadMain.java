package org.pledgegraph.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.pledgegraph.text.Normalizer;

/**
 * The boundary table's load time in a fresh JVM, as the extractor pays it once: {@code BoundaryLoadMain FILE} reads
 * a written table and prints the time of the first read and the rows; {@code BoundaryLoadMain --write OUT
 * [-x PREFIX]... DIR...} first writes the table of the directories' reports (as {@code train} counts it) to OUT.
 */
public final class BoundaryLoadMain {
    private BoundaryLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--write")) {
            List<String> skip = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("-x")) {
                    skip.add(args[++i]);
                }
            }
            for (int i = 2; i < args.length; i++) {
                if (args[i].equals("-x")) {
                    i++;
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
            BoundaryStats s = BoundaryStats.count(texts, BoundaryStats.MINIMUM, BoundaryStats.TRIGRAM_MINIMUM);
            try (var out = Files.newOutputStream(Path.of(args[1]))) {
                s.write(out, List.of(texts.size() + " reports"));
            }
            System.out.println(texts.size() + " reports, " + s.size() + " bigrams, " + s.trigramSize() + " trigrams");
            return;
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        BoundaryStats s;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            s = BoundaryStats.read(in);
        }
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        System.out.printf("%s: %d bigrams, %d trigrams, first read %d ms wall, %d ms CPU%n", args[0], s.size(),
                s.trigramSize(), (t1 - t0) / 1000000, (c1 - c0) / 1000000);
    }
}
