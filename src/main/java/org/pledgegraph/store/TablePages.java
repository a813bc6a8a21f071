package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.pledgegraph.rdf.DocumentMapper;

/**
 * A page of a named query that reads an {@link AnswerTable}, read by row number (issue 14). The query says so in
 * its header: {@code # pages: tva year} — with no parameter, or only {@code year}, its page is rows
 * {@code first + offset …} of the table's run for that year, and its total that run's stored count. Reading every
 * row to count the total and keep the best 100 took seconds at 1,000 documents (34 k rows × a dozen index probes);
 * this reads the page's rows alone. The rows are bound by a VALUES block on {@code ?row}, so the query's own
 * patterns and filters still decide each row's columns. Other parameters, every row on one page, or a store
 * without the runs (written before them) read every row as before.
 *
 * <p>A table without runs for a parameter can name the column it selects instead ({@code # pages: cmp from=promisedIn}):
 * with that parameter, the rows holding its value are found through the store's index of that column, and the query
 * reads those alone (other parameters still filter them): `completed` with `from` read all 4,513 rows at 1,045 documents
 * for one year's ~325, 41 MB of garbage per request.
 *
 * @param table the table the query reads
 * @param param the parameter that selects one run of rows (one value of the table's range column), or empty
 * @param lookup the column whose value {@code param} selects through its index, or empty: by the runs
 */
record TablePages(AnswerTable table, String param, String lookup) implements PageReader {
    private static final Var ROW = Var.alloc("row");

    TablePages(AnswerTable table, String param) {
        this(table, param, "");
    }

    /**
     * The page {@code paging} of {@code query} (the named query in its page order, {@link Paging#stable}) bound with
     * {@code params}, read by row number inside the caller's read transaction; empty when it must read every row.
     */
    @Override
    public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
        if (!lookup.isEmpty() && params.containsKey(param)) {
            return byValue(dsg, query, params, paging, params.get(param));
        }
        if (paging.limit() == Long.MAX_VALUE || !params.keySet().stream().allMatch(param::equals)) {
            return Optional.empty();
        }
        Iterator<Quad> all = dsg.find(Node.ANY, Node.ANY, table.rangeAll(), Node.ANY);
        if (!all.hasNext()) {
            return Optional.empty();
        }
        long first = 0;
        long count = number(all.next().getObject());
        Node value = params.get(param);
        if (value != null) {
            if (table.rangeValue() == null) {
                return Optional.empty();
            }
            Iterator<Quad> run = dsg.find(Node.ANY, Node.ANY, table.rangeValue(), value);
            if (run.hasNext()) {
                Node s = run.next().getSubject();
                first = number(only(dsg, s, table.rangeFirst()));
                count = number(only(dsg, s, table.rangeCount()));
            } else if (dsg.find(Node.ANY, Node.ANY, table.rangeValue(), Node.ANY).hasNext()) {
                count = 0; // no row has that value
            } else {
                return Optional.empty(); // no runs written (a value's rows were not one run)
            }
        }
        List<Binding> rows = new ArrayList<>();
        Node rowNumber = table.column("row");
        for (long i = paging.offset(); i < Math.min(count, paging.end()); i++) {
            long n = first + i;
            List<Node> r = RowView.subjects(dsg, rowNumber, DocumentMapper.integer(n), 1);
            if (r.isEmpty()) {
                return Optional.empty(); // the table and its runs disagree: read every row rather than guess
            }
            rows.add(Binding.builder().add(ROW, r.get(0)).build());
        }
        List<Var> vars = query.getProjectVars();
        if (rows.isEmpty()) {
            return Optional.of(new Paging.Window(vars, List.of(), count));
        }
        Query page = PageReader.restricted(query, ROW, rows);
        QueryExecBuilder b = QueryExec.dataset(rowsFirst(dsg, query, rows)).query(page);
        params.forEach(b::substitution);
        long total = count;
        return Optional.of(QueryRunner.closing(b.build(), qe -> {
            Paging.Window w = Paging.ALL.window(qe.select()); // the page's rows, sorted by the query's order
            return new Paging.Window(w.vars(), w.rows(), total);
        }));
    }

    /**
     * The page of {@code query} among the rows whose column {@link #lookup} holds {@code value}, found through the
     * store's index of that column rather than by reading every row; the query's own patterns and filters, other
     * parameters included, still decide each of them. Only for an integer or an IRI: the term the index finds is
     * then exactly the value the query's filter compares, since the rows query writes the column as xsd:integer
     * years (or IRIs) on every row (a string there would fail the filter's comparison and let every row through).
     */
    private Optional<Paging.Window> byValue(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging,
            Node value) {
        boolean exact = value.isURI()
                || value.isLiteral() && XSDDatatype.XSDinteger.getURI().equals(value.getLiteralDatatypeURI());
        if (!exact || !dsg.find(Node.ANY, Node.ANY, table.rangeAll(), Node.ANY).hasNext()) {
            return Optional.empty(); // another kind of value, or no table written: every row, as the query says
        }
        List<Node> subjects = RowView.subjects(dsg, table.column(lookup), value, Integer.MAX_VALUE);
        if (subjects.isEmpty()) {
            return Optional.of(new Paging.Window(query.getProjectVars(), List.of(), 0));
        }
        List<Binding> rows = subjects.stream().map(s -> Binding.builder().add(ROW, s).build()).toList();
        QueryExecBuilder b = QueryExec.dataset(rowsFirst(dsg, query, rows)).query(PageReader.restricted(query, ROW, rows));
        params.forEach(b::substitution);
        return Optional.of(QueryRunner.closing(b.build(), qe -> paging.window(qe.select())));
    }

    /**
     * The dataset the page's query runs over: the store seen through its rows' triples, each row read once
     * ({@link RowView}), unless the query reads more than the default graph.
     */
    private static DatasetGraph rowsFirst(DatasetGraph dsg, Query query, List<Binding> rows) {
        if (!RowView.readsDefaultGraphOnly(query)) {
            return dsg;
        }
        return RowView.over(dsg, rows.stream().map(r -> r.get(ROW)).toList());
    }

    private static Node only(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new IllegalStateException("statistics: " + s + " has no " + p);
        }
        return it.next().getObject();
    }

    private static long number(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }
}
