package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;

/**
 * The HTML documentation of the OWL ontology, modelled on what pyLODE and Widoco produce: metadata,
 * a table of contents, a diagram, then every class, property, individual and datatype of the pg:
 * namespace with its Chinese and English labels, definitions, domain and range, the SHACL constraints
 * that apply, and Turtle examples. Each term's anchor is its local name, so {@code /ontology#Project}
 * (the term's own IRI, fragment and all) lands on it.
 */
final class OntologyPage {
    static final String STYLE = "body{font-family:sans-serif;max-width:72em;margin:2em auto;padding:0 1em;line-height:1.45}"
            + "table{border-collapse:collapse;width:100%;margin:.4em 0}td,th{border-bottom:1px solid #ddd;padding:.3em;"
            + "text-align:left;vertical-align:top}th{width:11em;color:#444}.term{border:1px solid #cde;border-radius:6px;"
            + "padding:.2em 1em;margin:1em 0}.term h3{margin:.5em 0}.badge{font-size:.75em;background:#369;color:#fff;"
            + "border-radius:3px;padding:.1em .4em;margin-left:.5em;vertical-align:middle}code{font-size:.95em}"
            + "pre{background:#f6f8fa;padding:.8em;overflow-x:auto}.muted{color:#666;font-size:.9em}"
            + "table.shacl td{font-size:.9em}nav ul{columns:3}";
    private static final Node OWL_CLASS = GraphReading.uri(GraphReading.OWL + "Class");
    private static final Node OBJECT_PROPERTY = GraphReading.uri(GraphReading.OWL + "ObjectProperty");
    private static final Node DATATYPE_PROPERTY = GraphReading.uri(GraphReading.OWL + "DatatypeProperty");
    private static final Node FUNCTIONAL = GraphReading.uri(GraphReading.OWL + "FunctionalProperty");
    private static final Node NAMED_INDIVIDUAL = GraphReading.uri(GraphReading.OWL + "NamedIndividual");
    private static final Node DATATYPE = GraphReading.uri(PG.RDFS + "Datatype");
    private static final Node SUBCLASS = GraphReading.uri(PG.RDFS + "subClassOf");
    private static final Node SUBPROPERTY = GraphReading.uri(PG.RDFS + "subPropertyOf");
    private static final Node DOMAIN = GraphReading.uri(PG.RDFS + "domain");
    private static final Node RANGE = GraphReading.uri(PG.RDFS + "range");
    private static final Node SEE_ALSO = GraphReading.uri(PG.RDFS + "seeAlso");

    private final GraphReading onto;
    private final ShapeNotes shapes;
    private final OntologyExamples.Examples examples;
    private final String root;
    private final Map<String, String> schemes;

    /**
     * @param root    the public root URL, ending in '/'
     * @param schemes the other vocabulary files: page path (e.g. ontology/industries) → title
     */
    OntologyPage(GraphReading onto, ShapeNotes shapes, OntologyExamples.Examples examples, String root,
            Map<String, String> schemes) {
        this.onto = onto;
        this.shapes = shapes;
        this.examples = examples;
        this.root = root;
        this.schemes = schemes;
    }

    String render() {
        Node ont = GraphReading.uri(OntologyFiles.ONTOLOGY_IRI);
        List<Node> classes = terms(OWL_CLASS);
        List<Node> objectProps = terms(OBJECT_PROPERTY);
        List<Node> dataProps = terms(DATATYPE_PROPERTY);
        List<Node> individuals = terms(NAMED_INDIVIDUAL);
        List<Node> datatypes = terms(DATATYPE);
        StringBuilder b = new StringBuilder(200_000);
        String title = onto.text(ont, PG.rdfsLabel, "en");
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        for (LinkedDataServlet.Representation r : LinkedDataServlet.Representation.values()) {
            if (r != LinkedDataServlet.Representation.HTML) {
                b.append("<link rel=\"alternate\" type=\"").append(r.mediaType).append("\" href=\"").append(esc(root))
                        .append("ontology.").append(r.extension).append("\">");
            }
        }
        b.append("<style>").append(STYLE).append("</style></head><body>");
        b.append("<h1>").append(esc(title)).append(" <span lang=\"zh\">").append(esc(onto.text(ont, PG.rdfsLabel, "zh")))
                .append("</span></h1><table>");
        row(b, "IRI", "<code>" + esc(OntologyFiles.ONTOLOGY_IRI) + "</code> (namespace <code>" + esc(PG.NS)
                + "</code>, prefix <code>pg:</code>)");
        row(b, "Version IRI", linkIri(onto.one(ont, GraphReading.uri(GraphReading.OWL + "versionIRI"))));
        row(b, "Version", esc(text(onto.one(ont, GraphReading.uri(GraphReading.OWL + "versionInfo")))));
        row(b, "Licence", "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a> (the vocabulary "
                + "and the graph); the software is Apache-2.0");
        StringBuilder formats = new StringBuilder();
        for (LinkedDataServlet.Representation r : LinkedDataServlet.Representation.values()) {
            if (r != LinkedDataServlet.Representation.HTML) {
                formats.append("<a href=\"").append(esc(root)).append("ontology.").append(r.extension).append("\">")
                        .append(esc(r.mediaType)).append("</a> ");
            }
        }
        row(b, "This vocabulary as", formats + "<span class=\"muted\">(or <code>Accept:</code> on <code>"
                + esc(root) + "ontology</code>)</span>");
        StringBuilder related = new StringBuilder();
        schemes.forEach((path, name) -> related.append("<a href=\"").append(esc(root)).append(esc(path)).append("\">")
                .append(esc(name)).append("</a> "));
        row(b, "Schemes and shapes", related.toString());
        b.append("</table><p>").append(esc(onto.text(ont, GraphReading.RDFS_COMMENT, "en"))).append("</p>");
        toc(b, classes, objectProps, dataProps, individuals, datatypes);
        b.append("<h2 id=\"diagram\">Diagram of the main classes</h2><p class=\"muted\">Boxes are classes, arrows "
                + "object properties from their domain to their range (read from the ontology).</p>")
                .append(new ClassDiagram(onto).svg());
        section(b, "classes", "Classes", classes, this::classBody, "Class");
        section(b, "objectproperties", "Object properties", objectProps, this::propertyBody, "Object property");
        section(b, "datatypeproperties", "Datatype properties", dataProps, this::propertyBody, "Datatype property");
        section(b, "individuals", "Named individuals", individuals, this::individualBody, "Individual");
        section(b, "datatypes", "Datatypes", datatypes, t -> "", "Datatype");
        examples(b);
        namespaces(b);
        return b.append("</body></html>").toString();
    }

    private List<Node> terms(Node type) {
        List<Node> out = new ArrayList<>();
        for (Node n : onto.subjects(PG.rdfType, type)) {
            if (n.isURI() && n.getURI().startsWith(PG.NS) && !out.contains(n)) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(n -> n.getURI().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private void toc(StringBuilder b, List<Node> classes, List<Node> op, List<Node> dp, List<Node> ind, List<Node> dt) {
        b.append("<nav><h2>Contents</h2><p><a href=\"#diagram\">Diagram</a> · <a href=\"#classes\">Classes</a> · ")
                .append("<a href=\"#objectproperties\">Object properties</a> · <a href=\"#datatypeproperties\">Datatype ")
                .append("properties</a> · <a href=\"#individuals\">Individuals</a> · <a href=\"#datatypes\">Datatypes</a> · ")
                .append("<a href=\"#examples\">Examples</a> · <a href=\"#namespaces\">Namespaces</a></p>");
        for (List<Node> list : List.of(classes, op, dp, ind, dt)) {
            b.append("<ul>");
            list.forEach(n -> b.append("<li><a href=\"#").append(esc(local(n))).append("\">").append(esc(local(n)))
                    .append("</a> <span lang=\"zh\" class=\"muted\">").append(esc(onto.text(n, PG.rdfsLabel, "zh")))
                    .append("</span></li>"));
            b.append("</ul>");
        }
        b.append("</nav>");
    }

    private void section(StringBuilder b, String id, String heading, List<Node> terms,
            java.util.function.Function<Node, String> body, String badge) {
        b.append("<h2 id=\"").append(id).append("\">").append(heading).append(" (").append(terms.size()).append(")</h2>");
        for (Node t : terms) {
            b.append("<div class=\"term\" id=\"").append(esc(local(t))).append("\"><h3>")
                    .append(esc(onto.text(t, PG.rdfsLabel, "en"))).append(" <span lang=\"zh\">")
                    .append(esc(onto.text(t, PG.rdfsLabel, "zh"))).append("</span><span class=\"badge\">").append(badge)
                    .append("</span></h3><table>");
            row(b, "IRI", "<code>" + esc(t.getURI()) + "</code>");
            row(b, "Definition", para(onto.text(t, GraphReading.SKOS_DEFINITION, "en"), "en"));
            row(b, "定义", para(onto.text(t, GraphReading.SKOS_DEFINITION, "zh"), "zh"));
            row(b, "Comment", para(onto.text(t, GraphReading.RDFS_COMMENT, "en"), "en"));
            row(b, "说明", para(onto.text(t, GraphReading.RDFS_COMMENT, "zh"), "zh"));
            b.append(body.apply(t));
            row(b, "See also", joined(onto.objects(t, SEE_ALSO)));
            b.append("</table></div>");
        }
    }

    private String classBody(Node c) {
        StringBuilder b = new StringBuilder();
        row(b, "Subclass of", joinedExpr(onto.objects(c, SUBCLASS)));
        row(b, "Superclass of", joined(onto.subjects(SUBCLASS, c)));
        row(b, "Equivalent to", joinedExpr(onto.objects(c, GraphReading.uri(GraphReading.OWL + "equivalentClass"))));
        row(b, "Disjoint with", joined(disjoint(c)));
        row(b, "In domain of", joined(usedIn(c, DOMAIN)));
        row(b, "In range of", joined(usedIn(c, RANGE)));
        row(b, "Members", joined(onto.subjects(PG.rdfType, c)));
        shaclRows(b, shapes.forClass(c), false);
        if (examples.turtle().containsKey(local(c))) {
            row(b, "Example", "<a href=\"#example-" + esc(local(c)) + "\">in Turtle, below</a>");
        }
        return b.toString();
    }

    private String propertyBody(Node p) {
        StringBuilder b = new StringBuilder();
        List<String> traits = new ArrayList<>();
        if (onto.graph().contains(p, PG.rdfType, FUNCTIONAL)) {
            traits.add("functional (at most one value)");
        }
        row(b, "Characteristics", esc(String.join(", ", traits)));
        row(b, "Sub-property of", joined(onto.objects(p, SUBPROPERTY)));
        row(b, "Inverse of", joined(onto.objects(p, GraphReading.uri(GraphReading.OWL + "inverseOf"))));
        row(b, "Domain", joinedExpr(onto.objects(p, DOMAIN)));
        row(b, "Range", joinedExpr(onto.objects(p, RANGE)));
        shaclRows(b, shapes.forProperty(p), true);
        return b.toString();
    }

    private String individualBody(Node i) {
        StringBuilder b = new StringBuilder();
        List<Node> types = new ArrayList<>(onto.objects(i, PG.rdfType));
        types.remove(NAMED_INDIVIDUAL);
        row(b, "Type", joined(types));
        List<String> alt = new ArrayList<>();
        onto.objects(i, PG.skosAltLabel).forEach(n -> alt.add(esc(n.getLiteralLexicalForm())));
        row(b, "Cue words", "<span lang=\"zh\">" + String.join("、", alt) + "</span>");
        return b.toString();
    }

    private List<Node> disjoint(Node c) {
        List<Node> out = new ArrayList<>(onto.objects(c, GraphReading.uri(GraphReading.OWL + "disjointWith")));
        out.addAll(onto.subjects(GraphReading.uri(GraphReading.OWL + "disjointWith"), c));
        for (Node all : onto.subjects(PG.rdfType, GraphReading.uri(GraphReading.OWL + "AllDisjointClasses"))) {
            List<Node> members = onto.list(onto.one(all, GraphReading.uri(GraphReading.OWL + "members")));
            if (members.contains(c)) {
                members.stream().filter(m -> !m.equals(c) && !out.contains(m)).forEach(out::add);
            }
        }
        return out;
    }

    /** The properties whose domain (or range) is the class or a union including it. */
    private List<Node> usedIn(Node c, Node which) {
        List<Node> out = new ArrayList<>();
        onto.graph().find(Node.ANY, which, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && onto.namedClasses(t.getObject()).contains(c) && !out.contains(t.getSubject())) {
                out.add(t.getSubject());
            }
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    private void shaclRows(StringBuilder b, List<ShapeNotes.Row> rows, boolean withFocus) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder t = new StringBuilder("<table class=\"shacl\"><tr>");
        t.append(withFocus ? "<th>on</th>" : "<th>path</th>").append("<th>constraint</th><th>message</th></tr>");
        for (ShapeNotes.Row r : rows) {
            t.append("<tr><td>").append(withFocus ? r.focus() : r.path()).append("</td><td>").append(r.constraint())
                    .append("</td><td>").append(esc(r.message())).append(" <span class=\"muted\">").append(esc(r.shape()))
                    .append("</span></td></tr>");
        }
        row(b, "SHACL constraints", t.append("</table>").toString());
    }

    private void examples(StringBuilder b) {
        b.append("<h2 id=\"examples\">Examples</h2><p class=\"muted\">")
                .append(examples.fromStore()
                        ? "One instance of each main class, as this server's store holds it (prefixes as listed below)."
                        : "An invented example (the store is empty): one instance of each main class.")
                .append("</p>");
        examples.turtle().forEach((cls, ttl) -> b.append("<h3 id=\"example-").append(esc(cls)).append("\">pg:")
                .append(esc(cls)).append("</h3><pre>").append(esc(ttl)).append("</pre>"));
    }

    private void namespaces(StringBuilder b) {
        b.append("<h2 id=\"namespaces\">Namespaces</h2><table>");
        new java.util.TreeMap<>(onto.graph().getPrefixMapping().getNsPrefixMap())
                .forEach((p, ns) -> row(b, p + ":", "<code>" + esc(ns) + "</code>"));
        b.append("</table><p class=\"muted\">Made by pledgegraph from ontology/pledgegraph.ttl and ontology/shapes.ttl.</p>");
    }

    private String joined(List<Node> nodes) {
        return String.join(", ", nodes.stream().map(onto::link).toList());
    }

    private String joinedExpr(List<Node> nodes) {
        return String.join(", ", nodes.stream().map(onto::expression).toList());
    }

    private String linkIri(Node n) {
        return n == null ? "" : "<a href=\"" + esc(onto.href(n.getURI())) + "\"><code>" + esc(n.getURI()) + "</code></a>";
    }

    private static String para(String text, String lang) {
        return text.isEmpty() ? "" : "<span lang=\"" + lang + "\">" + esc(text) + "</span>";
    }

    private static String text(Node n) {
        return n == null ? "" : n.getLiteralLexicalForm();
    }

    static String local(Node n) {
        return n.getURI().substring(PG.NS.length());
    }

    static void row(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<tr><th>").append(esc(name)).append("</th><td>").append(value).append("</td></tr>");
        }
    }
}
