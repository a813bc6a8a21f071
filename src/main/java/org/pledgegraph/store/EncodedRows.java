package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Rows of encoded terms ({@link TermCodec}; null: unbound) put in a query's ORDER BY and cut to a page, comparing
 * them as {@link BindingComparator} compares their bindings: per condition unbound first, then
 * {@link NodeValue#compareAlways}, negated when descending; all conditions equal, the bindings' terms
 * ({@link BindingComparator#compareBindingsSyntactic}); still equal, the order the rows came in (SPARQL's sort is
 * stable). Each distinct term is decoded and made a {@link NodeValue} once, and only the page's rows become bindings:
 * {@code reappear} sorted ~7 k bindings to keep 100, making two node values per comparison (two fifths of its time,
 * profiled at 1,045 documents).
 */
final class EncodedRows {
    private final List<Var> vars;
    private final int[] columns;
    private final boolean[] descending;
    private final Function<String, Node> node;
    private final Map<String, NodeValue> values = new HashMap<>();

    private EncodedRows(List<Var> vars, int[] columns, boolean[] descending, Function<String, Node> node) {
        this.vars = vars;
        this.columns = columns;
        this.descending = descending;
        this.node = node;
    }

    /**
     * The order of {@code query} over rows whose values are those of {@code columns} in that order, each term made by
     * {@code node} (which should make each once); null when it orders by anything but those columns.
     */
    static EncodedRows of(Query query, List<String> columns, Function<String, Node> node) {
        List<SortCondition> by = query.hasOrderBy() ? query.getOrderBy() : List.of();
        int[] at = new int[by.size()];
        boolean[] down = new boolean[by.size()];
        for (int k = 0; k < by.size(); k++) {
            SortCondition c = by.get(k);
            if (!c.getExpression().isVariable()) {
                return null;
            }
            at[k] = columns.indexOf(c.getExpression().asVar().getVarName());
            if (at[k] < 0) {
                return null;
            }
            down[k] = c.getDirection() == Query.ORDER_DESCENDING;
        }
        return new EncodedRows(columns.stream().map(Var::alloc).toList(), at, down, node);
    }

    /** The rows of {@code paging} among {@code rows} (in the order they came) in this order, as bindings. */
    List<Binding> page(List<String[]> rows, Paging paging) {
        List<Integer> all = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        List<Binding> out = new ArrayList<>();
        for (int i : paging.top(all, (i, j) -> compare(rows, i, j))) {
            out.add(binding(rows.get(i)));
        }
        return out;
    }

    /** Rows {@code i} and {@code j} of {@code rows} compared; never 0 for two rows. */
    private int compare(List<String[]> rows, int i, int j) {
        if (i == j) {
            return 0;
        }
        String[] a = rows.get(i);
        String[] b = rows.get(j);
        for (int k = 0; k < columns.length; k++) {
            String x = a[columns[k]];
            String y = b[columns[k]];
            int c;
            if (x == null || y == null) {
                c = x == null ? (y == null ? 0 : -1) : 1;
            } else {
                c = x.equals(y) ? 0 : NodeValue.compareAlways(value(x), value(y));
            }
            if (c != 0) {
                return descending[k] ? -c : c;
            }
        }
        int c = BindingComparator.compareBindingsSyntactic(binding(a), binding(b));
        return c != 0 ? c : Integer.compare(i, j);
    }

    private NodeValue value(String term) {
        NodeValue v = values.get(term);
        if (v == null) {
            v = NodeValue.makeNode(node.apply(term));
            values.put(term, v);
        }
        return v;
    }

    private Binding binding(String[] row) {
        BindingBuilder b = Binding.builder();
        for (int i = 0; i < vars.size(); i++) {
            if (row[i] != null) {
                b.add(vars.get(i), node.apply(row[i]));
            }
        }
        return b.build();
    }
}
