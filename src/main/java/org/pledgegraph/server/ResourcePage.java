package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.store.Describer;
import org.pledgegraph.rdf.PG;

/** The HTML view of an entity (names, type, industry, place, parts, timeline) or of a document. */
final class ResourcePage {
    private static final Node SKOS_PREF = NodeFactory.createURI(PG.SKOS + "prefLabel");

    private final DatasetGraph dsg;
    private final String base;
    /** Where this server is reached publicly, ending in '/'. */
    private final String root;

    ResourcePage(DatasetGraph dsg, String base, String root) {
        this.dsg = dsg;
        this.base = base;
        this.root = root;
    }

    /** Call inside a read transaction. */
    String render(Node resource, Graph about) {
        boolean isDocument = about.contains(resource, PG.rdfType, PG.Document);
        boolean isFile = about.contains(resource, PG.rdfType, PG.SourceFile);
        StringBuilder b = new StringBuilder(4096);
        String title = isDocument ? first(about, resource, PG.dctTitle) : first(about, resource, PG.rdfsLabel);
        if (title.isEmpty()) {
            title = first(about, resource, isFile ? PG.fileName : PG.sourceFile);
        }
        b.append(Layout.head(title));
        b.append("<h1>").append(esc(title)).append("</h1>");
        b.append("<p class=\"muted\">").append(esc(resource.getURI())).append(" · ")
                .append(alternates(localPath(resource))).append("</p>");
        b.append("<table>");
        row(b, "type", values(about, resource, PG.rdfType));
        if (isDocument) {
            row(b, "year", values(about, resource, PG.year));
            row(b, "issued", values(about, resource, PG.dctIssued));
            row(b, "file", values(about, resource, PG.sourceFile));
            row(b, "text read", values(about, resource, PG.text));
            row(b, "read from", files(resource));
            row(b, "kind", values(about, resource, PG.documentKind));
            row(b, "issued by", values(about, resource, PG.issuingBody));
        } else if (isFile) {
            // A file the document was read from: what it was, and which reading of it the text is.
            row(b, "of document", subjects(resource, PG.file));
            row(b, "name", values(about, resource, PG.fileName));
            row(b, "format", values(about, resource, PG.dctFormat));
            row(b, "SHA-256", values(about, resource, PG.sha256));
            row(b, "bytes", values(about, resource, PG.byteSize));
            row(b, "converter", values(about, resource, PG.converter) + " " + values(about, resource, PG.converterVersion));
        } else {
            row(b, "also written", values(about, resource, PG.skosAltLabel));
            row(b, "industry", values(about, resource, PG.industry));
            row(b, "located in", values(about, resource, PG.locatedIn));
            row(b, "part of", values(about, resource, PG.partOf));
            row(b, "has parts", values(about, resource, PG.hasPart));
            row(b, "indicator", values(about, resource, PG.indicator));
            row(b, "value", values(about, resource, PG.value) + " " + values(about, resource, PG.unit));
        }
        b.append("</table>");
        if (isDocument) {
            DocumentPage.body(b, dsg, base, resource);
        } else if (!isFile) {
            timeline(b, resource);
        }
        return b.append(Layout.foot(!isDocument && !isFile)).toString();
    }

    private void timeline(StringBuilder b, Node entity) {
        List<Binding> rows = Describer.timeline(dsg, entity);
        stageChart(b, rows);
        related(b, entity);
        b.append("<h2>Timeline (").append(rows.size()).append(" mentions)</h2><table><tr><th>year</th><th>document</th>")
                .append("<th>stage</th><th>modality</th><th>about</th><th>as written</th><th>sentence</th></tr>");
        for (Binding r : rows) {
            b.append("<tr><td>").append(esc(lex(r.get("year")))).append("</td><td>").append(link(r.get("doc"), lex(r.get("file"))))
                    .append("</td><td>").append(local(r.get("stage"))).append("</td><td>").append(local(r.get("modality")))
                    .append("</td><td>").append(esc(lex(r.get("aboutYear")))).append("</td><td>").append(esc(lex(r.get("surface"))))
                    .append("</td><td><q>").append(esc(lex(r.get("evidence")))).append("</q></td></tr>");
        }
        b.append("</table>");
    }

    private static final org.apache.jena.query.Query RELATED = Sparql.parse("""
            SELECT ?other ?label (COUNT(DISTINCT ?e) AS ?n) WHERE {
              ?m pg:mentions ?r ; pg:evidence ?e ; pg:inDocument ?d .
              ?m2 pg:evidence ?e ; pg:inDocument ?d ; pg:mentions ?other .
              FILTER (?other != ?r)
              ?other a ?t ; rdfs:label ?label .
              FILTER (?t NOT IN (pg:Target, pg:Actual))
            } GROUP BY ?other ?label ORDER BY DESC(?n) ?label LIMIT 30""");

    /** Entities named in the same sentences, most shared sentences first. */
    private void related(StringBuilder b, Node entity) {
        List<Binding> rows = Sparql.select(dsg, RELATED, java.util.Map.of("r", entity));
        if (rows.isEmpty()) {
            return;
        }
        b.append("<h2>同句提及 Named in the same sentences</h2><p class=\"related\">");
        for (Binding r : rows) {
            b.append(link(r.get("other"), lex(r.get("label")))).append(" <span class=\"muted\">")
                    .append(esc(lex(r.get("n")))).append("</span> · ");
        }
        b.append("</p>");
    }

    /** Stage over time: per document year, the furthest stage named (1 谋划 … 4 运营) and how many mentions. */
    private static void stageChart(StringBuilder b, List<Binding> rows) {
        java.util.TreeMap<String, int[]> byYear = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> modalities = new java.util.TreeMap<>();
        for (Binding r : rows) {
            String y = lex(r.get("year"));
            int[] v = byYear.computeIfAbsent(y, k -> new int[2]);
            v[0] = Math.max(v[0], Layout.stageRank(local(r.get("stage"))));
            v[1]++;
            modalities.computeIfAbsent(y, k -> new TreeSet<>()).add(Layout.zh(Layout.MODALITY, local(r.get("modality"))));
        }
        List<List<String>> table = new java.util.ArrayList<>();
        byYear.forEach((y, v) -> table.add(List.of(y, v[0] == 0 ? "" : String.valueOf(v[0]), String.valueOf(v[1]),
                v[0] == 0 ? "" : Layout.STAGE.get(Layout.STAGES.get(v[0] - 1)), String.join(" ", modalities.get(y)))));
        Layout.chart(b, "stage-chart", "阶段变化 Stage over time (1 谋划 Planned · 2 在建 UnderConstruction · 3 建成 Completed · 4 运营 Operating)",
                "line", List.of("年份 year", "阶段 stage", "提及 mentions", "stage name", "modality"), table);
    }

    /** Every file the document was read from, with its format: the same report may come in several. */
    private String files(Node document) {
        TreeSet<String> out = new TreeSet<>();
        dsg.find(Node.ANY, document, PG.file, Node.ANY).forEachRemaining(q -> {
            Node f = q.getObject();
            out.add(link(f, literal(f, PG.fileName)) + " <span class=\"muted\">(" + esc(literal(f, PG.dctFormat)) + ")</span>");
        });
        return String.join(", ", out);
    }

    /** Links to what has {@code p} pointing at {@code o}. */
    private String subjects(Node o, Node p) {
        TreeSet<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> out.add(link(q.getSubject(), labelOf(q.getSubject()))));
        return String.join(", ", out);
    }

    private String literal(Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private String values(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            out.add(o.isLiteral() ? esc(o.getLiteralLexicalForm()) : link(o, labelOf(o)));
        });
        return String.join(", ", out);
    }

    private String labelOf(Node n) {
        for (Node p : new Node[] {SKOS_PREF, PG.rdfsLabel}) {
            var it = dsg.find(Node.ANY, n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && (o.getLiteralLanguage().isEmpty() || o.getLiteralLanguage().startsWith("zh"))) {
                    return o.getLiteralLexicalForm();
                }
            }
        }
        return local(n);
    }

    /** A link: to this server for its data and vocabulary IRIs (at the public root), absolute otherwise. */
    private String link(Node n, String text) {
        if (n == null || !n.isURI()) {
            return "";
        }
        String iri = n.getURI();
        String href = iri.startsWith(base) ? root + iri.substring(base.length())
                : iri.startsWith(VocabularyServlet.VOCAB_BASE) ? root + iri.substring(VocabularyServlet.VOCAB_BASE.length())
                : iri;
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    private String localPath(Node r) {
        String iri = r.getURI();
        return iri.startsWith(base) ? root + iri.substring(base.length()) : iri;
    }

    private static String alternates(String path) {
        return "<a href=\"" + esc(path) + "?format=ttl\">Turtle</a> · <a href=\"" + esc(path)
                + "?format=jsonld\">JSON-LD</a> · <a href=\"" + esc(path) + "?format=nt\">N-Triples</a>";
    }

    private static void row(StringBuilder b, String name, String value) {
        if (!value.isBlank()) {
            b.append("<tr><th>").append(esc(name)).append("</th><td>").append(value).append("</td></tr>");
        }
    }

    private static String first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static String lex(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String local(Node n) {
        if (n == null || !n.isURI()) {
            return "";
        }
        String iri = n.getURI();
        return esc(iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
    }
}
