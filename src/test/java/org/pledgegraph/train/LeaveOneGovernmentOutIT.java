package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pledgegraph.eval.Score;
import org.pledgegraph.extract.CandidateJudge;

/**
 * Leave-group-out over ../shared/gold/local and the seeds' gold: for each government, the judge trained without it
 * and the others of its group (its name table counted without their reports) must keep the entity F1 it reached, and
 * rules + judge must not fall below the rules alone overall.
 */
class LeaveOneGovernmentOutIT {
    private static final Path SHARED = Path.of("..", "shared");
    /**
     * Entity F1 (lenient) of rules + judge per left-out government, 0.02 below what main reached on 2026-12-05
     * (session 22, main 2d3e256) with the two groups below (every other government of the project's training gold,
     * 12 of 24, in every fold's training, one-pass judges without the character tagger; micro 0.77 / 0.66 / 0.71 over
     * these nine). The floors had stood at session 10's figures (micro 0.68), 0.03-0.07 under what the judge has
     * reached since, so a fall of that size went unseen. The table prints four places; each floor is rounded down.
     * With all 24 training governments the rows were 0.01-0.03 higher (docs/evaluation-history.md, "Session 8").
     */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("安阳市北关区", 0.83), Map.entry("河南省", 0.72), Map.entry("浙江省", 0.63),
            Map.entry("深圳市", 0.76), Map.entry("深圳市宝安区", 0.60), Map.entry("深圳市盐田区", 0.63),
            Map.entry("深圳市福田区", 0.65), Map.entry("深圳市龙岗区", 0.71), Map.entry("贵州省", 0.58));

    /** Micro F1 over the nine, 0.02 below session 22's 0.7091: one government's fall can hide in its own margin. */
    private static final double MICRO_FLOOR = 0.69;

    /**
     * Two judges instead of nine keep the suite inside its time: each group, held-out and development governments
     * together, is left out of training and of the name table. Two folds train side by side on CI's two cores;
     * three (sessions 8–10) took 126 s of CPU for the folds, two take 72 s, for the same micro F1
     * (BENCHMARKS.md, "Test suite duration"). `train --logo` gives the true leave-one-government-out table.
     */
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("深圳市盐田区", "深圳市宝安区", "河南省", "深圳市福田区"),
            Set.of("浙江省", "贵州省", "安阳市北关区", "深圳市", "深圳市龙岗区"));

    @Test
    void eachGovernmentKeepsItsScore() {
        Path gold = SHARED.resolve("gold").resolve("local");
        Path corpus = SHARED.resolve("corpus").resolve("local");
        assumeTrue(Files.isDirectory(gold) && Files.isDirectory(corpus), "../shared is not beside the clone");
        List<AnnotatedDocument> docs = new ArrayList<>(GoldSets.load(gold, List.of(corpus)));
        docs.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds"))));
        Set<String> independent = docs.stream().map(AnnotatedDocument::government).collect(Collectors.toSet());
        // The project's own training annotations, which the shipped judge trains on too: in every fold's training,
        // without folds of their own (a fold per government of the independent gold keeps the suite's time).
        // Half of them (every other government in name order) since session 8: all 24 made the three trainings
        // take 216 s of an 11-minute suite; `train --logo` trains on every one.
        // Other years of an independent-gold government (gold-train-more holds two pairs of 深圳市, should they move
        // here) stay out: in a fold's training they would teach the judge the government it is scored on.
        List<AnnotatedDocument> training = GoldSets.load(Path.of("src", "test", "resources", "gold-train"), List.of(corpus))
                .stream().filter(d -> !independent.contains(d.government())).toList();
        List<String> trainingGovernments = training.stream().map(AnnotatedDocument::government).distinct().sorted().toList();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < trainingGovernments.size(); i += 2) {
            kept.add(trainingGovernments.get(i));
        }
        training.stream().filter(d -> kept.contains(d.government())).forEach(docs::add);
        assertEquals(independent, GROUPS.stream().flatMap(Set::stream).collect(Collectors.toSet()));
        List<LeaveOneGovernmentOut.Fold> folds = LeaveOneGovernmentOut.runGroups(docs, CorpusNames.scan(corpus), 3,
                List.of(CandidateJudge.THRESHOLD), Set.of(), GROUPS);
        String table = LeaveOneGovernmentOut.table(folds, List.of(CandidateJudge.THRESHOLD));
        System.out.println("LOGO\n" + table); // the README's table comes from this line
        assertEquals(FLOORS.keySet(), folds.stream().map(LeaveOneGovernmentOut.Fold::government)
                .collect(Collectors.toSet()), table);
        double rulesCorrect = 0;
        double judgedCorrect = 0;
        for (LeaveOneGovernmentOut.Fold f : folds) {
            double f1 = f.judged().get(0).f1();
            assertTrue(f1 >= FLOORS.get(f.government()), f.government() + " F1 " + f1 + "\n" + table);
            rulesCorrect += f.rules().f1();
            judgedCorrect += f1;
        }
        assertTrue(judgedCorrect > rulesCorrect, "rules + judge below the rules on average\n" + table);
        assertTrue(micro(folds) >= MICRO_FLOOR, "micro F1 " + micro(folds) + " below " + MICRO_FLOOR + "\n" + table);
    }

    private static double micro(List<LeaveOneGovernmentOut.Fold> folds) {
        return folds.stream().map(f -> f.judged().get(0)).reduce(Score.ZERO, Score::plus).f1();
    }
}
