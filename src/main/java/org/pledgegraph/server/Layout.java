package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The frame every workbench page shares (navigation, search box, styles, scripts) and small helpers. */
final class Layout {
    /** Chinese names of the stages and modalities, with the English term beside them. */
    static final Map<String, String> STAGE = Map.of("Planned", "谋划", "UnderConstruction", "在建",
            "Completed", "建成", "Operating", "运营");
    static final Map<String, String> MODALITY = Map.of("Commitment", "承诺", "Report", "报告", "Reference", "提及");
    static final Map<String, String> TYPE = Map.ofEntries(Map.entry("Project", "项目"), Map.entry("Park", "园区"),
            Map.entry("Road", "道路"), Map.entry("Enterprise", "企业"), Map.entry("Facility", "设施"),
            Map.entry("Target", "目标"), Map.entry("Actual", "实绩"), Map.entry("Place", "地方"),
            Map.entry("Document", "文件"));
    static final List<String> STAGES = List.of("Planned", "UnderConstruction", "Completed", "Operating");

    private Layout() {
    }

    static String head(String title) {
        return "<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + " · pledgegraph</title><link rel=\"stylesheet\" href=\"/assets/workbench.css\"></head><body>"
                + "<header><nav><a class=\"brand\" href=\"/\">pledgegraph</a> <a href=\"/\">首页 Home</a> "
                + "<a href=\"/sparql\">SPARQL</a> <a href=\"/api/openapi.json\">API</a>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "id=\"nav-search\" placeholder=\"搜索名称和句子 Search names and sentences\" aria-label=\"search\">"
                + "<button type=\"submit\">搜索</button></form></nav></header><main>";
    }

    /** Closes the page; {@code charts} loads ECharts (pages without charts stay light). */
    static String foot(boolean charts) {
        return "</main><footer>Every row quotes the sentence it came from · <a href=\"/kg/sparql\">/kg/sparql</a> · "
                + "<a href=\"/assets/licenses/\">licences</a></footer>"
                + (charts ? "<script src=\"/assets/echarts.min.js\" defer></script>" : "")
                + "<script src=\"/assets/workbench.js\" defer></script></body></html>";
    }

    static String lex(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static String local(Node n) {
        if (n == null || !n.isURI()) {
            return "";
        }
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    static String zh(Map<String, String> names, String key) {
        String z = names.get(key);
        return z == null ? key : z;
    }

    /** A served path for an IRI in our id/ namespace, else the IRI itself. */
    static String href(String base, Node n) {
        String iri = n.getURI();
        return iri.startsWith(base + "id/") ? "/" + iri.substring(base.length()) : iri;
    }

    static String link(String base, Node n, String text) {
        if (n == null || !n.isURI()) {
            return esc(text);
        }
        return "<a href=\"" + esc(href(base, n)) + "\">" + esc(text) + "</a>";
    }

    static int stageRank(String stage) {
        int i = STAGES.indexOf(stage);
        return i < 0 ? 0 : i + 1;
    }

    /**
     * A chart: the numbers as a table (readable without JavaScript) that /assets/workbench.js draws with
     * ECharts and offers as CSV. {@code kind}: bar or line.
     */
    static void chart(StringBuilder b, String id, String title, String kind, List<String> header, List<List<String>> rows) {
        b.append("<figure class=\"chart\" id=\"").append(esc(id)).append("\" data-kind=\"").append(esc(kind))
                .append("\"><figcaption>").append(esc(title)).append("</figcaption><div class=\"chart-canvas\"></div>");
        table(b, id + "-data", header, rows);
        b.append("</figure>");
    }

    /** A plain data table of escaped text with a CSV download (class "data"). */
    static void table(StringBuilder b, String id, List<String> header, List<List<String>> rows) {
        b.append("<table class=\"data\" id=\"").append(esc(id)).append("\"><thead><tr>");
        for (String h : header) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (List<String> r : rows) {
            b.append("<tr>");
            for (String c : r) {
                b.append("<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }
}
