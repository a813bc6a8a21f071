package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;
import org.pledgegraph.extract.CandidateJudge;

/** The government cutoff: a feature of one government's events alone never reaches the trained model. */
class GovernmentCutoffTest {
    /**
     * Ten events per government, half kept: {@code s1=园} in both governments, {@code b1=甲} (lexical) and
     * {@code len=5} (not) in the first government's events only, each far above the event cutoff.
     */
    private static List<Event> events(List<String> governments) {
        List<Event> events = new ArrayList<>();
        for (String g : List.of("甲市", "乙县")) {
            for (int i = 0; i < 10; i++) {
                List<String> f = new ArrayList<>(List.of("s1=园", "rec=list"));
                if (g.equals("甲市")) {
                    f.add("b1=甲");
                    f.add("len=5");
                }
                events.add(new Event(i % 2 == 0 ? CandidateJudge.KEEP : CandidateJudge.DROP, f.toArray(String[]::new)));
                governments.add(g);
            }
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> predicates(List<Event> events) {
        Object[] data = ((AbstractModel) JudgeTrainer.train(events)).getDataStructures();
        return ((Map<String, ?>) data[1]).keySet();
    }

    @Test
    void aFeatureOfOneGovernmentIsNotInTheModel() {
        List<String> governments = new ArrayList<>();
        List<Event> events = events(governments);
        assertTrue(predicates(GovernmentCutoff.NONE.apply(events, governments)).contains("b1=甲"));
        Set<String> cut = predicates(new GovernmentCutoff(2, Set.of()).apply(events, governments));
        assertFalse(cut.contains("b1=甲"));
        assertFalse(cut.contains("len=5"));
        assertTrue(cut.contains("s1=园"));
        assertTrue(cut.contains("rec=list"));
    }

    @Test
    void theLexicalCutoffKeepsOtherFamilies() {
        List<String> governments = new ArrayList<>();
        List<Event> events = events(governments);
        Set<String> cut = predicates(GovernmentCutoff.parse("2:lex").apply(events, governments));
        assertFalse(cut.contains("b1=甲"));
        assertTrue(cut.contains("len=5"));
    }

    @Test
    void noCutoffGivesTheSameEvents() {
        List<String> governments = new ArrayList<>();
        List<Event> events = events(governments);
        assertSame(events, GovernmentCutoff.parse("1").apply(events, governments));
        assertEquals("3", GovernmentCutoff.parse("3").toString());
        assertEquals("2:lex", GovernmentCutoff.parse("2:lex").toString());
        assertThrows(IllegalArgumentException.class, () -> GovernmentCutoff.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> GovernmentCutoff.parse("2:chars"));
    }
}
