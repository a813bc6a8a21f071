package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.extract.BoundaryChoice;
import org.pledgegraph.extract.OverlapChoice;

/** The dev tools read an overlap choice one way: parts left out are the shipped choice's. */
class OverlapSpecTest {

    @Test
    void partsLeftOutAreTheShippedChoices() {
        assertEquals(BoundaryChoice.SHIPPED, OverlapSpec.parse("0.1,0,0"));
        assertEquals(new BoundaryChoice(0.1, 0, 0, 0, false, Double.POSITIVE_INFINITY),
                OverlapSpec.parse("0.1,0,0,0,Infinity"));
        assertEquals(new BoundaryChoice(0.2, 0, 0, 0, true, 0.3), OverlapSpec.parse("0.2,0,0,0,0.3,types"));
        assertEquals(OverlapChoice.JUDGE, OverlapSpec.parse("judge"));
        assertEquals(OverlapChoice.JUDGE, OverlapSpec.parse(""));
    }
}
