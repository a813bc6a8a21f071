package org.pledgegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.cli.PledgeGraph;

/** Runs {@code bench --quick} on two tiny documents so the harness cannot rot; checks sections, never timings. */
class BenchSmokeIT {
    @TempDir
    Path tmp;

    @Test
    void quickBenchReportsEverySection() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("tiny-2022.txt"), "2022年政府工作报告\n\n"
                + "今年要加快建设安阳航天智能装备产业园，推进豫之锦二期项目。全年生产总值增长6%左右。\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("tiny-2024.txt"), "2024年政府工作报告\n\n"
                + "过去一年，豫之锦二期项目建成投产，安阳航天智能装备产业园开工建设。\n", StandardCharsets.UTF_8);
        Path report = tmp.resolve("report.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeGraph.run(new String[] {"bench", "--quick", "--scales", "1,2", "--threads", "2",
                "--corpus", corpus.toString(), "--out", report.toString(),
                "--variety-scales", "2", "--variety-corpus", corpus.toString(),
                "--jar", System.getProperty("pledgegraph.jar", "target/pledgegraph.jar")},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        String md = out.toString();
        for (String section : ReportWriter.SECTIONS) {
            assertTrue(md.contains("\n## " + section + "\n"), "missing section " + section + " in\n" + md);
        }
        assertTrue(md.contains("| HanLP | 1 |"), md);
        assertTrue(md.contains("| 2× | 4 |"), "scaled corpus of 2 documents × 2 not ingested:\n" + md);
        for (String query : new String[] {"documents", "mentions", "reappear"}) {
            assertTrue(md.contains("| " + query + " |"), "no latency for " + query);
        }
        assertTrue(md.contains("| (all) |  | HTTP mixed 2 s, timeout 30 s | 4 |"), "no mixed-load row:\n" + md);
        assertTrue(md.contains("| page / | / | HTTP page | 4 |") && md.contains("| page /search |"), "no workbench page rows:\n" + md);
        assertTrue(md.matches("(?s).*\\| timeline \\| name=\\S+ \\|.*"), "timeline not given an entity name:\n" + md);
        // The real-variety run follows in the same report, with its own tables.
        int variety = md.indexOf("\n# Real variety (");
        assertTrue(variety > 0, "no real-variety part:\n" + md);
        assertTrue(md.indexOf("\n## Ingest\n", variety) > 0, md);
        assertTrue(md.indexOf("| 2× | 4 |", variety) > 0, "variety 2× not ingested:\n" + md);
        assertEquals(md, Files.readString(report, StandardCharsets.UTF_8));
        assertTrue(err.toString().contains("cold start"), err.toString());
    }
}
