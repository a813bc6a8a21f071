package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
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

    /** The row after the window (offset + limit), at most {@code Long.MAX_VALUE}: a far page must not wrap round. */
    public long end() {
        return limit > Long.MAX_VALUE - offset ? Long.MAX_VALUE : offset + limit;
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

    /**
     * The {@link #stable} query without its ORDER BY, when this window can be taken by {@link #topWindow} instead:
     * a page (not every row) of a query that orders only by projected variables. Else the query itself. Sorting
     * every row of a large answer to keep 100 was the biggest single cost of a paged query (profiled).
     */
    Query unordered(Query stable) {
        if (limit == Long.MAX_VALUE || offset > Integer.MAX_VALUE - limit || !stable.isSelectType()
                || !stable.hasOrderBy() || stable.hasLimit() || stable.hasOffset()) {
            return stable;
        }
        Set<Var> projected = new HashSet<>(stable.getProjectVars());
        for (SortCondition c : stable.getOrderBy()) {
            if (!c.getExpression().isVariable() || !projected.contains(c.getExpression().asVar())) {
                return stable;
            }
        }
        Query copy = stable.cloneQuery();
        copy.getOrderBy().clear();
        // Cloned again: a query whose ORDER BY list is empty still compiles to (order ()), which sorts every row
        // by all its columns (profiled: half of `decisions` at 418 documents); its clone has no ORDER BY at all.
        return copy.cloneQuery();
    }

    /**
     * As {@link #window}, for rows that come unordered: keeps the first offset + limit rows in {@code order}
     * (the ORDER BY the query had, compared as SPARQL does) in a bounded heap while counting every row. Rows
     * that tie keep their arrival order, as SPARQL's stable sort does.
     */
    Window topWindow(RowSet rows, List<SortCondition> order) {
        int keep = (int) (offset + limit);
        BindingComparator compare = new BindingComparator(order);
        Comparator<Ranked> byOrder = (a, b) -> {
            int c = compare.compare(a.row(), b.row());
            return c != 0 ? c : Long.compare(a.arrival(), b.arrival());
        };
        PriorityQueue<Ranked> worstFirst = new PriorityQueue<>(Math.min(keep, 4096) + 1, byOrder.reversed());
        long n = 0;
        while (rows.hasNext()) {
            Binding r = rows.next();
            if (worstFirst.size() < keep) {
                worstFirst.add(new Ranked(copy(r), n));
            } else if (compare.compare(r, worstFirst.peek().row()) < 0) {
                worstFirst.poll();
                worstFirst.add(new Ranked(copy(r), n));
            }
            n++;
        }
        List<Ranked> best = new ArrayList<>(worstFirst);
        best.sort(byOrder);
        List<Binding> kept = new ArrayList<>();
        for (int i = (int) offset; i < best.size(); i++) {
            kept.add(best.get(i).row());
        }
        return new Window(rows.getResultVars(), kept, n);
    }

    /**
     * This window of {@code rows} put in {@code order} (which should leave no two rows equal): a bounded heap of the
     * first offset + limit, so a page of a long list is not a sort of all of it. For rows already in memory; a
     * streamed answer takes {@link #topWindow}.
     */
    <T> List<T> top(List<T> rows, Comparator<T> order) {
        long end = end();
        List<T> best;
        if (end >= rows.size()) {
            best = new ArrayList<>(rows);
        } else {
            PriorityQueue<T> worstFirst = new PriorityQueue<>((int) end + 1, order.reversed());
            for (T r : rows) {
                if (worstFirst.size() < end) {
                    worstFirst.add(r);
                } else if (order.compare(r, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(r);
                }
            }
            best = new ArrayList<>(worstFirst);
        }
        best.sort(order);
        return offset >= best.size() ? List.of() : best.subList((int) offset, best.size());
    }

    private record Ranked(Binding row, long arrival) {
    }

    private static Binding copy(Binding r) {
        BindingBuilder copy = Binding.builder();
        r.vars().forEachRemaining(v -> copy.add(v, r.get(v)));
        return copy.build();
    }

    /** The rows of one page, their columns, and how many rows the whole answer has. */
    record Window(List<Var> vars, List<Binding> rows, long total) {
    }
}
