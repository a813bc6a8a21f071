package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Test helper: a Java page reader ({@code # pages:} header) against the SPARQL evaluation of the same query text, so
 * that each reader's test states only which parameters and pages it compares.
 */
final class PagesCheck {
    private PagesCheck() {
    }

    /** {@code read} without its page reader: the runner evaluates its text as SPARQL. */
    static NamedQuery scanned(NamedQuery read) {
        return new NamedQuery(read.name(), read.summary(), read.question(), read.parameters(), read.query(),
                read.text().replace("# pages:", "# (no) pages:"));
    }

    /**
     * Asserts that {@code pages} answers {@code read} for these parameters and page (not falling back to SPARQL) with
     * the total, columns and rows of {@code scan}; returns the number of rows compared.
     */
    static int assertSameAnswer(GraphStore store, QueryRunner runner, PageReader pages, NamedQuery read,
                                NamedQuery scan, Map<String, Node> params, Paging paging, String what) {
        assertTrue(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(read.query()), params, paging))
                .isPresent(), what + " was read by the SPARQL evaluation");
        QueryRunner.Table a = runner.select(scan, params, paging);
        QueryRunner.Table b = runner.select(read, params, paging);
        assertEquals(a.total(), b.total(), what);
        assertEquals(a.columns(), b.columns(), what);
        assertEquals(lines(a), lines(b), what);
        return b.rows().size();
    }

    /** A table's rows, each as its columns' values joined by tabs. */
    static List<String> lines(QueryRunner.Table t) {
        return t.rows().stream().map(r -> line(t.columns(), r)).toList();
    }

    static String line(List<String> columns, Binding b) {
        return String.join("\t", columns.stream().map(v -> String.valueOf(b.get(v))).toList());
    }
}
