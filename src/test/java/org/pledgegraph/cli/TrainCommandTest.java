package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CharTagger;

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
        return CliTest.run(with(base, extra));
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
    void aSecondPassBuildWritesBothPassesAndItsFirstPassIsTheOnePassJudge() throws Exception {
        // Three governments (the seeds' and two small training reports of others): the second pass deals them into
        // groups, so it needs two or more.
        Path local = Path.of("..", "shared", "corpus", "local");
        assumeTrue(Files.isDirectory(local), "../shared is not beside the clone");
        for (String stem : new String[] {"hebeisheng-2026", "shenzhen-dapengxinqu-2023"}) {
            Files.copy(Path.of("src/test/resources/gold-train", stem + ".tsv"), gold.resolve(stem + ".tsv"));
        }
        CliTest.Result r = train("--texts", local.toString(), "--stack", "FULL");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("note: removed"), r.err());
        assertTrue(Files.readString(out.resolve("candidate-judge.txt"))
                .contains("second pass\t" + CandidateJudge.STACK_MODEL + " (same trainer, StackFeatures FULL"));
        MaxentModel second;
        try (var in = Files.newInputStream(out.resolve(CandidateJudge.STACK_MODEL))) {
            second = CandidateJudge.read(in);
        }
        assertEquals(2, second.getNumOutcomes());
        assertTrue(second.getIndex(CandidateJudge.KEEP) >= 0 && second.getIndex(CandidateJudge.DROP) >= 0);
        @SuppressWarnings("unchecked")
        var predicates = ((java.util.Map<String, ?>) ((AbstractModel) second).getDataStructures()[1]).keySet();
        assertTrue(predicates.stream().anyMatch(p -> p.startsWith("smax=")), "it reads the siblings' first pass");

        // The first pass shipped beside the second is the judge a one-pass build of the same data writes.
        byte[] firstPass = Files.readAllBytes(out.resolve(CandidateJudge.MODEL));
        CliTest.Result one = train("--texts", local.toString());
        assertEquals(0, one.code(), one.err());
        assertArrayEquals(firstPass, Files.readAllBytes(out.resolve(CandidateJudge.MODEL)));
        assertFalse(Files.exists(out.resolve(CandidateJudge.STACK_MODEL)));
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
        assertTrue(b.rightEntropy('建', '设') > 0, "its branching entropy is written too: " + b.rightEntropy('建', '设'));
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

    @Test
    void judgeGoldTrainsTheJudgeButNotTheTagger() throws Exception {
        // 000 as gold, 003 as judge-only gold: the tagger must be the one trained on 000 alone, the judge not.
        Path judgeOnly = Files.createDirectories(tmp.resolve("judge-gold"));
        Files.move(gold.resolve("003_d45b306f38fa5f8e.tsv"), judgeOnly.resolve("003_d45b306f38fa5f8e.tsv"));
        Path alone = Files.createDirectories(tmp.resolve("alone"));
        String[] common = {"train", "--gold", gold.toString(), "--texts", "seeds", "--corpus", "seeds"};
        CliTest.Result a = CliTest.run(with(common, "--out", alone.toString()));
        assertEquals(0, a.code(), a.err());
        CliTest.Result b = CliTest.run(with(common, "--judge-gold", judgeOnly.toString(), "--out", out.toString()));
        assertEquals(0, b.code(), b.err());
        assertArrayEquals(Files.readAllBytes(alone.resolve(CharTagger.MODEL)),
                Files.readAllBytes(out.resolve(CharTagger.MODEL)), "the tagger does not read judge-only gold");
        assertFalse(Arrays.equals(Files.readAllBytes(alone.resolve(CandidateJudge.MODEL)),
                Files.readAllBytes(out.resolve(CandidateJudge.MODEL))), "the judge does");
        String side = Files.readString(out.resolve("candidate-judge.txt"));
        assertTrue(side.contains("003_d45b306f38fa5f8e\tjudge only") && side.contains("--judge-gold " + judgeOnly),
                side);
        assertTrue(side.contains("000_8b5d310501e46dd4\n"), side);
    }

    @Test
    void aReportInBothGoldAndJudgeGoldIsRefused() throws Exception {
        Path again = Files.createDirectories(tmp.resolve("again"));
        Files.copy(gold.resolve("003_d45b306f38fa5f8e.tsv"), again.resolve("003_d45b306f38fa5f8e.tsv"));
        CliTest.Result r = train("--judge-gold", again.toString());
        assertTrue(r.code() != 0, "refused");
        assertTrue(r.err().contains("003_d45b306f38fa5f8e.tsv is read by another gold folder too"), r.err());
        assertFalse(Files.exists(out.resolve(CandidateJudge.MODEL)), "nothing written");
    }

    @Test
    void aTaggerWithOnlyJudgeGoldIsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Result r = CliTest.run("train", "--gold", empty.toString(), "--judge-gold", gold.toString(),
                "--texts", "seeds", "--corpus", "seeds", "--out", out.toString());
        assertTrue(r.code() != 0, "refused");
        assertTrue(r.err().contains("the tagger would learn from nothing"), r.err());
        assertFalse(Files.exists(out.resolve(CharTagger.MODEL)), "nothing written");
    }

    private static String[] with(String[] base, String... extra) {
        String[] args = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }
}
