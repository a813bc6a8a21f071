package org.pledgegraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with a cap on result rows: a query without a LIMIT, or with a larger one,
 * runs with LIMIT {@code cap}, so one client cannot make the server build a huge response.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    RowCappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight();
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > cap)) {
            q = q.cloneQuery();
            q.setLimit(cap);
        }
        return Pair.create(chosen.getLeft(), q);
    }
}
