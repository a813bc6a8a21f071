package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pledgegraph.rdf.PG;

/**
 * The HTML page of a vocabulary file other than the ontology: a SKOS scheme (concepts in hierarchy order,
 * each with labels, notations, definition and scope note) or any other Turtle file (the shapes), every
 * resource under an anchor named after its IRI's last segment so that a concept IRI lands on it.
 */
final class SchemePage {
    private static final Node CONCEPT_SCHEME = GraphReading.uri(PG.SKOS + "ConceptScheme");
    private static final Node TOP = GraphReading.uri(PG.SKOS + "hasTopConcept");
    private static final Node NARROWER = GraphReading.uri(PG.SKOS + "narrower");
    private static final Node BROADER = GraphReading.uri(PG.SKOS + "broader");

    private final GraphReading g;
    private final String root;
    private final String path;

    /** @param path the page's path below the root, e.g. {@code ontology/industries} */
    SchemePage(GraphReading g, String root, String path) {
        this.g = g;
        this.root = root;
        this.path = path;
    }

    String render() {
        List<Node> schemes = g.subjects(PG.rdfType, CONCEPT_SCHEME);
        Node head = schemes.isEmpty() ? firstOntology() : schemes.get(0);
        String title = head == null ? path : label(head, "en");
        StringBuilder b = new StringBuilder(100_000);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>").append(OntologyPage.STYLE).append("</style></head><body>");
        b.append("<p class=\"muted\"><a href=\"").append(esc(root)).append("ontology\">pledgegraph ontology</a></p>");
        b.append("<h1 id=\"scheme\">").append(esc(title));
        if (head != null) {
            b.append(" <span lang=\"zh\">").append(esc(label(head, "zh"))).append("</span>");
        }
        b.append("</h1><table>");
        if (head != null) {
            OntologyPage.row(b, "IRI", "<code>" + esc(head.getURI()) + "</code>");
            OntologyPage.row(b, "Definition", esc(g.text(head, GraphReading.SKOS_DEFINITION, "en")));
            OntologyPage.row(b, "Comment", esc(g.text(head, GraphReading.RDFS_COMMENT, "en")));
        }
        StringBuilder formats = new StringBuilder();
        for (LinkedDataServlet.Representation r : LinkedDataServlet.Representation.values()) {
            if (r != LinkedDataServlet.Representation.HTML) {
                formats.append("<a href=\"").append(esc(root)).append(esc(path)).append('.').append(r.extension)
                        .append("\">").append(esc(r.mediaType)).append("</a> ");
            }
        }
        OntologyPage.row(b, "This file as", formats.toString());
        b.append("</table>");
        List<Node> order = order(schemes);
        b.append("<h2>").append(schemes.isEmpty() ? "Resources" : "Concepts").append(" (").append(order.size())
                .append(")</h2>");
        for (Node n : order) {
            if (n.equals(head)) {
                continue;
            }
            b.append("<div class=\"term\" id=\"").append(esc(anchor(n))).append("\"><h3>").append(esc(label(n, "zh")))
                    .append(" <span lang=\"en\">").append(esc(label(n, "en"))).append("</span></h3><table>");
            OntologyPage.row(b, "IRI", "<code>" + esc(n.getURI()) + "</code>");
            Map<String, List<String>> byPredicate = new TreeMap<>();
            g.graph().find(n, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> byPredicate
                    .computeIfAbsent(g.curie(t.getPredicate()), k -> new ArrayList<>()).add(value(t.getObject())));
            byPredicate.forEach((p, vs) -> OntologyPage.row(b, p, String.join(", ", vs.stream().sorted().toList())));
            b.append("</table></div>");
        }
        return b.append("</body></html>").toString();
    }

    /** Concepts depth-first from the top concepts (then any left over); other files: IRI order. */
    private List<Node> order(List<Node> schemes) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node s : schemes) {
            out.add(s);
            for (Node top : g.objects(s, TOP)) {
                visit(top, out);
            }
        }
        List<Node> rest = new ArrayList<>();
        g.graph().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && !out.contains(t.getSubject()) && !rest.contains(t.getSubject())) {
                rest.add(t.getSubject());
            }
        });
        rest.sort(java.util.Comparator.comparing(Node::getURI));
        rest.forEach(n -> visit(n, out));
        return new ArrayList<>(out);
    }

    private void visit(Node n, Set<Node> out) {
        if (!out.add(n)) {
            return;
        }
        List<Node> children = new ArrayList<>(g.objects(n, NARROWER));
        g.subjects(BROADER, n).stream().filter(c -> !children.contains(c)).forEach(children::add);
        children.forEach(c -> visit(c, out));
    }

    private Node firstOntology() {
        List<Node> o = g.subjects(PG.rdfType, GraphReading.uri(GraphReading.OWL + "Ontology"));
        return o.isEmpty() ? null : o.get(0);
    }

    private String label(Node n, String lang) {
        String l = g.text(n, GraphReading.SKOS_PREF, lang);
        if (l.isEmpty()) {
            l = g.text(n, PG.rdfsLabel, lang);
        }
        return l.isEmpty() && "en".equals(lang) ? anchor(n) : l;
    }

    private String value(Node o) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String dt = o.getLiteralDatatypeURI();
            String suffix = !lang.isEmpty() ? " <span class=\"muted\">@" + esc(lang) + "</span>"
                    : dt != null && !dt.equals(PG.XSD + "string") ? " <span class=\"muted\">" + esc(g.curie(
                            GraphReading.uri(dt))) + "</span>" : "";
            return esc(o.getLiteralLexicalForm()) + suffix;
        }
        if (o.isBlank()) {
            List<String> inner = new ArrayList<>();
            g.graph().find(o, Node.ANY, Node.ANY).forEachRemaining(t -> inner.add(g.curie(t.getPredicate()) + " "
                    + value(t.getObject())));
            return "[" + String.join(" ; ", inner) + "]";
        }
        return g.link(o);
    }

    /** The fragment a resource has on this page: the last segment of its IRI. */
    static String anchor(Node n) {
        String iri = n.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
