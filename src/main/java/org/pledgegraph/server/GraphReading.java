package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.pledgegraph.rdf.PG;

/**
 * Reading a vocabulary graph for documentation pages: objects, language-tagged literals, RDF lists,
 * class expressions, and terms written as prefixed names linked to where they are documented.
 */
final class GraphReading {
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final Node SKOS_DEFINITION = uri(PG.SKOS + "definition");
    static final Node SKOS_PREF = uri(PG.SKOS + "prefLabel");
    static final Node RDFS_COMMENT = uri(PG.RDFS + "comment");

    private final Graph g;
    private final PrefixMapping prefixes;
    /** Where a vocabulary namespace is documented: namespace → page URL (with '#' for fragments). */
    private final Map<String, String> documentedAt;

    GraphReading(Graph g, PrefixMapping prefixes, Map<String, String> documentedAt) {
        this.g = g;
        this.prefixes = prefixes;
        this.documentedAt = documentedAt;
    }

    Graph graph() {
        return g;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    Node one(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The literal of {@code p} in language {@code lang} (prefix match), or "". */
    String text(Node s, Node p, String lang) {
        for (Node o : objects(s, p)) {
            if (o.isLiteral() && o.getLiteralLanguage().startsWith(lang)) {
                return o.getLiteralLexicalForm();
            }
        }
        return "";
    }

    /** The members of an RDF list. */
    List<Node> list(Node head) {
        List<Node> out = new ArrayList<>();
        Node n = head;
        while (n != null && !n.equals(RDF.nil.asNode())) {
            Node first = one(n, RDF.first.asNode());
            if (first == null) {
                break;
            }
            out.add(first);
            n = one(n, RDF.rest.asNode());
        }
        return out;
    }

    /** Named classes of a class expression: the class itself or the members of an owl:unionOf. */
    List<Node> namedClasses(Node expr) {
        if (expr.isURI()) {
            return List.of(expr);
        }
        Node union = one(expr, uri(OWL + "unionOf"));
        return union == null ? List.of() : list(union);
    }

    /** A class expression in HTML: a linked name, A ∪ B, or {a, b}. */
    String expression(Node expr) {
        if (expr.isURI()) {
            return link(expr);
        }
        Node union = one(expr, uri(OWL + "unionOf"));
        if (union != null) {
            return String.join(" ∪ ", list(union).stream().map(this::link).toList());
        }
        Node oneOf = one(expr, uri(OWL + "oneOf"));
        if (oneOf != null) {
            return "{" + String.join(", ", list(oneOf).stream().map(this::link).toList()) + "}";
        }
        return esc(expr.toString());
    }

    /** {@code pg:Project} for a full IRI when a prefix fits. */
    String curie(Node n) {
        if (!n.isURI()) {
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
        }
        String iri = n.getURI();
        String best = null;
        for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > prefixes.getNsPrefixURI(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? iri : best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
    }

    /** A term as a link: to its documentation for the project's vocabularies, to the IRI otherwise. */
    String link(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return "<code>" + esc(n.getLiteralLexicalForm()) + "</code>";
        }
        if (!n.isURI()) {
            return esc(n.toString());
        }
        return "<a href=\"" + esc(href(n.getURI())) + "\"><code>" + esc(curie(n)) + "</code></a>";
    }

    String href(String iri) {
        for (Map.Entry<String, String> e : documentedAt.entrySet()) {
            if (iri.startsWith(e.getKey()) && iri.length() > e.getKey().length()) {
                return e.getValue() + iri.substring(e.getKey().length());
            }
        }
        return iri;
    }
}
