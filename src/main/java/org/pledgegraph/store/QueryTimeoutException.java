package org.pledgegraph.store;

import org.pledgegraph.model.PledgeGraphException;

/** A query stopped at the store's query timeout; callers say which query and what to change. */
public final class QueryTimeoutException extends PledgeGraphException {
    public QueryTimeoutException(String query, Throwable cause) {
        super(query + ": stopped at the query timeout", cause);
    }
}
