package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.QueryRunner;

/**
 * {@code /sparql}: YASGUI (vendored at build time, started by /assets/sparql.js) over a plain query form that
 * works without JavaScript, preloaded with the named queries; a named query's parameters given in the URL are
 * written in as a VALUES block, the way README shows. YASGUI sends queries to {@code /kg/sparql} of this server.
 */
final class SparqlPage {
    static final int SHOWN_ROWS = 1000;

    private SparqlPage() {
    }

    /** The text of named query {@code q} with a VALUES line after its first {@code WHERE {} for {@code params}. */
    static String withValuesLine(NamedQuery q, Map<String, Node> params) {
        if (params.isEmpty()) {
            return q.text();
        }
        StringBuilder vars = new StringBuilder();
        StringBuilder row = new StringBuilder();
        params.forEach((k, v) -> {
            vars.append(vars.isEmpty() ? "" : " ").append('?').append(k);
            row.append(row.isEmpty() ? "" : " ").append(FmtUtils.stringForNode(v));
        });
        String line = "  VALUES (" + vars + ") { (" + row + ") }";
        return q.text().replaceFirst("(?m)^WHERE \\{[ \\t]*$", java.util.regex.Matcher.quoteReplacement("WHERE {\n" + line));
    }

    static String form(NamedQueries queries, String selected, String text, String results) {
        StringBuilder b = new StringBuilder(16_384).append(Layout.head("SPARQL"));
        b.append("<h1>SPARQL</h1><div class=\"editor\"><aside><h2>命名查询 Named queries</h2><ul>");
        for (NamedQuery q : queries.all()) {
            b.append("<li><a href=\"/sparql?name=").append(esc(q.name())).append("\"")
                    .append(q.name().equals(selected) ? " class=\"selected\"" : "").append(" title=\"").append(esc(q.summary()))
                    .append("\">").append(esc(q.name())).append("</a></li>");
        }
        b.append("</ul><p class=\"muted\">Parameters: add <code>&amp;from=2022&amp;to=2024</code> to the address, or edit the ")
                .append("<code>VALUES</code> line: it goes first inside <code>WHERE {</code>.</p></aside>")
                .append("<form method=\"post\" action=\"/sparql\" id=\"sparql-form\"><textarea name=\"query\" id=\"query\" rows=\"24\" ")
                .append("spellcheck=\"false\">").append(esc(text)).append("</textarea><p><button type=\"submit\">运行 Run</button> ")
                .append("<button type=\"submit\" name=\"format\" value=\"csv\">CSV</button> ")
                .append("<span class=\"muted\">Endpoint for programs: <code>/kg/sparql</code> (SPARQL 1.1 protocol)</span></p></form>")
                .append("<div id=\"yasgui\" data-endpoint=\"/kg/sparql\" hidden></div></div>");
        b.append(results);
        return b.append("<link rel=\"stylesheet\" href=\"/assets/yasgui.min.css\">")
                .append("<script src=\"/assets/yasgui.min.js\" defer></script><script src=\"/assets/sparql.js\" defer></script>")
                .append(Layout.foot(false)).toString();
    }

    /** Runs a SELECT for the page: the first rows as an HTML table, or (format csv) every row as CSV. */
    static String results(org.pledgegraph.store.GraphStore store, String text, boolean csv) {
        Query q = QueryFactory.create(text);
        if (!q.isSelectType()) {
            throw new org.pledgegraph.model.PledgeGraphException("the editor runs SELECT queries; send others to /kg/sparql");
        }
        NamedQuery adHoc = new NamedQuery("query", "", "", List.of(), q, text);
        QueryRunner.Table t = new QueryRunner(store).select(adHoc, Map.of());
        if (csv) {
            return Tables.delimited(t.columns(), t.rows(), ',');
        }
        StringBuilder b = new StringBuilder(8192).append("<h2>结果 Results (").append(t.rows().size()).append(" rows")
                .append(t.rows().size() > SHOWN_ROWS ? ", first " + SHOWN_ROWS + " shown" : "").append(")</h2>");
        b.append("<div class=\"scroll\"><table class=\"data\" id=\"results\"><thead><tr>");
        t.columns().forEach(c -> b.append("<th>").append(esc(c)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (var r : t.rows().subList(0, Math.min(SHOWN_ROWS, t.rows().size()))) {
            b.append("<tr>");
            for (String c : t.columns()) {
                Node n = r.get(c);
                String v = Tables.plain(n);
                b.append("<td>").append(n != null && n.isURI() && v.contains("/id/")
                        ? "<a href=\"/id/" + esc(v.substring(v.indexOf("/id/") + 4)) + "\">" + esc(v) + "</a>" : esc(v)).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }
}
