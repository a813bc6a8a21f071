package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TaggerConfidenceFeatures} on scores written by hand (a sentence of 6 characters). */
class TaggerConfidenceFeaturesTest {
    /** The tagger sees a name at [1, 4): B at 1, inside at 2 and 3, O from 4 on. */
    private static CharTagger.Scored scores() {
        float[] begin = {-40, 30, -20, -30, -10, -40};
        float[] inside = {-40, -30, 20, 10, -30, -40};
        float[] outside = {30, -30, -20, -10, 10, 30};
        float[] margin = {30, 30, 20, 10, 10, 30};
        return new CharTagger.Scored(List.of(), margin, begin, inside, outside);
    }

    private static List<String> features(int b, int e) {
        List<String> f = new ArrayList<>();
        TaggerConfidenceFeatures.add(f, scores(), b, e);
        return f;
    }

    @Test
    void theSpanTheTaggerSeesIsSure() {
        List<String> f = features(1, 4);
        assertTrue(f.contains("tcb=8"), f.toString()); // 30 > 25
        assertTrue(f.contains("tcim=6") && f.contains("tcin=6"), f.toString()); // mean 15, least 10
        assertTrue(f.contains("tce=8"), f.toString()); // not inside at 4: 30
        assertTrue(f.contains("tcw=6"), f.toString()); // weakest link 10
        assertTrue(f.contains("tcx=2") && f.contains("tco=3"), f.toString()); // no start (−20), no O (−10) inside
    }

    @Test
    void aSpanAcrossTheBoundaryIsDoubted() {
        List<String> f = features(2, 6);
        assertTrue(f.contains("tcb=2"), f.toString()); // B at 2: −20
        assertTrue(f.contains("tce=edge"), f.toString());
        assertTrue(f.contains("tcin=0") && f.contains("tcw=0"), f.toString()); // inside at 5: −40
        assertTrue(f.contains("tco=8"), f.toString()); // the tagger puts O inside (30)
    }

    @Test
    void oneCharacterHasNoInsideAndBadSpansNothing() {
        List<String> f = features(4, 5);
        assertEquals(List.of("tcb=3", "tce=8", "tcw=3"), f);
        assertTrue(features(3, 9).isEmpty());
        assertTrue(features(3, 3).isEmpty());
        assertFalse(features(0, 6).isEmpty());
    }

    @Test
    void binsAreTheFixedEdges() {
        assertEquals(0, TaggerConfidenceFeatures.bin(-35f));
        assertEquals(1, TaggerConfidenceFeatures.bin(-34.9f));
        assertEquals(4, TaggerConfidenceFeatures.bin(0f));
        assertEquals(5, TaggerConfidenceFeatures.bin(0.1f));
        assertEquals(8, TaggerConfidenceFeatures.bin(100f));
    }
}
