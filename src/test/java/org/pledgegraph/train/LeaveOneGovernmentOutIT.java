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
 * Leave-group-out over ../shared/gold/local, the seeds' gold and the eight provinces only gold-train-more annotates:
 * for each government, the judge trained without it
 * and the others of its group (its name table counted without their reports) must keep the entity F1 it reached, and
 * rules + judge must not fall below the rules alone overall.
 */
class LeaveOneGovernmentOutIT {
    private static final Path SHARED = Path.of("..", "shared");
    /**
     * Entity F1 (lenient) of rules + judge per left-out government, 0.02 below what main reached on 2026-12-06
     * (session 31) with the two groups below (every other government of the project's training gold, 12 of 24, and
     * the fresh provinces, in the other group's training; one-pass judges without the character tagger; micro F1
     * 0.7091 over these nine, as in session 22). Against session 22's floors, with the fresh provinces in the groups,
     * 河南省, 深圳市龙岗区 and 安阳市北关区 fell (floors 0.72 → 0.69, 0.71 → 0.69, 0.83 → 0.82), 浙江省, 深圳市福田区
     * and 贵州省 rose, three held. The table prints four places; each floor is rounded down. With all 24 training
     * governments the rows were 0.01-0.03 higher (docs/evaluation-history.md, "Session 8").
     */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("安阳市北关区", 0.82), Map.entry("河南省", 0.69), Map.entry("浙江省", 0.65),
            Map.entry("深圳市", 0.76), Map.entry("深圳市宝安区", 0.60), Map.entry("深圳市盐田区", 0.63),
            Map.entry("深圳市福田区", 0.66), Map.entry("深圳市龙岗区", 0.69), Map.entry("贵州省", 0.59));

    /** Micro F1 over the nine, about 0.02 below 0.7091 (sessions 22 and 31): one fall can hide in its own margin. */
    private static final double MICRO_FLOOR = 0.69;

    /**
     * The eight provinces only gold-train-more annotates, which no entity rule was written reading (session 31;
     * not held-out: session 29's year rule came from one of them, and session 31 chose the judge's recipe on them):
     * four join each group, so each is scored by a judge that never saw it, trained with the other four (the
     * shipped judge learns from all of gold-train-more). Floors 0.02 below session 31's rows, rounded down.
     */
    private static final Map<String, Double> FRESH_FLOORS = Map.ofEntries(
            Map.entry("内蒙古自治区", 0.52), Map.entry("宁夏回族自治区", 0.54), Map.entry("新疆维吾尔自治区", 0.63),
            Map.entry("江西省", 0.66), Map.entry("海南省", 0.64), Map.entry("甘肃省", 0.55),
            Map.entry("西藏自治区", 0.56), Map.entry("青海省", 0.50));

    /** Micro F1 over the eight fresh provinces, 0.02 below session 31's 0.5955, rounded down. */
    private static final double FRESH_MICRO_FLOOR = 0.57;

    /**
     * Two judges instead of seventeen keep the suite inside its time: each group, held-out and development governments
     * together, is left out of training and of the name table. Two folds train side by side on CI's two cores;
     * three (sessions 8–10) took 126 s of CPU for the folds, two took 72 s, for the same micro F1
     * (BENCHMARKS.md, "Test suite duration"); with the fresh provinces the whole test took 58-62 s alone on a
     * quiet machine. `train --logo` gives the true leave-one-government-out table.
     */
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("深圳市盐田区", "深圳市宝安区", "河南省", "深圳市福田区",
                    "内蒙古自治区", "宁夏回族自治区", "新疆维吾尔自治区", "江西省"),
            Set.of("浙江省", "贵州省", "安阳市北关区", "深圳市", "深圳市龙岗区",
                    "海南省", "甘肃省", "西藏自治区", "青海省"));

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
        // Other years of an independent-gold government (gold-train-more's two pairs of 深圳市) stay out: in a fold's
        // training they would teach the judge the government it is scored on.
        List<AnnotatedDocument> training = GoldSets.load(Path.of("src", "test", "resources", "gold-train"), List.of(corpus))
                .stream().filter(d -> !independent.contains(d.government())).toList();
        List<String> trainingGovernments = training.stream().map(AnnotatedDocument::government).distinct().sorted().toList();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < trainingGovernments.size(); i += 2) {
            kept.add(trainingGovernments.get(i));
        }
        training.stream().filter(d -> kept.contains(d.government())).forEach(docs::add);
        // Of gold-train-more, the governments no other gold annotates (for the judge only, as the shipped recipe reads
        // it; the tagger is off here): scored in their groups, they train the other group's judge. Its other reports
        // (other years of governments above) stay out to keep the suite's time, as half of gold-train does: with them
        // the suite took 9:00 instead of about 8 minutes.
        List<AnnotatedDocument> fresh = GoldSets.load(Path.of("src", "test", "resources", "gold-train-more"),
                List.of(corpus)).stream().filter(d -> !independent.contains(d.government()))
                .filter(d -> !trainingGovernments.contains(d.government())).map(AnnotatedDocument::judgeOnly).toList();
        assertEquals(FRESH_FLOORS.keySet(), fresh.stream().map(AnnotatedDocument::government)
                .collect(Collectors.toSet()), "the governments only gold-train-more annotates");
        assertEquals(independent, FLOORS.keySet(), "a floor for each government of the independent gold");
        docs.addAll(fresh);
        Set<String> scored = new HashSet<>(independent);
        scored.addAll(FRESH_FLOORS.keySet());
        assertEquals(scored, GROUPS.stream().flatMap(Set::stream).collect(Collectors.toSet()));
        List<LeaveOneGovernmentOut.Fold> folds = LeaveOneGovernmentOut.runGroups(docs, CorpusNames.scan(corpus), 3,
                List.of(CandidateJudge.THRESHOLD), Set.of(), GROUPS);
        String table = LeaveOneGovernmentOut.table(folds, List.of(CandidateJudge.THRESHOLD));
        System.out.println("LOGO\n" + table); // the README's table comes from this line
        double rulesF1Sum = 0;
        double judgedF1Sum = 0;
        for (LeaveOneGovernmentOut.Fold f : folds) {
            assertTrue(f.documents() > 0, f.government() + ": no document scored\n" + table);
            double f1 = f.judged().get(0).f1();
            double floor = FLOORS.getOrDefault(f.government(), FRESH_FLOORS.get(f.government()));
            assertTrue(f1 >= floor, f.government() + " F1 " + f1 + "\n" + table);
            rulesF1Sum += f.rules().f1();
            judgedF1Sum += f1;
        }
        assertTrue(judgedF1Sum > rulesF1Sum, "rules + judge below the rules on average\n" + table);
        List<LeaveOneGovernmentOut.Fold> independentFolds = folds.stream()
                .filter(f -> FLOORS.containsKey(f.government())).toList();
        List<LeaveOneGovernmentOut.Fold> freshFolds = folds.stream()
                .filter(f -> FRESH_FLOORS.containsKey(f.government())).toList();
        System.out.printf("micro F1: the independent gold's nine %.4f, the fresh provinces %.4f%n",
                micro(independentFolds), micro(freshFolds));
        assertTrue(micro(independentFolds) >= MICRO_FLOOR, "micro F1 " + micro(independentFolds) + " below "
                + MICRO_FLOOR + "\n" + table);
        assertTrue(micro(freshFolds) >= FRESH_MICRO_FLOOR, "fresh provinces' micro F1 " + micro(freshFolds)
                + " below " + FRESH_MICRO_FLOOR + "\n" + table);
    }

    private static double micro(List<LeaveOneGovernmentOut.Fold> folds) {
        return folds.stream().map(f -> f.judged().get(0)).reduce(Score.ZERO, Score::plus).f1();
    }
}
