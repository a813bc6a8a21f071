package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.rdf.Describer;
import org.pledgegraph.rdf.PG;

/** The HTML view of an entity (names, type, industry, place, parts, timeline) or of a document. */
final class ResourcePage {
    private static final Node SKOS_PREF = NodeFactory.createURI(PG.SKOS + "prefLabel");
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;"
            + "vertical-align:top}q{color:#333}.muted{color:#777;font-size:.9em}";

    private final DatasetGraph dsg;
    private final String base;

    ResourcePage(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    /** Call inside a read transaction. */
    String render(Node resource, Graph about) {
        boolean isDocument = about.contains(resource, PG.rdfType, PG.Document);
        StringBuilder b = new StringBuilder(4096);
        String title = isDocument ? first(about, resource, PG.dctTitle) : first(about, resource, PG.rdfsLabel);
        if (title.isEmpty()) {
            title = first(about, resource, PG.sourceFile);
        }
        b.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" · pledgegraph</title><style>").append(STYLE).append("</style></head><body>");
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
            documentMentions(b, resource);
        } else {
            timeline(b, resource);
        }
        b.append("<p class=\"muted\">Every row quotes the sentence it came from. Query it all at <a href=\"/kg/sparql\">/kg/sparql</a>.</p>");
        return b.append("</body></html>").toString();
    }

    private void timeline(StringBuilder b, Node entity) {
        List<Binding> rows = Describer.timeline(dsg, entity);
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

    private void documentMentions(StringBuilder b, Node doc) {
        List<Binding> rows = Describer.documentMentions(dsg, doc);
        b.append("<h2>Mentions (").append(rows.size()).append(")</h2><table><tr><th>offset</th><th>type</th>")
                .append("<th>as written</th><th>entity</th><th>stage</th><th>modality</th><th>about</th><th>sentence</th></tr>");
        for (Binding r : rows) {
            Node entity = r.get("entity");
            String label = r.get("label") == null ? "" : lex(r.get("label"));
            b.append("<tr><td>").append(esc(lex(r.get("start")))).append("</td><td>").append(local(r.get("type")))
                    .append("</td><td>").append(esc(lex(r.get("surface")))).append("</td><td>")
                    .append(entity == null ? "" : link(entity, label.isEmpty() ? local(entity) : label))
                    .append("</td><td>").append(local(r.get("stage"))).append("</td><td>").append(local(r.get("modality")))
                    .append("</td><td>").append(esc(lex(r.get("aboutYear")))).append("</td><td><q>")
                    .append(esc(lex(r.get("evidence")))).append("</q></td></tr>");
        }
        b.append("</table>");
    }

    /** Every file the document was read from, with its format: the same report may come in several. */
    private String files(Node document) {
        TreeSet<String> out = new TreeSet<>();
        dsg.find(Node.ANY, document, PG.file, Node.ANY).forEachRemaining(q -> {
            Node f = q.getObject();
            out.add(esc(literal(f, PG.fileName)) + " <span class=\"muted\">(" + esc(literal(f, PG.dctFormat)) + ")</span>");
        });
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

    /** A link: local for the served id/ namespace, absolute otherwise. */
    private String link(Node n, String text) {
        if (n == null || !n.isURI()) {
            return "";
        }
        String iri = n.getURI();
        String href = iri.startsWith(base + "id/") ? "/" + iri.substring(base.length()) : iri;
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    private String localPath(Node r) {
        String iri = r.getURI();
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
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
