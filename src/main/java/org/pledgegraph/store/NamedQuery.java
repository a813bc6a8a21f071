package org.pledgegraph.store;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * A parsed SPARQL query file.
 *
 * @param name       file name without .rq
 * @param summary    the {@code # summary:} header line
 * @param question   the {@code # question:} header line (may be empty)
 * @param parameters the {@code # param: NAME …} header lines, in order
 * @param query      the parsed query
 * @param text       the file as written (comments kept; what the query editor shows)
 */
public record NamedQuery(String name, String summary, String question, List<Param> parameters, Query query, String text) {
    /** The declared parameter names. */
    /** A SELECT (the only form that is paged). */
    public boolean isSelect() {
        return query.isSelectType();
    }

    public List<String> params() {
        return parameters.stream().map(Param::name).toList();
    }

    /** The result columns of a SELECT query (empty for other forms). */
    public List<String> columns() {
        return query.isSelectType() ? query.getResultVars() : List.of();
    }

    /** What a parameter's values look like, read from the example in its header line. */
    public enum Kind { INTEGER, IRI, STRING }

    /**
     * One {@code # param:} line: {@code # param: from   (optional) year of …, e.g. 2022}.
     *
     * @param example the value after "e.g." (quotes removed), or empty
     */
    public record Param(String name, boolean optional, String description, Kind kind, String example) {
    }
}
