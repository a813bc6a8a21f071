package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** The unique marks resolution and the corpus name table share (invented names, real places). */
class NameMarksTest {
    private static final NameMarks MARKS = new NameMarks(Places.bundled());

    @Test
    void readsPlaceNamesRailwaysCompaniesAndNothingInCategories() {
        assertEquals(Optional.of(NameMarks.Mark.PLACE_NAME), MARKS.mark(EntityType.PROJECT, "河南省丙丁示范园"));
        assertEquals(Optional.of(NameMarks.Mark.RAILWAY), MARKS.mark(EntityType.PROJECT, "甲乙城际铁路"));
        assertEquals(Optional.of(NameMarks.Mark.COMPANY), MARKS.mark(EntityType.ENTERPRISE, "甲乙丙有限公司"));
        assertEquals(Optional.of(NameMarks.Mark.NATIONAL_NEW_AREA), MARKS.mark(EntityType.PARK, "雄安新区"));
        assertEquals(Optional.empty(), MARKS.mark(EntityType.FACILITY, "微绿小园"));
        // A doubled character or a bare level word before 高铁 is a slogan (every city reached), not a line.
        assertEquals(Optional.empty(), MARKS.mark(EntityType.PROJECT, "市市通高铁"));
        assertEquals(Optional.empty(), MARKS.mark(EntityType.PROJECT, "市通高铁"));
        assertEquals("same-name-railway", NameMarks.Mark.RAILWAY.rule());
    }
}
