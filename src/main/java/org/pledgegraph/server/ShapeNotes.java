package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** The SHACL constraints of ontology/shapes.ttl, as table rows for the class or property they constrain. */
final class ShapeNotes {
    private static final Node TARGET_CLASS = GraphReading.uri(GraphReading.SH + "targetClass");
    private static final Node TARGET_SUBJECTS_OF = GraphReading.uri(GraphReading.SH + "targetSubjectsOf");
    private static final Node PROPERTY = GraphReading.uri(GraphReading.SH + "property");
    private static final Node PATH = GraphReading.uri(GraphReading.SH + "path");
    private static final Node MESSAGE = GraphReading.uri(GraphReading.SH + "message");
    private static final Node SPARQL = GraphReading.uri(GraphReading.SH + "sparql");
    private static final Node SEVERITY = GraphReading.uri(GraphReading.SH + "severity");

    private final GraphReading shapes;

    ShapeNotes(GraphReading shapes) {
        this.shapes = shapes;
    }

    /** One constraint: the shape it belongs to, the focus it applies to, the path, what it requires, why. */
    record Row(String shape, String focus, String path, String constraint, String message) {
    }

    /** The constraints on instances of {@code cls}: property shapes and SPARQL constraints. */
    List<Row> forClass(Node cls) {
        List<Row> rows = new ArrayList<>();
        for (Node shape : shapes.subjects(TARGET_CLASS, cls)) {
            for (Node ps : shapes.objects(shape, PROPERTY)) {
                rows.add(row(shape, "", ps));
            }
            if (!shapes.objects(shape, SPARQL).isEmpty()) {
                rows.add(new Row(shapes.curie(shape), "", "", "SPARQL constraint" + severity(shape),
                        shapes.text(shape, MESSAGE, "en")));
            }
        }
        return rows;
    }

    /** The property shapes whose path is {@code property}, on whichever class they target. */
    List<Row> forProperty(Node property) {
        List<Row> rows = new ArrayList<>();
        for (Node ps : shapes.subjects(PATH, property)) {
            for (Node shape : shapes.subjects(PROPERTY, ps)) {
                List<String> targets = new ArrayList<>();
                shapes.objects(shape, TARGET_CLASS).forEach(c -> targets.add(shapes.link(c)));
                shapes.objects(shape, TARGET_SUBJECTS_OF).forEach(p -> targets.add("subjects of " + shapes.link(p)));
                rows.add(row(shape, String.join(", ", targets), ps));
            }
        }
        return rows;
    }

    private Row row(Node shape, String focus, Node ps) {
        List<String> parts = new ArrayList<>();
        List<Triple> ts = new ArrayList<>();
        shapes.graph().find(ps, Node.ANY, Node.ANY).forEachRemaining(ts::add);
        ts.sort(java.util.Comparator.comparing(t -> t.getPredicate().getURI()));
        for (Triple t : ts) {
            Node p = t.getPredicate();
            if (p.equals(PATH) || p.equals(MESSAGE) || p.equals(SEVERITY)) {
                continue;
            }
            parts.add(esc(local(p)) + " " + value(t.getObject()));
        }
        return new Row(shapes.curie(shape), focus, value(shapes.one(ps, PATH)),
                String.join(" · ", parts) + severity(ps), shapes.text(ps, MESSAGE, "en"));
    }

    private String severity(Node n) {
        Node s = shapes.one(n, SEVERITY);
        return s == null ? "" : " (" + esc(local(s)) + ")";
    }

    /** A SHACL value: a term, a list (…), or a nested shape […]. */
    private String value(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI() || n.isLiteral()) {
            if (n.isURI()) {
                return shapes.link(n);
            }
            boolean text = n.getLiteralLanguage().length() > 0 || n.getLiteralDatatypeURI().endsWith("#string");
            return "<code>" + (text ? "\"" + esc(n.getLiteralLexicalForm()) + "\"" : esc(n.getLiteralLexicalForm())) + "</code>";
        }
        if (shapes.one(n, RDF.first.asNode()) != null) {
            return "(" + String.join(" ", shapes.list(n).stream().map(this::value).toList()) + ")";
        }
        List<String> inner = new ArrayList<>();
        shapes.graph().find(n, Node.ANY, Node.ANY)
                .forEachRemaining(t -> inner.add(esc(local(t.getPredicate())) + " " + value(t.getObject())));
        inner.sort(null);
        return "[" + String.join(" ; ", inner) + "]";
    }

    private static String local(Node p) {
        String iri = p.getURI();
        return iri.startsWith(GraphReading.SH) ? iri.substring(GraphReading.SH.length()) : iri;
    }
}
