package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.pledgegraph.model.PledgeGraphException;
import org.pledgegraph.store.AnswerCache;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.QueryRunner;

/** The workbench pages that are not resources: home {@code /}, {@code /search}, {@code /sparql}. */
final class WorkbenchServlet extends HttpServlet {
    private final transient GraphStore store;
    private final transient NamedQueries queries;
    private final String base;
    private final transient AnswerCache cache;

    WorkbenchServlet(GraphStore store, NamedQueries queries, String base, AnswerCache cache) {
        this.cache = cache;
        this.store = store;
        this.queries = queries;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "", "/" -> html(resp, 200, store.read(() -> cache.get("home", () -> HomePage.render(store.datasetGraph(), base, queries),
                    String::length)));
            case "/search" -> {
                String q = req.getParameter("q");
                html(resp, 200, store.read(() -> cache.get(AnswerCache.key("search", q),
                        () -> SearchPage.render(store.datasetGraph(), base, q), String::length)));
            }
            case "/sparql" -> sparql(req, resp);
            default -> ApiServlet.send(resp, 404, "text/plain", "not found: " + path + " (try /)\n");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/sparql".equals(req.getServletPath())) {
            resp.sendError(405);
            return;
        }
        sparql(req, resp);
    }

    private void sparql(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        String text = req.getParameter("query");
        String results = "";
        int status = 200;
        try {
            if (text == null && name != null) {
                NamedQuery q = queries.get(name);
                Map<String, String> raw = new LinkedHashMap<>();
                for (String p : q.params()) {
                    if (req.getParameter(p) != null && !req.getParameter(p).isBlank()) {
                        raw.put(p, req.getParameter(p));
                    }
                }
                Map<String, Node> params = QueryRunner.bind(q, raw);
                text = SparqlPage.withValuesLine(q, params);
            } else if (text != null) {
                String query = text;
                boolean csv = "csv".equals(req.getParameter("format"));
                String out = SparqlPage.results(store, query, csv);
                if (csv) {
                    resp.setHeader("Content-Disposition", "attachment; filename=\"results.csv\"");
                    ApiServlet.send(resp, 200, "text/csv", out);
                    return;
                }
                results = out;
            }
        } catch (QueryParseException e) {
            status = 400;
            results = "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
        } catch (QueryCancelledException e) {
            status = 503;
            results = "<p class=\"error\">stopped at the server's query timeout</p>";
        } catch (PledgeGraphException e) {
            status = 400;
            results = "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>";
        }
        String shown = text == null ? (queries.all().isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
                : queries.all().get(0).text()) : text;
        html(resp, status, SparqlPage.form(queries, name, shown, results));
    }

    private static void html(HttpServletResponse resp, int status, String body) throws IOException {
        ApiServlet.send(resp, status, "text/html", body);
    }
}
