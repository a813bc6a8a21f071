package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;

/** Self-training's pseudo labels on invented text: which proposals become events at which thresholds. */
class PseudoLabelsTest {
    private static final String GOLD_TEXT = "今年重点工作\n加快建设青松湖科技园、白桦山实验室和云杉大道,推进更多项目落地,"
            + "建设一批重点项目,完成红枫湖公园改造,引进青松集团,推动更多企业上市,建设标准化厂房。";
    /** A report of another invented government, never annotated. */
    private static final String POOL_TEXT = "今年重点工作\n加快建设紫藤湖科技园、银杏山实验室和梧桐大道,推进更多项目落地,"
            + "建设一批重点项目,完成碧桃湖公园改造,引进紫藤集团,推动更多企业上市。";

    @TempDir
    Path tmp;

    private static DocumentMeta meta(String stem, String government) {
        return new DocumentMeta(stem + ".txt", stem, null, 2024, "", "", "", government);
    }

    private static List<Proposal> poolProposals() {
        return Extractor.rules().proposals(meta("pool", "乙县"), POOL_TEXT, Specificity.empty());
    }

    @Test
    void confidentDecisionsBecomeEventsAndTheRestDoNot() {
        List<Proposal> ps = poolProposals();
        assertTrue(ps.size() >= 6, "the invented report proposes names: " + ps.size());
        // invented probabilities: the first at the keep edge, the second above it, one between, one at the drop
        // edge, one below it, one ruled out (NaN); the rest in between
        double[] p = new double[ps.size()];
        Arrays.fill(p, 0.5);
        p[0] = 0.9;
        p[1] = 0.97;
        p[2] = 0.89;
        p[3] = 0.05;
        p[4] = 0.01;
        p[5] = Double.NaN;
        List<Event> wide = PseudoLabels.select(ps, p, 0.9, 0.05);
        assertEquals(List.of("keep", "keep", "drop", "drop"), wide.stream().map(Event::getOutcome).toList());
        assertEquals(ps.get(0).features(), Arrays.asList(wide.get(0).getContext()), "an event has its proposal's features");
        assertEquals(ps.get(3).features(), Arrays.asList(wide.get(2).getContext()));
        List<Event> narrow = PseudoLabels.select(ps, p, 0.95, 0.02);
        assertEquals(List.of("keep", "drop"), narrow.stream().map(Event::getOutcome).toList());
        assertEquals(ps.get(1).features(), Arrays.asList(narrow.get(0).getContext()));
        assertEquals(ps.get(4).features(), Arrays.asList(narrow.get(1).getContext()));
        assertEquals(0, PseudoLabels.select(ps, p, 0.99, 0.0).size(), "nothing that sure");
    }

    @Test
    void theGoldJudgesDecisionsOnThePoolAreItsLabels() {
        List<AnnotatedDocument> gold = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<GoldRow> rows = new ArrayList<>();
            for (String[] r : new String[][] {{"park", "青松湖科技园"}, {"facility", "白桦山实验室"}, {"road", "云杉大道"},
                    {"facility", "红枫湖公园"}, {"enterprise", "青松集团"}}) {
                rows.add(new GoldRow(2, EntityType.fromKey(r[0]).orElseThrow(), r[1], List.of(), null, null, 2024, r[1],
                        null));
            }
            gold.add(new AnnotatedDocument("甲市", meta("doc" + i, "甲市"), GOLD_TEXT, new GoldDocument("doc" + i, rows),
                    Path.of("doc" + i + ".tsv"), Path.of("doc" + i + ".txt")));
        }
        List<Event> events = JudgeTrainer.events(Analysed.of(gold, Extractor.rules()), Specificity.empty());
        MaxentModel first = JudgeTrainer.train(events);
        CandidateJudge judge = new CandidateJudge(first, Specificity.empty(), CandidateJudge.THRESHOLD);
        var pool = List.of(new PseudoLabels.Unlabelled("乙县", "pool.txt",
                Extractor.rules().analyse(meta("pool", "乙县"), POOL_TEXT)));
        PseudoLabels.Setup setup = new PseudoLabels.Setup(pool, 0.6, 0.2, 1);
        List<Event> pseudo = PseudoLabels.events(setup, judge, Specificity.empty());
        long expectedKeep = 0;
        long expectedDrop = 0;
        for (Proposal x : poolProposals()) {
            double q = judge.firstPass(x.name(), x.features().toArray(String[]::new));
            boolean ruledOut = judge.isCategory(x.name()) || judge.fragment(x.name()) != null;
            expectedKeep += !ruledOut && q >= 0.6 ? 1 : 0;
            expectedDrop += !ruledOut && q <= 0.2 ? 1 : 0;
        }
        assertTrue(expectedKeep > 0 && expectedDrop > 0, "the gold judge is sure of some pool names either way");
        assertEquals(expectedKeep, pseudo.stream().filter(e -> e.getOutcome().equals(CandidateJudge.KEEP)).count());
        assertEquals(expectedDrop, pseudo.stream().filter(e -> e.getOutcome().equals(CandidateJudge.DROP)).count());

        PseudoLabels.Retrained r = PseudoLabels.retrain(events, first, Specificity.empty(), setup);
        assertEquals(pseudo.size(), r.selected());
        assertEquals(expectedKeep, r.keep(), "share 1: nothing thinned");
        assertTrue(r.model() != first, "retrained");
        PseudoLabels.Retrained capped = PseudoLabels.retrain(events, first, Specificity.empty(),
                new PseudoLabels.Setup(pool, 0.6, 0.2, 1.0 / events.size()));
        assertEquals(1, capped.keep() + capped.drop(), "share of one gold event: one pseudo event");
        assertSame(first, PseudoLabels.retrain(events, first, Specificity.empty(), null).model(), "no pool: as trained");
    }

    @Test
    void thinningTakesAnEvenStrideFromTheFirst() {
        List<Event> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(new Event(CandidateJudge.DROP, new String[] {"i=" + i}));
        }
        assertEquals(List.of("i=0", "i=2", "i=5", "i=7"),
                PseudoLabels.thinned(ten, 4).stream().map(e -> e.getContext()[0]).toList());
        assertSame(ten, PseudoLabels.thinned(ten, 10));
    }

    @Test
    void thresholdsMustLeaveAGapAndTheShareBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new PseudoLabels.Setup(List.of(), 0.5, 0.5, 0.3));
        assertThrows(IllegalArgumentException.class, () -> new PseudoLabels.Setup(List.of(), 0.9, 0.05, 0));
        assertThrows(IllegalArgumentException.class, () -> new PseudoLabels.Setup(List.of(), 1.1, 0.05, 0.3));
    }

    @Test
    void loadReadsOnlyTheNamedGovernmentsReportsInFileOrder() throws Exception {
        Files.writeString(tmp.resolve("manifest.tsv"), "file\tissued\tyear\tkind\ttitle\tbody\tjurisdiction\tcomment\n"
                + "b.txt\t\t2024\twork-report\t\t\t乙县\t\n"
                + "a.txt\t\t2025\twork-report\t\t\t乙县\t\n"
                + "c.txt\t\t2024\twork-report\t\t\t丙县\t\n");
        for (String f : new String[] {"a.txt", "b.txt", "c.txt"}) {
            Files.writeString(tmp.resolve(f), POOL_TEXT);
        }
        var pool = PseudoLabels.load(tmp, Set.of("乙县"), Extractor.rules());
        assertEquals(List.of("a.txt", "b.txt"), pool.stream().map(PseudoLabels.Unlabelled::file).toList());
        assertTrue(pool.stream().allMatch(u -> u.government().equals("乙县") && u.analysis() != null));
        var setup = new PseudoLabels.Setup(pool, 0.9, 0.05, 0.3);
        assertEquals(0, setup.without(Set.of("乙县")).pool().size(), "a fold's own government leaves the pool");
        assertEquals(2, setup.without(Set.of("丙县")).pool().size());
    }
}
