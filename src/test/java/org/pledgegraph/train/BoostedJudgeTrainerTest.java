package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.pledgegraph.extract.BoostedTrees;
import org.pledgegraph.extract.CandidateJudge;

class BoostedJudgeTrainerTest {
    /** Keep exactly when one of a and b is present (exclusive or): no linear model of a and b can say that. */
    private static List<Event> xor() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean a = i % 2 == 0;
            boolean b = i % 3 == 0;
            List<String> f = new ArrayList<>(List.of("bias"));
            if (a) {
                f.add("a");
            }
            if (b) {
                f.add("b");
            }
            if (i % 50 == 0) {
                f.add("rare" + i); // seen once: below the cutoff, not a column
            }
            events.add(new Event(a ^ b ? CandidateJudge.KEEP : CandidateJudge.DROP, f.toArray(String[]::new)));
        }
        return events;
    }

    @Test
    void treesLearnAConjunctionAndSurviveWritingAndReading() throws Exception {
        BoostedTrees t = BoostedJudgeTrainer.train(xor(), new BoostedJudgeTrainer.Params(3, 0.3, 30, 1));
        int keep = t.getIndex(CandidateJudge.KEEP);
        assertTrue(t.eval(new String[] {"bias", "a"})[keep] > 0.9);
        assertTrue(t.eval(new String[] {"bias", "b"})[keep] > 0.9);
        assertTrue(t.eval(new String[] {"bias", "a", "b"})[keep] < 0.1);
        assertTrue(t.eval(new String[] {"bias", "unseen"})[keep] < 0.1);
        assertEquals(30, t.trees());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        BoostedTrees back = BoostedTrees.read(new ByteArrayInputStream(out.toByteArray()));
        for (String[] c : List.of(new String[] {"a"}, new String[] {"b", "bias"}, new String[] {"a", "b", "rare0"})) {
            assertArrayEquals(t.eval(c), back.eval(c));
        }
    }

    @Test
    void theSameEventsGiveTheSameTrees() throws Exception {
        var p = new BoostedJudgeTrainer.Params(3, 0.3, 10, 1);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        BoostedJudgeTrainer.train(xor(), p).write(one);
        BoostedJudgeTrainer.train(xor(), p).write(two);
        assertArrayEquals(one.toByteArray(), two.toByteArray());
    }

    @Test
    void aBlendIsTheMeanOfItsModels() {
        List<Event> events = xor();
        MaxentModel maxent = JudgeTrainer.train(events);
        MaxentModel blend = Learner.parse("blend:3:0.3:30:1").train(events, maxent);
        MaxentModel trees = Learner.parse("gbdt:3:0.3:30:1").train(events, maxent);
        String[] c = {"bias", "a"};
        double expected = (maxent.eval(c)[maxent.getIndex(CandidateJudge.KEEP)]
                + trees.eval(c)[trees.getIndex(CandidateJudge.KEEP)]) / 2;
        assertEquals(expected, blend.eval(c)[blend.getIndex(CandidateJudge.KEEP)], 1e-12);
        assertEquals(Learner.MAXENT, Learner.parse("maxent"));
    }
}
