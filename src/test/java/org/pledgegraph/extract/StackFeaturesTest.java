package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** What the second judging pass reads of a name's neighbours ({@link StackFeatures}); sentences are invented. */
class StackFeaturesTest {
    private static final String TEXT = "建设青松公园、白桦公园和红柳公园，改造青松公园广场。";
    private static final ScopedSentence S =
            new ScopedSentence(new Sentence(0, TEXT.length(), TEXT, 0, true), TimeScope.PLAN, 2025, false);

    private static Proposal p(String name, int from, int group) {
        int at = TEXT.indexOf(name, from);
        return new Proposal(new Candidate(EntityType.FACILITY, at, at + name.length(), name, null), "x", "rule", group,
                S, null, List.of("own=" + name));
    }

    private static final List<Proposal> PS = List.of(p("青松公园", 0, 0), p("白桦公园", 0, 1), p("红柳公园", 0, 2),
            p("青松公园", 10, 3), p("青松公园广场", 10, 4));
    private static final double[] P1 = {0.9, 0.2, 0.05, 0.3, 0.6};

    @Test
    void aListMemberReadsItsSiblingsAndItsNeighboursOnEachSide() {
        List<String> middle = StackFeatures.of(PS, P1, StackFeatures.Design.FULL).get(1);
        assertTrue(middle.containsAll(List.of("own=白桦公园", "s1=b", "sn=2", "smax=d", "skept=1", "sall=some",
                "sl=d", "sr=a", "s1+sl+sr=b|d|a")), middle.toString());
        List<String> last = StackFeatures.of(PS, P1, StackFeatures.Design.FULL).get(2);
        assertTrue(last.containsAll(List.of("sn=2", "sl=b", "sr=-")), "the chain walks on past the next member: " + last);
    }

    @Test
    void aNameAfterACommaIsNoMemberButReadsItsOtherMentionsAndTheLongerNameAroundIt() {
        List<String> f = StackFeatures.of(PS, P1, StackFeatures.Design.FULL).get(3);
        assertTrue(f.containsAll(List.of("sn=0", "dn=1", "dmax=d", "dkept=1", "olong=d", "oshort=-")), f.toString());
        List<String> longer = StackFeatures.of(PS, P1, StackFeatures.Design.FULL).get(4);
        assertTrue(longer.containsAll(List.of("dn=0", "olong=-", "oshort=c")), longer.toString());
    }

    @Test
    void theShortDesignLeavesOutTheFirstPassFeaturesAndReadsTenthsAndType() {
        List<String> f = StackFeatures.of(PS, P1, StackFeatures.Design.SHORT).get(0);
        assertFalse(f.contains("own=青松公园"), f.toString());
        assertTrue(f.containsAll(List.of("s1=d", "s1f=9", "s1+t=d|FACILITY", "sn=2", "dn=1", "dmax=c")), f.toString());
        assertEquals("a", StackFeatures.bucket(0.09));
        assertEquals("c", StackFeatures.bucket(StackFeatures.KEPT));
    }
}
