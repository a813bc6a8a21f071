package org.pledgegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The rows of a named query computed once at resolution and written into the statistics graph (issue 14): the
 * query's joins over every figure or entity of the store, which took seconds per request at 1,000 documents, run
 * once per ingest; the named query then reads one row node per answer row ({@code stat/{key}/{n}}, each bound
 * column {@code c} as {@code pg:{key}C}) and only filters by its parameters. The query that computes the rows
 * is a resource beside this class; its rows come in its ORDER BY, and {@code pg:{key}Row} numbers them.
 *
 * <p>That ORDER BY is the named query's page order (its own ORDER BY, then every column, as {@link Paging#stable}
 * makes it), and starts with the range column: so a page is a run of row numbers, and the rows of one value of
 * that column (one year) are a run too. Resolution writes each run's first row and length
 * ({@code stat/{key}/range…}); {@link TablePages} reads a page by those numbers and the total from the count, instead of reading every row.
 */
final class AnswerTable {
    /** {@code targets-vs-actuals}: every target with its paired figure and status. */
    static final AnswerTable TARGETS = new AnswerTable("targets-vs-actuals-rows.rq", "tva", "targetYear",
            TargetRows::compute);
    /** {@code promise-status}: every promised entity's status (no run: its parameters filter the rows). */
    static final AnswerTable PROMISES = new AnswerTable("promise-status-rows.rq", "ps", null, null);
    /** {@code decisions}: every resolution decision, in runs by rule. */
    static final AnswerTable DECISIONS = new AnswerTable("decisions-rows.rq", "dec", "rule", null);
    /** {@code completed}: every completed promise (no run: its parameters filter the rows). */
    static final AnswerTable COMPLETED = new AnswerTable("completed-rows.rq", "cmp", null, null);
    /** {@code by-industry}: every entity of an industry, in runs by industry when their labels differ. */
    static final AnswerTable INDUSTRIES = new AnswerTable("by-industry-rows.rq", "bi", "industry", null);
    /** {@code new-in}: every entity with the year it first appears, in runs by that year. */
    static final AnswerTable NEW_IN = new AnswerTable("new-in-rows.rq", "ni", "first", null);
    /** {@code dropped}: every promise no later document names, in runs by its year. */
    static final AnswerTable DROPPED = new AnswerTable("dropped-rows.rq", "dr", "from", DroppedRows::compute);
    /** Every table, as resolution writes them. */
    static final List<AnswerTable> ALL = List.of(TARGETS, PROMISES, DECISIONS, COMPLETED, INDUSTRIES,
            NEW_IN, DROPPED);

    private final String resource;
    /** Names the table's row nodes ({@code stat/{key}/{n}}) and prefixes its properties ({@code pg:{key}Row}). */
    private final String key;
    private final String rangeColumn;
    /**
     * The rows computed in Java from the store's quads, in the rows query's order (the query given for its
     * projection and ORDER BY), or null: the rows query is run. The query stays the rows' definition; a test holds
     * the two to the same rows.
     */
    private final BiFunction<DatasetGraph, Query, List<Binding>> computed;

    private AnswerTable(String resource, String key, String rangeColumn,
                        BiFunction<DatasetGraph, Query, List<Binding>> computed) {
        this.resource = resource;
        this.key = key;
        this.rangeColumn = rangeColumn;
        this.computed = computed;
    }

    /** The table a named query's {@code # pages: KEY …} line names, if any. */
    static Optional<AnswerTable> byKey(String key) {
        return ALL.stream().filter(t -> t.key.equals(key)).findFirst();
    }

    /** Whole table: its row count ({@code pg:{key}RangeAll}). */
    Node rangeAll() {
        return PG.pg(key + "RangeAll");
    }

    /**
     * A run of rows with one value of the range column: that value ({@code pg:tvaRangeValue}); null: no runs. Not
     * named after the column: {@code new-in}'s column {@code first} gave {@code pg:niRangeFirst}, the property of a
     * run's first row, and the year 2024 was read as row 2024.
     */
    Node rangeValue() {
        return rangeColumn == null ? null : PG.pg(key + "RangeValue");
    }

    /** A run's first row number. */
    Node rangeFirst() {
        return PG.pg(key + "RangeFirst");
    }

    /** A run's row count. */
    Node rangeCount() {
        return PG.pg(key + "RangeCount");
    }

    /** The property of column {@code column}: {@code pg:tvaTargetYear} for {@code targetYear}. */
    Node column(String column) {
        return PG.pg(key + Character.toUpperCase(column.charAt(0)) + column.substring(1));
    }

    Query query() {
        try (InputStream in = AnswerTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows, in its page order: computed in Java where the table has that, else by its rows query. */
    List<Binding> rows(DatasetGraph dsg) {
        return computed == null ? queryRows(dsg) : computed.apply(dsg, query());
    }

    /** The rows query's rows, as SPARQL gives them. */
    List<Binding> queryRows(DatasetGraph dsg) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query()).build()) {
            qe.select().forEachRemaining(out::add);
        }
        return out;
    }

    /**
     * Adds the table's rows ({@link #rows}, inside the caller's transaction) to {@code out}, with the row count and
     * the run of rows of each value of the range column (when each value's rows are one run).
     */
    void write(Graph out, IriMinter iris, DatasetGraph dsg) {
        if (computed != null) {
            write(out, iris, computed.apply(dsg, query()).iterator());
            return;
        }
        try (QueryExec qe = QueryExec.dataset(dsg).query(query()).build()) {
            write(out, iris, qe.select()); // streamed: the query's sort holds the rows, not a copy here
        }
    }

    private void write(Graph out, IriMinter iris, Iterator<Binding> rows) {
        Node row = column("row");
        Var range = rangeColumn == null ? null : Var.alloc(rangeColumn);
        Map<Node, long[]> runs = new LinkedHashMap<>(); // value -> first row, count
        Node last = null;
        boolean contiguous = true;
        List<Var> vars = query().getProjectVars();
        Map<Var, Node> columns = new LinkedHashMap<>();
        vars.forEach(v -> columns.put(v, column(v.getVarName())));
        long n = 0;
        while (rows.hasNext()) {
            Binding b = rows.next();
            Node s = iris.statistic(key + "/" + n);
            out.add(s, row, DocumentMapper.integer(n));
            for (Var v : vars) {
                Node value = b.get(v);
                if (value != null) {
                    out.add(s, columns.get(v), value);
                }
            }
            Node value = range == null ? null : b.get(range);
            if (value != null) {
                long[] run = runs.computeIfAbsent(value, k -> new long[] {-1, 0});
                // A value seen again after another one (two industries with one label sort together): no runs
                // are written, and a page for one value reads every row.
                contiguous &= run[0] < 0 || value.equals(last);
                if (run[0] < 0) {
                    run[0] = n;
                }
                run[1]++;
            }
            last = value;
            n++;
        }
        out.add(iris.statistic(key + "/range"), rangeAll(), DocumentMapper.integer(n));
        int i = 0;
        for (Map.Entry<Node, long[]> e : contiguous ? runs.entrySet() : Map.<Node, long[]>of().entrySet()) {
            Node s = iris.statistic(key + "/range/" + i++);
            out.add(s, rangeValue(), e.getKey());
            out.add(s, rangeFirst(), DocumentMapper.integer(e.getValue()[0]));
            out.add(s, rangeCount(), DocumentMapper.integer(e.getValue()[1]));
        }
    }
}
