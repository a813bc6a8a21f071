package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Where a column lies on each line of a chunk, at the edges {@link AnswerSnapshotTest}'s chunks do not reach: a last
 * line without a newline, an empty field in the middle, a needle only in a language tag, too few fields.
 */
class ChunkColumnTest {
    // line 0: a string; 1: unbound; 2: an IRI; 3: a language-tagged string, the last line without a newline
    private static final String CHUNK = "<~d0\t\"ax\n<~d1\t\n<~d2\t<x\n<~d3\t@zh\"x";

    @Test
    void theSecondColumnsLinesAndHits() {
        ChunkColumn c = ChunkColumn.of(CHUNK, new ChunkColumn.Key(1, 2, 4));
        assertArrayEquals(new int[] {1, 2}, c.others());
        assertEquals(CHUNK.indexOf("@zh"), c.starts()[3]);
        assertEquals(CHUNK.length(), c.ends()[3]);
        assertEquals(0, c.next(CHUNK, "x", 0));
        assertEquals(3, c.next(CHUNK, "x", 1)); // not the IRI's x on line 2
        assertEquals(4, c.next(CHUNK, "x", 4));
        assertEquals(4, c.next(CHUNK, "zh", 0)); // in the tag, not the lexical form
        assertEquals(4, c.next(CHUNK, "d", 0)); // in the other column only
    }

    @Test
    void theFirstColumnIsNoStringAndTooFewFieldsIsNull() {
        ChunkColumn c = ChunkColumn.of(CHUNK, new ChunkColumn.Key(0, 2, 4));
        assertArrayEquals(new int[] {0, 1, 2, 3}, c.others());
        assertNull(ChunkColumn.of("<~d0\n<~d1\t\"a\n", new ChunkColumn.Key(1, 2, 2)));
    }

    /** A chunk one line short of its count (a corrupt store) is no column in any place, also the first. */
    @Test
    void aChunkOneLineShortIsNull() {
        String stored = "<~d0\t\"ax\n<~d1\t\n"; // as written: every line ends in a newline
        for (int at = 0; at < 2; at++) {
            assertEquals(2, ChunkColumn.of(stored, new ChunkColumn.Key(at, 2, 2)).starts().length);
            assertNull(ChunkColumn.of(stored, new ChunkColumn.Key(at, 2, 3)), "column " + at);
        }
        assertNull(ChunkColumn.of("", new ChunkColumn.Key(0, 1, 1)));
        assertEquals(1, ChunkColumn.of("\n", new ChunkColumn.Key(0, 1, 1)).others().length); // one unbound value
    }
}
