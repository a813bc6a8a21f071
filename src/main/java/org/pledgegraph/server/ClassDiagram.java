package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.pledgegraph.rdf.PG;

/**
 * An inline SVG diagram of the main classes: boxes at fixed places, arrows for every object property of
 * the ontology whose domain and range are among them (read from the ontology, so it follows changes).
 */
final class ClassDiagram {
    private static final int W = 180;
    private static final int H = 54;
    private static final int[] COL = {20, 310, 600, 890};
    private static final int[] ROW = {20, 150, 280, 410};
    /** The five kinds of named entity share one box: the same properties apply to each. */
    private static final List<String> ENTITIES = List.of("Project", "Park", "Road", "Enterprise", "Facility");
    private static final String ENTITY_BOX = "entities";

    private record Box(String id, String title, String subtitle, int col, int row) {
        int cx() {
            return COL[col] + W / 2;
        }

        int cy() {
            return ROW[row] + H / 2;
        }
    }

    private static final List<Box> BOXES = List.of(
            new Box("Stage", "pg:Stage", "Planned … Operating", 0, 0),
            new Box("Modality", "pg:Modality", "Commitment, Report, Reference", 1, 0),
            new Box("ResolutionDecision", "pg:ResolutionDecision", "how names were merged", 2, 0),
            new Box("ResolutionOutcome", "pg:ResolutionOutcome", "Merged, Related, KeptApart", 3, 0),
            new Box("Document", "pg:Document", "⊑ prov:Entity", 0, 1),
            new Box("Mention", "pg:Mention", "⊑ prov:Entity, oa:Annotation", 1, 1),
            new Box("Target", "pg:Target", "a promised figure", 2, 1),
            new Box("Indicator", "pg:Indicator", "⊑ skos:Concept", 3, 1),
            new Box("Industry", "pg:Industry", "⊑ skos:Concept", 0, 2),
            new Box(ENTITY_BOX, "Project · Park · Road", "Enterprise · Facility", 1, 2),
            new Box("Actual", "pg:Actual", "a reported figure", 2, 2),
            new Box("Comparator", "pg:Comparator", "AtLeast … Exceeds", 3, 2),
            new Box("Place", "pg:Place", "⊑ prov:Location", 1, 3));

    private final GraphReading onto;

    ClassDiagram(GraphReading onto) {
        this.onto = onto;
    }

    String svg() {
        Map<String, Box> byId = new LinkedHashMap<>();
        BOXES.forEach(b -> byId.put(b.id(), b));
        Map<List<String>, Set<String>> edges = new LinkedHashMap<>();
        Node objectProperty = GraphReading.uri(GraphReading.OWL + "ObjectProperty");
        for (Node p : onto.subjects(PG.rdfType, objectProperty)) {
            if (!p.getURI().startsWith(PG.NS)) {
                continue;
            }
            Node domain = onto.one(p, GraphReading.uri(PG.RDFS + "domain"));
            Node range = onto.one(p, GraphReading.uri(PG.RDFS + "range"));
            if (domain == null || range == null) {
                continue;
            }
            for (String from : boxes(domain)) {
                for (String to : boxes(range)) {
                    if (byId.containsKey(from) && byId.containsKey(to)) {
                        edges.computeIfAbsent(List.of(from, to), k -> new LinkedHashSet<>())
                                .add(p.getURI().substring(PG.NS.length()));
                    }
                }
            }
        }
        // dct:spatial is reused from DCTERMS without a domain in the ontology; the pipeline writes it on documents.
        edges.computeIfAbsent(List.of("Document", "Place"), k -> new LinkedHashSet<>()).add("dct:spatial");
        StringBuilder b = new StringBuilder(8192);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1090 490\" width=\"100%\" role=\"img\" ")
                .append("aria-label=\"Main classes of the pledgegraph ontology and the properties between them\" ")
                .append("font-family=\"sans-serif\" font-size=\"12\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
        for (Map.Entry<List<String>, Set<String>> e : edges.entrySet()) {
            Box from = byId.get(e.getKey().get(0));
            Box to = byId.get(e.getKey().get(1));
            String label = esc(String.join(", ", e.getValue()));
            if (from == to) {
                int x = COL[from.col()] + W;
                int y = ROW[from.row()];
                b.append("<path d=\"M").append(x).append(',').append(y + 12).append(" C").append(x + 45).append(',')
                        .append(y - 10).append(' ').append(x + 45).append(',').append(y + H + 10).append(' ').append(x)
                        .append(',').append(y + H - 12).append("\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>")
                        // Below the loop: the box to the right would hide a label beside it.
                        .append("<text x=\"").append(x + 4).append("\" y=\"").append(y + H + 20).append("\">")
                        .append(label).append("</text>");
                continue;
            }
            int[] a = edgePoint(from, to);
            int[] z = edgePoint(to, from);
            b.append("<line x1=\"").append(a[0]).append("\" y1=\"").append(a[1]).append("\" x2=\"").append(z[0])
                    .append("\" y2=\"").append(z[1]).append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>")
                    // The label sits 40% along the line, haloed, so crossing lines do not share a midpoint.
                    .append("<text x=\"").append(Math.round(a[0] + 0.4 * (z[0] - a[0]))).append("\" y=\"")
                    .append(Math.round(a[1] + 0.4 * (z[1] - a[1])) - 4).append("\" text-anchor=\"middle\" fill=\"#135\" ")
                    .append("stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">").append(label).append("</text>");
        }
        for (Box box : BOXES) {
            String href = ENTITY_BOX.equals(box.id()) ? "#Project" : "#" + box.id();
            b.append("<a href=\"").append(href).append("\"><rect x=\"").append(COL[box.col()]).append("\" y=\"")
                    .append(ROW[box.row()]).append("\" width=\"").append(W).append("\" height=\"").append(H)
                    .append("\" rx=\"6\" fill=\"#eef4fb\" stroke=\"#369\"/><text x=\"").append(box.cx())
                    .append("\" y=\"").append(ROW[box.row()] + 22).append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                    .append(esc(box.title())).append("</text><text x=\"").append(box.cx()).append("\" y=\"")
                    .append(ROW[box.row()] + 40).append("\" text-anchor=\"middle\" fill=\"#555\">").append(esc(box.subtitle()))
                    .append("</text></a>");
        }
        return b.append("</svg>").toString();
    }

    /** The boxes a domain or range falls in; a union naming all five entity kinds is the entity box alone. */
    private List<String> boxes(Node expr) {
        List<String> names = new ArrayList<>();
        for (Node c : onto.namedClasses(expr)) {
            if (c.getURI().startsWith(PG.NS)) {
                names.add(c.getURI().substring(PG.NS.length()));
            }
        }
        boolean allEntities = names.containsAll(ENTITIES);
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (ENTITIES.contains(n)) {
                out.add(ENTITY_BOX);
            } else if (!(allEntities && n.equals("Place"))) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    /** Where the line from the centre of {@code a} towards {@code b} leaves the box {@code a}. */
    private static int[] edgePoint(Box a, Box b) {
        double dx = b.cx() - a.cx();
        double dy = b.cy() - a.cy();
        double sx = dx == 0 ? Double.MAX_VALUE : (W / 2.0) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (H / 2.0) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new int[] {(int) Math.round(a.cx() + dx * s), (int) Math.round(a.cy() + dy * s)};
    }
}
