package org.pledgegraph.store;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * A parsed SPARQL query file.
 *
 * @param name    file name without .rq
 * @param summary the {@code # summary:} header line
 * @param params  names declared by {@code # param: NAME …} header lines
 * @param query   the parsed query
 */
public record NamedQuery(String name, String summary, List<String> params, Query query) {
}
