package org.pledgegraph.store;

import java.io.OutputStream;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.pledgegraph.model.InputException;

/**
 * Runs a query against the store with parameters bound by substitution into the parsed query, so a
 * parameter value is always one RDF term and can never change the query's structure.
 */
public final class QueryRunner {
    /** Output formats of {@code pledgegraph query}. */
    public enum Format { table, csv, tsv, json }

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|^`\\\\]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final GraphStore store;

    public QueryRunner(GraphStore store) {
        this.store = store;
    }

    /** Parses {@code name=value} pairs; integers become xsd:integer, {@code <iri>} an IRI, anything else a string. */
    public static Map<String, Node> parseParams(Iterable<String> pairs) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param", "expected name=value, got '" + pair + "'");
            }
            String name = pair.substring(0, eq).strip();
            if (!NAME.matcher(name).matches()) {
                throw new InputException("--param", "bad parameter name '" + name + "'");
            }
            out.put(name, term(pair.substring(eq + 1), "--param"));
        }
        return out;
    }

    static Node term(String v, String source) {
        if (INTEGER.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(new BigInteger(v).toString(), XSDDatatype.XSDinteger);
        }
        if (v.length() > 2 && v.startsWith("<") && v.endsWith(">")) {
            String iri = v.substring(1, v.length() - 1);
            // Characters SPARQL forbids in an IRI: refused, so a value never reaches any text form of the query.
            if (!IRI.matcher(iri).matches()) {
                throw new InputException(source, "'" + v.replaceAll("\\s+", " ") + "' is not a valid IRI");
            }
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * Refuses a parameter the query does not declare, and a value of the wrong kind (a year that is not an
     * integer, an IRI parameter given a plain string): the same checks for the CLI and the web API.
     */
    public static void check(NamedQuery nq, Map<String, Node> params) {
        for (Map.Entry<String, Node> e : params.entrySet()) {
            String p = e.getKey();
            if (nq.parameters().isEmpty()) {
                continue;
            }
            NamedQuery.Param spec = nq.parameters().stream().filter(x -> x.name().equals(p)).findFirst()
                    .orElseThrow(() -> new InputException(nq.name(), "unknown parameter '" + p
                            + "'; this query takes: " + String.join(", ", nq.params())));
            Node v = e.getValue();
            boolean ok = switch (spec.kind()) {
                case INTEGER -> v.isLiteral() && XSDDatatype.XSDinteger.getURI().equals(v.getLiteralDatatypeURI());
                case IRI -> v.isURI();
                case STRING -> true;
            };
            if (!ok) {
                String shown = v.isLiteral() ? v.getLiteralLexicalForm() : v.toString();
                throw new InputException(nq.name(), "parameter '" + p + "' takes "
                        + (spec.kind() == NamedQuery.Kind.INTEGER ? "an integer" : "an IRI in <…>")
                        + (spec.example().isEmpty() ? "" : " (e.g. " + spec.example() + ")") + ", got '"
                        + shown.replaceAll("\\s+", " ") + "'");
            }
        }
    }

    /**
     * Binds raw web values ({@code from=2022}) as {@link #parseParams} does; an IRI parameter also takes a
     * bare absolute IRI without the angle brackets. Then {@link #check}s them.
     */
    public static Map<String, Node> bind(NamedQuery nq, Map<String, String> raw) {
        Map<String, Node> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            boolean iri = nq.parameters().stream().anyMatch(p -> p.name().equals(k) && p.kind() == NamedQuery.Kind.IRI);
            String value = iri && !v.startsWith("<") && IRI.matcher(v).matches() ? "<" + v + ">" : v;
            out.put(k, term(value, k));
        });
        check(nq, out);
        return out;
    }

    /** Every row of a SELECT query bound with {@code params}, in memory. */
    public Table select(NamedQuery nq, Map<String, Node> params) {
        return select(nq, params, Paging.ALL);
    }

    /**
     * One page of the rows of a SELECT query bound with {@code params}, in a total order (the query's ORDER BY,
     * then every column), and the number of rows of the whole answer.
     */
    public Table select(NamedQuery nq, Map<String, Node> params, Paging paging) {
        check(nq, params);
        if (!nq.query().isSelectType()) {
            throw new InputException(nq.name(), "not a SELECT query");
        }
        Query query = Paging.stable(nq.query()); // every answer in the order its pages use
        Query run = paging.unordered(query); // a page of an ordered answer: ordered here, in a bounded heap
        Optional<PageReader> table = PageReader.of(nq);
        return store.read(() -> {
            Optional<Paging.Window> byRow = table.flatMap(t -> t.window(store.datasetGraph(), query, params, paging));
            if (byRow.isPresent()) {
                Paging.Window w = byRow.get();
                return new Table(w.vars().stream().map(Var::getVarName).toList(), w.rows(), w.total());
            }
            QueryExecBuilder b = QueryExec.dataset(store.datasetGraph()).query(run);
            params.forEach(b::substitution);
            return closing(b.build(), qe -> {
                Paging.Window w = run == query ? paging.window(qe.select())
                        : paging.topWindow(qe.select(), query.getOrderBy());
                return new Table(w.vars().stream().map(Var::getVarName).toList(), w.rows(), w.total());
            });
        });
    }

    /**
     * Applies {@code body} to {@code exec} and closes it. Unlike try-with-resources, a close that throws the body's
     * own failure again (an aborted query's iterators do, at 1,000 documents under load) is not added to it as
     * suppressed: Java refuses that ("Self-suppression not permitted") and the caller saw that error instead of
     * the query's.
     */
    static <T> T closing(QueryExec exec, java.util.function.Function<QueryExec, T> body) {
        T out;
        try {
            out = body.apply(exec);
        } catch (RuntimeException | Error e) {
            try {
                exec.close();
            } catch (RuntimeException c) {
                if (c != e) {
                    e.addSuppressed(c);
                }
            }
            throw e;
        }
        exec.close();
        return out;
    }

    /** Result columns, the rows asked for, and the row count of the whole answer. */
    public record Table(List<String> columns, List<Binding> rows, long total) {
    }

    /** Runs {@code nq} with {@code params} and writes the results to {@code out}; returns the row count (or triples). */
    public long run(NamedQuery nq, Map<String, Node> params, Format format, OutputStream out) {
        return run(nq, params, format, out, Paging.ALL);
    }

    /**
     * Runs {@code nq} and writes one page of its rows to {@code out} (a SELECT; other forms ignore paging);
     * returns the row count of the whole answer (or the triples of a graph).
     */
    public long run(NamedQuery nq, Map<String, Node> params, Format format, OutputStream out, Paging paging) {
        check(nq, params);
        try {
            return runChecked(nq, params, format, out, paging);
        } catch (QueryCancelledException e) {
            throw new QueryTimeoutException(nq.name(), e);
        }
    }

    private long runChecked(NamedQuery nq, Map<String, Node> params, Format format, OutputStream out, Paging paging) {
        Query query = Paging.stable(nq.query()); // every answer in the order its pages use
        Query run = paging.unordered(query); // a page of an ordered answer: ordered here, in a bounded heap
        Optional<PageReader> table = query.isSelectType() ? PageReader.of(nq) : Optional.empty();
        return store.read(() -> {
            Optional<Paging.Window> byRow = table.flatMap(t -> t.window(store.datasetGraph(), query, params, paging));
            if (byRow.isPresent()) {
                Paging.Window w = byRow.get();
                write(ResultSet.adapt(RowSetStream.create(w.vars(), w.rows().iterator())), format, out, query);
                return w.total();
            }
            QueryExecBuilder b = QueryExec.dataset(store.datasetGraph()).query(run);
            params.forEach(b::substitution);
            try (QueryExec qe = b.build()) {
                if (query.isSelectType()) {
                    Paging.Window w = run == query ? paging.window(qe.select())
                            : paging.topWindow(qe.select(), query.getOrderBy());
                    write(ResultSet.adapt(RowSetStream.create(w.vars(), w.rows().iterator())), format, out, query);
                    return w.total();
                } else if (query.isAskType()) {
                    boolean ans = qe.ask();
                    if (format == Format.table) {
                        ResultSetFormatter.out(out, ans);
                    } else {
                        ResultsWriter.create().lang(lang(format)).write(out, ans);
                    }
                    return ans ? 1L : 0L;
                } else {
                    var g = query.isConstructType() ? qe.construct() : qe.describe();
                    RDFDataMgr.write(out, g, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
                    return (long) g.size();
                }
            }
        });
    }

    /**
     * The query with {@code params} bound the way a SPARQL user binds them: a VALUES block as the first
     * element of WHERE (the named queries are written so that this gives the rows --param gives).
     */
    public static Query withValues(Query query, Map<String, Node> params) {
        Query copy = query.cloneQuery();
        if (params.isEmpty()) {
            return copy;
        }
        List<Var> vars = params.keySet().stream().map(Var::alloc).toList();
        BindingBuilder row = Binding.builder();
        params.forEach((k, v) -> row.add(Var.alloc(k), v));
        ElementData data = new ElementData(vars, List.of(row.build()));
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (copy.getQueryPattern() instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else if (copy.getQueryPattern() != null) {
            group.addElement(copy.getQueryPattern());
        }
        copy.setQueryPattern(group);
        return copy;
    }

    private static void write(ResultSet rs, Format format, OutputStream out, Query q) {
        if (format == Format.table) {
            ResultSetFormatter.out(out, rs, q);
        } else {
            ResultsWriter.create().lang(lang(format)).write(out, rs);
        }
    }

    private static Lang lang(Format f) {
        return switch (f) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json, table -> ResultSetLang.RS_JSON;
        };
    }
}
