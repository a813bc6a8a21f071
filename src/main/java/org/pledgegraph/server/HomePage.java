package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;
import org.pledgegraph.store.Statistics;

/** {@code /}: the governments with their documents per year, entity counts, search, example questions. */
final class HomePage {
    static final Query DOCS = Sparql.parse("""
            SELECT ?place ?label ?year (COUNT(DISTINCT ?d) AS ?n) WHERE {
              ?d a pg:Document ; pg:year ?year .
              OPTIONAL { ?d dct:spatial ?place . OPTIONAL { ?place rdfs:label ?label } }
            } GROUP BY ?place ?label ?year ORDER BY ?label ?place ?year""");
    static final Query TYPES = Sparql.parse("""
            SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
              VALUES ?type { pg:Project pg:Park pg:Road pg:Enterprise pg:Facility pg:Target pg:Actual }
              ?e a ?type .
            } GROUP BY ?type ORDER BY DESC(?n)""");

    private HomePage() {
    }

    static String render(DatasetGraph dsg, String base, NamedQueries queries) {
        StringBuilder b = new StringBuilder(8192).append(Layout.head("工作台 Workbench"));
        b.append("<h1>承诺追踪工作台 <small>pledgegraph workbench</small></h1>");
        b.append("<form class=\"big-search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" id=\"home-search\" ")
                .append("placeholder=\"项目、园区、企业或句子中的词 (e.g. 无人机)\" aria-label=\"search\" autofocus>")
                .append("<button type=\"submit\">搜索 Search</button></form>");
        // Governments × years: documents per cell.
        Map<Node, String> names = new LinkedHashMap<>();
        Map<Node, Map<String, Integer>> counts = new LinkedHashMap<>();
        TreeSet<String> years = new TreeSet<>();
        Node none = org.apache.jena.graph.NodeFactory.createURI(base + "id/place/none");
        IriMinter iris = IriMinter.withBase(base);
        boolean tables = Statistics.present(dsg, iris);
        if (tables) {
            documentCounts(dsg, iris, none, names, counts, years);
        } else {
            for (Binding r : Sparql.select(dsg, DOCS, Map.of())) {
                Node place = r.get("place") == null ? none : r.get("place");
                names.put(place, r.get("place") == null ? "(jurisdiction unknown)" : Layout.lex(r.get("label")));
                String y = Layout.lex(r.get("year"));
                years.add(y);
                counts.computeIfAbsent(place, k -> new TreeMap<>()).merge(y, Integer.parseInt(Layout.lex(r.get("n"))), Integer::sum);
            }
        }
        b.append("<h2>政府与文件 Governments and their documents</h2><table class=\"data\" id=\"governments\"><thead><tr>")
                .append("<th>政府 government</th>");
        for (String y : years) {
            b.append("<th>").append(esc(y)).append("</th>");
        }
        b.append("<th>合计 total</th></tr></thead><tbody>");
        for (Map.Entry<Node, String> e : names.entrySet()) {
            Map<String, Integer> c = counts.get(e.getKey());
            b.append("<tr><th>").append(e.getKey() == none ? esc(e.getValue()) : Layout.link(base, e.getKey(), e.getValue()))
                    .append("</th>");
            for (String y : years) {
                b.append("<td>").append(c.containsKey(y) ? c.get(y) : "").append("</td>");
            }
            b.append("<td>").append(c.values().stream().mapToInt(Integer::intValue).sum()).append("</td></tr>");
        }
        b.append("</tbody></table>");
        List<List<String>> typeRows = new ArrayList<>();
        if (tables) {
            for (Map.Entry<String, Integer> e : Statistics.typeCounts(dsg, iris)) {
                typeRows.add(List.of(Layout.zh(Layout.TYPE, e.getKey()) + " " + e.getKey(), String.valueOf(e.getValue())));
            }
        } else {
            for (Binding r : Sparql.select(dsg, TYPES, Map.of())) {
                String t = Layout.local(r.get("type"));
                typeRows.add(List.of(Layout.zh(Layout.TYPE, t) + " " + t, Layout.lex(r.get("n"))));
            }
        }
        b.append("<h2>实体 Entities by type</h2>");
        Layout.chart(b, "entity-types", "实体数量 Entities by type", "bar", List.of("类型 type", "数量 count"), typeRows);
        b.append("<h2>研究问题 Example questions</h2><ul class=\"questions\">");
        // The example government: the first with documents of both years (else the first), in name order.
        Node first = counts.entrySet().stream().filter(e -> e.getKey() != none)
                .filter(e -> e.getValue().containsKey("2022") && e.getValue().containsKey("2024")).map(Map.Entry::getKey)
                .findFirst().orElse(names.keySet().stream().filter(n -> n != none).findFirst().orElse(null));
        if (first != null) {
            b.append("<li><a href=\"").append(esc(Layout.href(base, first))).append("?from=2022&amp;to=2024#tracker\">")
                    .append(esc(names.get(first))).append(": 2022年的承诺在2024年是否再次出现？结果如何？</a> ")
                    .append("(which 2022 promises reappear in 2024, and what became of each)</li>");
        }
        for (NamedQuery q : queries.all()) {
            String example = exampleQuery(q);
            b.append("<li><a href=\"/api/").append(esc(q.name())).append(example.isEmpty() ? "" : "?" + esc(example))
                    .append("\">").append(esc(q.question().isEmpty() ? q.summary() : q.question())).append("</a> <span class=\"muted\">")
                    .append("<a href=\"/sparql?name=").append(esc(q.name())).append("\">SPARQL</a> · <a href=\"/api/")
                    .append(esc(q.name())).append("?").append(esc(example.isEmpty() ? "" : example + "&")).append("format=csv\">CSV</a></span></li>");
        }
        b.append("</ul>");
        return b.append(Layout.foot(true)).toString();
    }

    /**
     * The documents table from the statistics graph (a store written before it has none: then the query
     * above), governments in the query's order: by label, then IRI, the documents without a jurisdiction first.
     */
    private static void documentCounts(DatasetGraph dsg, IriMinter iris, Node none, Map<Node, String> names,
                                       Map<Node, Map<String, Integer>> counts, TreeSet<String> years) {
        Map<Node, Map<Integer, Integer>> table = Statistics.documentCounts(dsg, iris);
        Map<Node, String> labels = new java.util.HashMap<>();
        for (Node place : table.keySet()) {
            if (place != null) {
                var it = dsg.find(Node.ANY, place, PG.rdfsLabel, Node.ANY);
                labels.put(place, it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "");
            }
        }
        List<Node> order = new ArrayList<>(table.keySet());
        order.sort(java.util.Comparator.comparing((Node p) -> p != null)
                .thenComparing(p -> p == null ? "" : labels.get(p)).thenComparing(p -> p == null ? "" : p.getURI()));
        for (Node place : order) {
            Node key = place == null ? none : place;
            names.put(key, place == null ? "(jurisdiction unknown)" : labels.get(place));
            table.get(place).forEach((y, n) -> {
                years.add(String.valueOf(y));
                counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(String.valueOf(y), n, Integer::sum);
            });
        }
    }

    /** The query string of the header's example values ({@code from=2022&to=2024}). */
    static String exampleQuery(NamedQuery q) {
        List<String> parts = new ArrayList<>();
        for (NamedQuery.Param p : q.parameters()) {
            // A header may give alternatives ("410503, 北关区 or 北关"): the link uses the first.
            String example = p.example().split(",\\s|\\sor\\s")[0].strip();
            if (!example.isEmpty() && !example.contains("…")) {
                parts.add(p.name() + "=" + java.net.URLEncoder.encode(example, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }
}
