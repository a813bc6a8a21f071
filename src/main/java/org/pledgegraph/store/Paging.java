package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.pledgegraph.model.InputException;

/**
 * One page of a named query's rows: {@code page} counts from 1, {@code size} rows per page (0 = all rows on one
 * page). The CLI ({@code --page/--page-size}) and the web API ({@code page/pageSize}, or {@code limit/offset})
 * both page this way, with the total row count beside the rows.
 */
public record Paging(long offset, long limit) {
    /** Rows per page unless asked otherwise. */
    public static final int DEFAULT_SIZE = 100;
    /** Every row (size 0). */
    public static final Paging ALL = new Paging(0, Long.MAX_VALUE);

    public Paging {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** Page {@code page} (from 1) of {@code size} rows; size 0 means every row. {@code source} names the options. */
    public static Paging of(long page, long size, String source) {
        if (page < 1) {
            throw new InputException(source, "page counts from 1, got " + page);
        }
        if (size < 0) {
            throw new InputException(source, "page size must be 0 (all rows) or more, got " + size);
        }
        if (size == 0) {
            if (page != 1) {
                throw new InputException(source, "page size 0 (all rows) has one page only, got page " + page);
            }
            return ALL;
        }
        if (page - 1 > Long.MAX_VALUE / size) {
            throw new InputException(source, "page " + page + " is out of range");
        }
        return new Paging((page - 1) * size, size);
    }

    /** The first page of the default size. */
    public static Paging first() {
        return new Paging(0, DEFAULT_SIZE);
    }

    /** Page number (from 1) of this window, when it is page-aligned. */
    public long page() {
        return limit == Long.MAX_VALUE ? 1 : offset / limit + 1;
    }

    /** Number of pages for {@code total} rows (at least 1). */
    public long pages(long total) {
        return limit == Long.MAX_VALUE || total == 0 ? 1 : (total + limit - 1) / limit;
    }

    /**
     * The query with a total order: its ORDER BY, then every projected column not already in it, so that rows
     * that tie on the query's own order keep one place and pages neither repeat nor skip a row.
     */
    static Query stable(Query query) {
        if (!query.isSelectType() || query.isQueryResultStar()) {
            return query;
        }
        Query copy = query.cloneQuery();
        Set<Var> ordered = new HashSet<>();
        if (copy.hasOrderBy()) {
            for (SortCondition c : copy.getOrderBy()) {
                if (c.getExpression().isVariable()) {
                    ordered.add(c.getExpression().asVar());
                }
            }
        }
        for (Var v : copy.getProjectVars()) {
            if (!ordered.contains(v)) {
                copy.addOrderBy(v, Query.ORDER_ASCENDING);
            }
        }
        return copy;
    }

    /**
     * Reads every row of {@code rows} (for the total) and keeps those of this window, copied term by term:
     * TDB2's bindings resolve lazily and would be empty after the transaction.
     */
    Window window(RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        long n = 0;
        while (rows.hasNext()) {
            Binding r = rows.next();
            if (n >= offset && n - offset < limit) {
                BindingBuilder copy = Binding.builder();
                r.vars().forEachRemaining(v -> copy.add(v, r.get(v)));
                kept.add(copy.build());
            }
            n++;
        }
        return new Window(rows.getResultVars(), kept, n);
    }

    /** The rows of one page, their columns, and how many rows the whole answer has. */
    record Window(List<Var> vars, List<Binding> rows, long total) {
    }
}
