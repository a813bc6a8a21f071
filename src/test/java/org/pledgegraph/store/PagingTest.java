package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/** A page of an ordered answer is taken from unsorted rows: the query run for it must not sort at all. */
class PagingTest {
    @Test
    void theEndOfAFarPageDoesNotWrapRound() {
        Paging far = Paging.of(92_233_720_368_547_759L, 100, "test");
        assertTrue(far.offset() > Long.MAX_VALUE - 100, "offset + limit would overflow");
        assertEquals(Long.MAX_VALUE, far.end());
        assertEquals(Long.MAX_VALUE, Paging.ALL.end());
        assertEquals(300, Paging.of(3, 100, "test").end());
    }

    @Test
    void theUnorderedQueryOfAPageCompilesWithoutASort() {
        Query stable = Paging.stable(QueryFactory.create("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o"));
        assertTrue(Algebra.compile(stable).toString().contains("(order"));
        Query page = new Paging(0, 100).unordered(stable);
        // An emptied ORDER BY list compiled to (order ()), a sort of every row by all its columns.
        assertFalse(Algebra.compile(page).toString().contains("(order"), Algebra.compile(page).toString());
        assertSame(stable, Paging.ALL.unordered(stable), "every row: sorted by the query itself");
    }
}
