package org.pledgegraph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Reads one page of a named query, and its total, without reading every row of the answer (issue 14). A query
 * names its reader on a {@code # pages: KEY [PARAM]} header line: an {@link AnswerTable} key ({@link TablePages};
 * PARAM may be {@code PARAM=COLUMN}), {@code documents} ({@link DocumentPages}), {@code search} ({@link SearchPages}), {@code reappear}
 * ({@link ReappearPages}), {@code timeline} ({@link TimelinePages}) or {@code answer} ({@link AnswerSnapshot}).
 */
interface PageReader {
    /** The one parameter a page read this way may have (empty: none). */
    String param();

    /**
     * The page {@code paging} of {@code query} (the named query in its page order, {@link Paging#stable}) bound with
     * {@code params}, inside the caller's read transaction; empty when it must read every row.
     */
    Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging);

    /** The reader the {@code # pages:} line of {@code nq} names, if it has one naming a known reader. */
    static Optional<PageReader> of(NamedQuery nq) {
        for (String body : NamedQueries.header(nq.text())) {
            if (body.startsWith("pages:")) {
                String[] words = body.substring("pages:".length()).strip().split("\\s+");
                String param = words.length > 1 ? words[1] : "";
                if (words[0].equals(DocumentPages.KEY)) {
                    return Optional.of(new DocumentPages(param));
                }
                if (words[0].equals(SearchPages.KEY)) {
                    return Optional.of(new SearchPages(param));
                }
                if (words[0].equals(ReappearPages.KEY)) {
                    return Optional.of(new ReappearPages());
                }
                if (words[0].equals(TimelinePages.KEY)) {
                    return Optional.of(new TimelinePages());
                }
                if (words[0].equals(AnswerSnapshot.KEY)) {
                    return Optional.of(AnswerSnapshot.pages(param));
                }
                // PARAM=COLUMN: the table has no runs for PARAM; its rows are found by COLUMN's value (TablePages).
                int eq = param.indexOf('=');
                return AnswerTable.byKey(words[0]).map(t -> eq < 0 ? new TablePages(t, param)
                        : new TablePages(t, param.substring(0, eq), param.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** A copy of {@code query} whose pattern starts with a VALUES block binding {@code var} to {@code rows}: only those. */
    static Query restricted(Query query, Var var, List<Binding> rows) {
        Query page = query.cloneQuery();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(var), rows));
        if (page.getQueryPattern() instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(page.getQueryPattern());
        }
        page.setQueryPattern(group);
        return page;
    }
}
