package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.extract.CandidateJudge;

/** {@code train} building a judge: what it writes, and what it removes, said in a note. */
class TrainCommandTest {
    @TempDir
    Path tmp;
    Path gold;
    Path out;

    @BeforeEach
    void twoSeedReports() throws Exception {
        // Two annotated seed reports of one government: enough to train a judge in seconds.
        gold = Files.createDirectories(tmp.resolve("gold"));
        for (String stem : new String[] {"000_8b5d310501e46dd4", "003_d45b306f38fa5f8e"}) {
            Files.copy(Path.of("src/test/resources/gold", stem + ".tsv"), gold.resolve(stem + ".tsv"));
        }
        out = Files.createDirectories(tmp.resolve("out"));
    }

    private CliTest.Result train(String... extra) {
        String[] base = {"train", "--gold", gold.toString(), "--texts", "seeds", "--corpus", "seeds", "--no-tagger",
                "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTest.run(args);
    }

    @Test
    void aOnePassBuildRemovesAStaleSecondPassAndSaysSo() throws Exception {
        Files.writeString(out.resolve(CandidateJudge.STACK_MODEL), "a second pass of another first pass");
        CliTest.Result r = train();
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve(CandidateJudge.MODEL)) > 0, "the judge is written");
        assertFalse(Files.exists(out.resolve(CandidateJudge.STACK_MODEL)), "the stale second pass is removed");
        assertTrue(r.err().contains("note: removed") && r.err().contains("--stack FULL"), r.err());
        assertTrue(Files.readString(out.resolve("candidate-judge.txt")).contains("second pass\tnone"));
    }

    @Test
    void writesTheBoundaryStatisticsOfTheReportsItIsGivenWithTheirCommand() throws Exception {
        CliTest.Result r = train("--boundary-corpus", "seeds", "--boundary-exclude", "某个没有报告的政府");
        assertEquals(0, r.code(), r.err());
        Path table = out.resolve(org.pledgegraph.extract.BoundaryStats.RESOURCE);
        String text;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(table))) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("# Regenerate: ./pledgegraph train") && text.contains("--boundary-corpus seeds"), text);
        assertTrue(text.contains("reports sha256 "), "the reports' hash is named");
        org.pledgegraph.extract.BoundaryStats b;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(table))) {
            b = org.pledgegraph.extract.BoundaryStats.read(in);
        }
        assertTrue(b.size() > 100, "bigrams of the seed reports: " + b.size());
        assertTrue(b.count('建', '设') >= org.pledgegraph.extract.BoundaryStats.MINIMUM, "a common bigram is kept");
    }

    @Test
    void aSecondPassFromOneGovernmentIsRefusedAndWritesNothing() throws Exception {
        byte[] before = "the model that was there".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(out.resolve(CandidateJudge.MODEL), before);
        CliTest.Result r = train("--stack", "FULL");
        assertTrue(r.code() != 0, "refused");
        assertTrue(r.err().contains("two governments"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve(CandidateJudge.MODEL)), "nothing overwritten");
    }
}
