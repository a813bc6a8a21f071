package org.pledgegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The rows of a named query computed once at resolution and written into the statistics graph (issue 14): the
 * query's joins over every figure or entity of the store, which took seconds per request at 1,000 documents, run
 * once per ingest; the named query then reads one row node per answer row ({@code stat/{key}/{n}}, each bound
 * column {@code c} as {@code pg:{prefix}C}) and only filters by its parameters. The query that computes the rows
 * is a resource beside this class; its rows come in its ORDER BY, and {@code pg:{prefix}Row} numbers them.
 */
final class AnswerTable {
    /** {@code targets-vs-actuals}: every target with its paired figure and status. */
    static final AnswerTable TARGETS = new AnswerTable("targets-vs-actuals-rows.rq", "tva", "tva");

    private final String resource;
    private final String key;
    private final String prefix;

    private AnswerTable(String resource, String key, String prefix) {
        this.resource = resource;
        this.key = key;
        this.prefix = prefix;
    }

    /** The property of column {@code column}: {@code pg:tvaTargetYear} for {@code targetYear}. */
    Node column(String column) {
        return PG.pg(prefix + Character.toUpperCase(column.charAt(0)) + column.substring(1));
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

    /** Runs the rows query over {@code dsg} (inside the caller's transaction) and adds its rows to {@code out}. */
    void write(Graph out, IriMinter iris, DatasetGraph dsg) {
        Node row = column("row");
        try (QueryExec qe = QueryExec.dataset(dsg).query(query()).build()) {
            RowSet rows = qe.select();
            long n = 0;
            while (rows.hasNext()) {
                Binding b = rows.next();
                Node s = iris.statistic(key + "/" + n);
                out.add(s, row, DocumentMapper.integer(n));
                for (Var v : rows.getResultVars()) {
                    Node value = b.get(v);
                    if (value != null) {
                        out.add(s, column(v.getVarName()), value);
                    }
                }
                n++;
            }
        }
    }
}
