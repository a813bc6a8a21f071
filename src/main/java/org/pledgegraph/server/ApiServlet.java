package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.store.AnswerCache;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.Paging;
import org.pledgegraph.store.QueryRunner;

/**
 * {@code GET /api/{name}?param=value&page=&pageSize=&format=} (or {@code limit=&offset=}): a named query as JSON,
 * CSV or TSV, one page at a time (100 rows unless asked), in a stable order, with the total row count and the
 * CLI's parameter checks; {@code /api/openapi.json} describes them all.
 */
final class ApiServlet extends HttpServlet {
    static final int DEFAULT_LIMIT = 100;
    /** Query-string names the API itself uses; a named query cannot take them as parameters. */
    static final List<String> RESERVED = List.of("limit", "offset", "page", "pageSize", "format");

    private final transient GraphStore store;
    private final transient NamedQueries queries;
    private final long maxRows;

    private final transient AnswerCache cache;

    ApiServlet(GraphStore store, NamedQueries queries, long maxRows, AnswerCache cache) {
        this.cache = cache;
        this.store = store;
        this.queries = queries;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/openapi.json")) {
            send(resp, 200, "application/json", Json.write(OpenApi.describe(queries, maxRows)));
            return;
        }
        if (path.equals("/") || path.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (NamedQuery q : queries.all()) {
                list.add(Map.of("name", q.name(), "summary", q.summary(), "parameters", q.params(),
                        "href", "/api/" + q.name()));
            }
            send(resp, 200, "application/json", Json.write(Map.of("queries", list, "openapi", "/api/openapi.json")));
            return;
        }
        String name = path.substring(1);
        NamedQuery q;
        try {
            q = queries.get(name);
        } catch (PledgeGraphException e) {
            send(resp, 404, "text/plain", "no such query '" + name + "'; known: " + String.join(", ", names()) + "\n");
            return;
        }
        try {
            Page page = Page.of(req, maxRows);
            Map<String, String> raw = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (RESERVED.contains(e.getKey())) {
                    continue;
                }
                if (e.getValue().length != 1) {
                    throw new PledgeGraphException("parameter '" + e.getKey() + "' given " + e.getValue().length + " times");
                }
                raw.put(e.getKey(), e.getValue()[0]);
            }
            Map<String, Node> params = QueryRunner.bind(q, raw);
            String format = format(req);
            Paging paging = new Paging(page.offset, page.limit);
            // The page and its total, computed once per store version (and once for concurrent identical requests).
            QueryRunner.Table table = store.read(() -> cache.get(AnswerCache.key("api", q.name(), params, page.offset, page.limit),
                    () -> new QueryRunner(store).select(q, params, paging),
                    t -> 96L * (1 + t.rows().size()) * Math.max(1, t.columns().size())));
            long total = table.total();
            List<Binding> rows = table.rows();
            resp.setHeader("X-Total-Count", String.valueOf(total));
            if (page.offset + page.limit < total) {
                resp.setHeader("Link", "<" + pageLink(req, page, page.offset + page.limit) + ">; rel=\"next\"");
            }
            switch (format) {
                case "csv" -> {
                    resp.setHeader("Content-Disposition", "inline; filename=\"" + q.name() + ".csv\"");
                    send(resp, 200, "text/csv", Tables.delimited(table.columns(), rows, ','));
                }
                case "tsv" -> send(resp, 200, "text/tab-separated-values", Tables.delimited(table.columns(), rows, '\t'));
                default -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("query", q.name());
                    Map<String, Object> ps = new LinkedHashMap<>();
                    params.forEach((k, v) -> ps.put(k, value(v)));
                    body.put("parameters", ps);
                    body.put("total", total);
                    body.put("offset", page.offset);
                    body.put("limit", page.limit);
                    body.put("page", page.offset / page.limit + 1);
                    body.put("pageSize", page.limit);
                    body.put("pages", total == 0 ? 1 : (total + page.limit - 1) / page.limit);
                    body.put("columns", table.columns());
                    List<Object> out = new ArrayList<>();
                    for (Binding b : rows) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String c : table.columns()) {
                            row.put(c, value(b.get(c)));
                        }
                        out.add(row);
                    }
                    body.put("rows", out);
                    body.put("next", page.offset + page.limit < total ? pageLink(req, page, page.offset + page.limit) : null);
                    send(resp, 200, "application/json", Json.write(body));
                }
            }
        } catch (QueryCancelledException e) {
            send(resp, 503, "text/plain", name + ": stopped at the server's query timeout; narrow it with parameters\n");
        } catch (PledgeGraphException e) {
            send(resp, 400, "text/plain", e.getMessage().replaceAll("[\\r\\n]+", " ") + "\n");
        }
    }

    private List<String> names() {
        return queries.all().stream().map(NamedQuery::name).toList();
    }

    /** ?format= wins over Accept; JSON by default. */
    static String format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "json", "csv", "tsv" -> f.toLowerCase(Locale.ROOT);
                default -> throw new PledgeGraphException("format '" + f + "' is not one of json, csv, tsv");
            };
        }
        String a = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(Locale.ROOT);
        if (a.startsWith("text/csv")) {
            return "csv";
        }
        if (a.startsWith("text/tab-separated-values")) {
            return "tsv";
        }
        return "json";
    }

    /** JSON value of a term: numbers as numbers, everything else as its lexical form or IRI. */
    static Object value(Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = n.getLiteralLexicalForm();
            try {
                if (XSDDatatype.XSDinteger.getURI().equals(dt) || XSDDatatype.XSDint.getURI().equals(dt)
                        || XSDDatatype.XSDlong.getURI().equals(dt)) {
                    return new java.math.BigInteger(lex);
                }
                if (XSDDatatype.XSDdecimal.getURI().equals(dt) || XSDDatatype.XSDdouble.getURI().equals(dt)) {
                    return new BigDecimal(lex);
                }
            } catch (NumberFormatException e) {
                return lex;
            }
            return lex;
        }
        return n.toString();
    }

    /** The same request for the rows from {@code offset}: by page and pageSize if it asked so, else limit and offset. */
    private static String pageLink(HttpServletRequest req, Page page, long offset) {
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (List.of("offset", "limit", "page", "pageSize").contains(e.getKey())) {
                continue;
            }
            for (String v : e.getValue()) {
                b.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
            }
        }
        if (page.byPage) {
            return b.append("page=").append(offset / page.limit + 1).append("&pageSize=").append(page.limit).toString();
        }
        return b.append("limit=").append(page.limit).append("&offset=").append(offset).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + ";charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /**
     * page (from 1) and pageSize (default 100), or limit (default 100) and offset (default 0); a page is at most
     * the server's row cap. The two styles cannot be mixed in one request.
     */
    record Page(long limit, long offset, boolean byPage) {
        static Page of(HttpServletRequest req, long maxRows) {
            boolean byPage = req.getParameter("page") != null || req.getParameter("pageSize") != null;
            if (byPage && (req.getParameter("limit") != null || req.getParameter("offset") != null)) {
                throw new PledgeGraphException("give page/pageSize or limit/offset, not both");
            }
            long limit = number(req, byPage ? "pageSize" : "limit", DEFAULT_LIMIT);
            if (limit < 1 || limit > maxRows) {
                throw new PledgeGraphException((byPage ? "pageSize" : "limit") + " must be 1-" + maxRows + ", got " + limit);
            }
            long offset;
            if (byPage) {
                long page = number(req, "page", 1);
                if (page < 1 || page - 1 > Long.MAX_VALUE / limit) {
                    throw new PledgeGraphException("page must be 1 or more, got " + page);
                }
                offset = (page - 1) * limit;
            } else {
                offset = number(req, "offset", 0);
            }
            if (offset < 0) {
                throw new PledgeGraphException("offset must be 0 or more, got " + offset);
            }
            return new Page(limit, offset, byPage);
        }

        private static long number(HttpServletRequest req, String name, long dflt) {
            String v = req.getParameter(name);
            if (v == null || v.isEmpty()) {
                return dflt;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new PledgeGraphException(name + " must be a whole number, got '" + v.replaceAll("\\s+", " ") + "'");
            }
        }
    }
}
