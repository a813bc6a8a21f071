package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which lines of a year list name which entity: a promise list by field 6 of its commitments only, a mention list by
 * fields 6 and 7 of every line; several entities in one field, empty fields, a last line without a newline.
 */
class MentionIndexTest {
    private static final char S = TermCodec.SEPARATOR;
    private static final String L0 = "<~d1\tf\t1\tev\tst\tmo\t<~e1" + S + "<~e2\t<~e3\n";
    private static final String L1 = "<~d2\tf\t0\tev\tst\tmo\t<~e2\t\n";
    private static final String L2 = "<~d3\tf\t1\tev\t\t\t<~e2\t<~e4";
    private static final String LIST = L0 + L1 + L2;

    private static long at(int line, int place) {
        return (long) line << 32 | place;
    }

    @Test
    void promisesAreCommitmentsByTheirOwnEntities() {
        MentionIndex p = MentionIndex.promises(LIST);
        assertArrayEquals(new int[] {0, L0.length(), L0.length() + L1.length()}, p.starts());
        assertArrayEquals(new long[] {at(0, 0)}, p.byEntity().get("<~e1"));
        assertEquals(2, p.byEntity().size()); // not e3 (field 7), not line 1 (no commitment)
        assertArrayEquals(new long[] {at(0, 1), at(2, 0)}, p.byEntity().get("<~e2"));
        assertEquals(0, p.named()[1].length);
    }

    @Test
    void mentionsAreEveryLineByBothFields() {
        MentionIndex m = MentionIndex.mentions(LIST);
        assertArrayEquals(new long[] {at(0, 0)}, m.byEntity().get("<~e1"));
        assertArrayEquals(new long[] {at(0, 1), at(1, 0), at(2, 0)}, m.byEntity().get("<~e2"));
        assertArrayEquals(new long[] {at(0, 2)}, m.byEntity().get("<~e3"));
        assertArrayEquals(new long[] {at(2, 1)}, m.byEntity().get("<~e4"));
        assertArrayEquals(new String[] {"<~e2", "<~e4"}, m.named()[2]);
        LineCursor c = new LineCursor(LIST, 8);
        c.readAt(m.starts()[2]);
        assertEquals("<~d3", c.field(0));
        assertEquals("", c.field(4));
        assertEquals("<~e4", c.field(7));
    }
}
