package org.pledgegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;

/**
 * Extraction cost and output of one jar, for an A/B of two jars run alternately (issue 14, the tagger's
 * features): the bundled tagger alone over every line of the files (CPU time of this thread, ROUNDS passes after
 * one warm-up), then full extractions ({@code Extractor.defaults()}) of every file, ROUNDS − 1 passes after one warm-up; prints the CPU times and
 * a hash of every mention (record text) and of every tagger span, so equal outputs are visible. Only the public
 * API, so the same source compiles against an older jar.
 * <pre>
 *   java -cp JAR:DIR org.pledgegraph.bench.ExtractAB ROUNDS FILE…
 * </pre>
 */
public final class ExtractAB {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");

    private ExtractAB() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        CharTagger tagger = CharTagger.bundled();
        long load = cpu.getCurrentThreadCpuTime() - t0;
        long spanHash = 0;
        int spans = 0;
        double[] taggerMs = new double[rounds];
        for (int r = -1; r < rounds; r++) {
            long s = cpu.getCurrentThreadCpuTime();
            long h = 0;
            int n = 0;
            for (String text : texts) {
                for (String line : text.split("\n")) {
                    for (var c : tagger.tag(line, 0)) {
                        h = h * 31 + c.toString().hashCode();
                        n++;
                    }
                }
            }
            if (r >= 0) {
                taggerMs[r] = (cpu.getCurrentThreadCpuTime() - s) / 1e6;
            }
            spanHash = h;
            spans = n;
        }
        Extractor ex = Extractor.defaults();
        long mentionHash = 0;
        int mentions = 0;
        double[] extractMs = new double[Math.max(1, rounds - 1)];
        for (int r = -1; r < extractMs.length; r++) {
            long s = cpu.getCurrentThreadCpuTime();
            mentionHash = 0;
            mentions = 0;
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                Matcher m = YEAR.matcher(name);
                int year = m.find() ? Integer.parseInt(m.group(1)) : 2024;
                Extraction e = ex.extract(new DocumentMeta(name, DocumentMeta.stemOf(name), null, year, "", "", ""),
                        texts.get(i));
                for (var mention : e.mentions()) {
                    mentionHash = mentionHash * 31 + mention.toString().hashCode();
                    mentions++;
                }
            }
            if (r >= 0) {
                extractMs[r] = (cpu.getCurrentThreadCpuTime() - s) / 1e6;
            }
        }
        java.util.Arrays.sort(extractMs);
        java.util.Arrays.sort(taggerMs);
        System.out.printf("files %d, model load %.0f ms cpu, tagger spans %d hash %016x, tagger cpu median %.0f ms (%s),"
                        + " extraction cpu min %.0f ms (%s), mentions %d hash %016x%n", files.size(), load / 1e6, spans, spanHash,
                taggerMs[rounds / 2], java.util.Arrays.toString(taggerMs), extractMs[0], java.util.Arrays.toString(extractMs),
                mentions, mentionHash);
    }
}
