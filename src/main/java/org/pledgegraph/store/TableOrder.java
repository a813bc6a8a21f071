package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;

/**
 * Rows a table computes in Java ({@link TargetRows}, {@link DroppedRows}) put in its rows query's ORDER BY, compared
 * as that query's sort compares them (Jena's {@link BindingComparator}: unbound first, numbers by value, …), so that
 * their row numbers are the page order the named query's pages read.
 */
final class TableOrder {
    private TableOrder() {
    }

    /**
     * {@code rows} (column → value; a column without a value is unbound) as bindings sorted by {@code query}'s ORDER
     * BY, ties broken by the columns {@code tieBreak} in turn (a sort of equal keys is otherwise the engine's order).
     */
    static List<Binding> sort(List<Map<String, Node>> rows, Query query, List<String> tieBreak) {
        List<Binding> out = new ArrayList<>(rows.size());
        for (Map<String, Node> row : rows) {
            BindingBuilder b = Binding.builder();
            row.forEach((column, value) -> b.add(Var.alloc(column), value));
            out.add(b.build());
        }
        List<SortCondition> ties = new ArrayList<>();
        tieBreak.forEach(c -> ties.add(new SortCondition(Var.alloc(c), Query.ORDER_DEFAULT)));
        Comparator<Binding> order = new BindingComparator(query.getOrderBy());
        out.sort(order.thenComparing(new BindingComparator(ties)));
        return out;
    }
}
