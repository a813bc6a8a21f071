package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/** How overlapping names a judge kept compete ({@link Overlaps}, {@link OverlapChoice}); sentences are invented. */
class OverlapsTest {
    private static ScopedSentence sentence(String text) {
        return new ScopedSentence(new Sentence(0, text.length(), text, 0, true), TimeScope.PLAN, 2025, false);
    }

    private static Map<Candidate, Double> judged(Candidate a, double pa, Candidate b, double pb) {
        Map<Candidate, Double> m = new IdentityHashMap<>();
        m.put(a, pa);
        m.put(b, pb);
        return m;
    }

    @Test
    void aBareFirstItemTheJudgeIsMuchSurerOfStandsInsteadOfItsDistributedName() {
        ScopedSentence s = sentence("加快建设青松机场三跑道、白桦机场等项目。");
        Candidate bare = new Candidate(EntityType.FACILITY, 4, 11, "青松机场三跑道", null);
        Candidate distributed = new Candidate(EntityType.FACILITY, 4, 16, "青松机场三跑道机场", null);
        Candidate second = new Candidate(EntityType.FACILITY, 12, 16, "白桦机场", null);
        Map<Candidate, Double> p = judged(bare, 0.95, distributed, 0.6);
        p.put(second, 0.9);
        List<Candidate> all = List.of(bare, distributed, second);
        assertEquals(List.of(distributed, second), Overlaps.resolve(all, s, true, p, OverlapChoice.JUDGE),
                "by default the distributed name stands");
        OverlapChoice choice = new BoundaryChoice(0, 0, 0, 0.1, false);
        assertEquals(List.of(bare, second), Overlaps.resolve(all, s, true, p, choice));
        p.put(bare, 0.65);
        assertEquals(List.of(distributed, second), Overlaps.resolve(all, s, true, p, choice),
                "not surer by the margin: the distributed name stands");
    }

    @Test
    void aRoadBeforeAnotherKindsSharedHeadLocatesItsDistributedNameUnlessTheJudgeDoubtsTheSharing() {
        ScopedSentence s = sentence("新建青松路、白桦路社区中心。");
        Candidate road = new Candidate(EntityType.ROAD, 2, 5, "青松路", null);
        Candidate distributed = new Candidate(EntityType.FACILITY, 2, 13, "青松路社区中心", null);
        Candidate second = new Candidate(EntityType.FACILITY, 6, 13, "白桦路社区中心", null);
        Map<Candidate, Double> p = judged(road, 0.85, distributed, 0.6);
        p.put(second, 0.9);
        List<Candidate> all = List.of(road, distributed, second);
        assertEquals(List.of(distributed, second), Overlaps.resolve(all, s, true, p, BoundaryChoice.SHIPPED),
                "the road only locates the centre");
        // the judge thinks little of the shared head's name and much of the road: the head was shared wrongly
        p.put(distributed, 0.35);
        assertEquals(List.of(road, second), Overlaps.resolve(all, s, true, p, BoundaryChoice.SHIPPED));
        assertEquals(List.of(distributed, second), Overlaps.resolve(all, s, true, p,
                new BoundaryChoice(0.10, 0, 0, 0, false)), "with no locate margin the road never stands");
        Candidate facility = new Candidate(EntityType.FACILITY, 2, 5, "青松路", null);
        Map<Candidate, Double> q = judged(facility, 0.95, distributed, 0.6);
        q.put(second, 0.9);
        assertEquals(List.of(facility, second), Overlaps.resolve(List.of(facility, distributed, second), s, true, q,
                BoundaryChoice.SHIPPED), "the same item of the head's own kind stands by the judge's order");
    }

    @Test
    void aLongerNameStandsWhenItsScoreIsNotMuchBelowTheShorters() {
        ScopedSentence s = sentence("推进红枫湾生态公园建设。");
        Candidate shorter = new Candidate(EntityType.FACILITY, 2, 5, "红枫湾", null);
        Candidate longer = new Candidate(EntityType.FACILITY, 2, 9, "红枫湾生态公园", null);
        Map<Candidate, Double> p = judged(shorter, 0.7, longer, 0.6);
        List<Candidate> both = List.of(shorter, longer);
        assertEquals(List.of(shorter), Overlaps.resolve(both, s, true, p, OverlapChoice.JUDGE));
        assertEquals(List.of(longer), Overlaps.resolve(both, s, true, p, new BoundaryChoice(0.2, 0, 0, 1, false)));
        assertEquals(List.of(shorter), Overlaps.resolve(both, s, true, p, new BoundaryChoice(0.05, 0, 0, 1, false)));
        // the longer name's two clean boundaries (after the stop word 推进, before 建设) against the shorter's one
        assertEquals(List.of(longer), Overlaps.resolve(both, s, true, p, new BoundaryChoice(0, 0, 0.15, 1, false)));
    }

    @Test
    void aNameOfAnotherTypeInsideALongerOneStandsBesideItWhenTheChoiceNestsTypes() {
        ScopedSentence s = sentence("建成白桦实验室青松园区。");
        Candidate lab = new Candidate(EntityType.FACILITY, 2, 7, "白桦实验室", null);
        Candidate park = new Candidate(EntityType.PARK, 2, 11, "白桦实验室青松园区", null);
        Map<Candidate, Double> p = judged(lab, 0.9, park, 0.8);
        assertEquals(List.of(lab), Overlaps.resolve(List.of(lab, park), s, true, p, OverlapChoice.JUDGE));
        assertEquals(List.of(lab, park), Overlaps.resolve(List.of(lab, park), s, true, p,
                new BoundaryChoice(0, 0, 0, Double.POSITIVE_INFINITY, true)));
    }
}
