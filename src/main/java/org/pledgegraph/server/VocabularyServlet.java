package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.ProjectVersion;
import org.pledgegraph.server.LinkedDataServlet.Representation;
import org.pledgegraph.store.GraphStore;

/**
 * Dereferences the vocabulary, following the W3C "Best Practice Recipes for Publishing RDF Vocabularies"
 * for a hash namespace: {@code /ontology} (and so every {@code pg:} term, whose fragment the client keeps)
 * answers HTML documentation or Turtle, JSON-LD, RDF/XML or N-Triples by content negotiation, with
 * {@code Vary: Accept} and a {@code Content-Location} naming the variant ({@code /ontology.ttl}, …), which
 * is also served directly. Every other vocabulary file of {@code ontology/} (SKOS schemes, shapes) is
 * served the same way at {@code /ontology/{name}}, and the concepts of a scheme at their own IRIs
 * ({@code /industry/{slug}}): data by Accept, and a 303 to their place on the scheme page for browsers.
 */
final class VocabularyServlet extends HttpServlet {
    /** Vocabulary IRIs stay under w3id.org whatever base the data uses. */
    static final String VOCAB_BASE = "https://w3id.org/pledgegraph/";
    private static final Pattern EXTENSION = Pattern.compile("(.+)\\.(html|ttl|jsonld|rdf|nt)");

    private final transient GraphStore store;
    private final PublicRoot publicRoot;
    private final String dataBase;
    /** Page path (ontology, ontology/industries, …) → the file. */
    private final transient Map<String, VocabFile> files = new LinkedHashMap<>();
    /** Concept namespace path (industry/, …) → the file that defines its concepts. */
    private final transient Map<String, VocabFile> conceptSpaces = new LinkedHashMap<>();
    private final transient Map<String, byte[]> rdfCache = new ConcurrentHashMap<>();
    private final transient PlacesScheme places;

    private record VocabFile(String name, String path, Graph graph) {
    }

    VocabularyServlet(GraphStore store, PublicRoot publicRoot, String dataBase, PlacesScheme places) {
        this.store = store;
        this.places = places;
        this.publicRoot = publicRoot;
        this.dataBase = dataBase;
        for (String name : OntologyFiles.turtleFiles()) {
            String path = OntologyFiles.MAIN.equals(name) ? "ontology" : "ontology/" + name.replaceFirst("\\.ttl$", "");
            VocabFile f = new VocabFile(name, path, OntologyFiles.file(name));
            files.put(path, f);
            f.graph().find(Node.ANY, PG.rdfType, GraphReading.uri(PG.SKOS + "ConceptScheme")).forEachRemaining(t -> {
                String iri = t.getSubject().getURI();
                // Concepts under id/ (places with a division code) are store resources: /id/ serves them; a
                // scheme in the ontology's own hash namespace (the administrative levels) has no path of its own.
                if (iri.startsWith(VOCAB_BASE) && !iri.startsWith(VOCAB_BASE + "id/") && !iri.contains("#")) {
                    conceptSpaces.put(iri.substring(VOCAB_BASE.length(), iri.lastIndexOf('/') + 1), f);
                }
            });
        }
    }

    /** The servlet path specs this servlet answers. */
    List<String> pathSpecs() {
        List<String> specs = new ArrayList<>(List.of("/ontology/*"));
        for (Representation r : Representation.values()) {
            specs.add("/ontology." + r.extension);
        }
        conceptSpaces.keySet().forEach(space -> specs.add("/" + space + "*"));
        return specs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rel = req.getRequestURI().substring(1);
        Representation fixed = null;
        Matcher m = EXTENSION.matcher(rel);
        if (m.matches()) {
            rel = m.group(1);
            fixed = Representation.byExtension(m.group(2));
        }
        if (rel.equals("ontology/" + ProjectVersion.current())) {
            rel = "ontology";
        }
        Representation rep = fixed != null ? fixed : Representation.choose(req.getParameter("format"), req.getHeader("Accept"));
        String root = publicRoot.of(req);
        if (rel.equals(PlacesScheme.PATH)) {
            places(resp, rep, root, fixed == null);
            return;
        }
        VocabFile file = files.get(rel);
        if (file != null) {
            byte[] body = rep == Representation.HTML ? html(file, root).getBytes(StandardCharsets.UTF_8)
                    : rdfCache.computeIfAbsent(file.path() + "." + rep.extension, k -> serialise(file.graph(), rep));
            send(resp, rep, body, root, file.path(), fixed == null);
            return;
        }
        for (Map.Entry<String, VocabFile> space : conceptSpaces.entrySet()) {
            if (rel.startsWith(space.getKey()) && rel.length() > space.getKey().length()) {
                concept(resp, VOCAB_BASE + rel, space.getValue(), rep, root, fixed == null);
                return;
            }
        }
        resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no vocabulary at /" + rel + "; see " + root + "ontology");
    }

    /**
     * The administrative divisions: too large to parse per request or to cache in every representation, so
     * the page is built from the place table and the RDF is streamed from the bundled file.
     */
    private void places(HttpServletResponse resp, Representation rep, String root, boolean negotiated) throws IOException {
        if (rep == Representation.HTML) {
            send(resp, rep, new DivisionPage(places, root).schemePage().getBytes(StandardCharsets.UTF_8), root,
                    PlacesScheme.PATH, negotiated);
            return;
        }
        headers(resp, rep, root, PlacesScheme.PATH, negotiated);
        PlacesScheme.write(rep, resp.getOutputStream());
    }

    private void concept(HttpServletResponse resp, String iri, VocabFile file, Representation rep, String root,
            boolean negotiated) throws IOException {
        Node c = GraphReading.uri(iri);
        if (!file.graph().contains(c, Node.ANY, Node.ANY)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no concept " + iri + " in " + file.name());
            return;
        }
        if (rep == Representation.HTML) {
            // A concept is not a document: send the browser to its place on the scheme's page.
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Vary", "Accept");
            resp.setHeader("Location", root + file.path() + "#" + SchemePage.anchor(c));
            return;
        }
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(file.graph().getPrefixMapping());
        file.graph().find(c, Node.ANY, Node.ANY).forEachRemaining(g::add);
        String local = iri.substring(VOCAB_BASE.length());
        send(resp, rep, serialise(g, rep), root, local, negotiated);
    }

    private String html(VocabFile file, String root) {
        Graph shapesGraph = files.get("ontology/" + OntologyFiles.SHAPES.replaceFirst("\\.ttl$", "")).graph();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(shapesGraph.getPrefixMapping())
                .setNsPrefixes(file.graph().getPrefixMapping())
                .setNsPrefix("pg", PG.NS).setNsPrefix("sh", GraphReading.SH).setNsPrefix("owl", GraphReading.OWL);
        Map<String, String> at = new LinkedHashMap<>();
        at.put(VOCAB_BASE, root);
        at.put(dataBase, root);
        GraphReading reading = new GraphReading(file.graph(), prefixes, at);
        if (!OntologyFiles.MAIN.equals(file.name())) {
            return new SchemePage(reading, root, file.path()).render();
        }
        GraphReading shapes = new GraphReading(shapesGraph, prefixes, at);
        Map<String, String> others = new LinkedHashMap<>();
        files.forEach((path, f) -> {
            if (!f.name().equals(OntologyFiles.MAIN)) {
                others.put(path, f.name());
            }
        });
        others.put(PlacesScheme.PATH, OntologyFiles.PLACES);
        return new OntologyPage(reading, new ShapeNotes(shapes), OntologyExamples.of(store, prefixes), root, others)
                .render();
    }

    private static byte[] serialise(Graph g, Representation rep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (rep) {
            case JSONLD -> JsonLdContext.write(g, out);
            case RDFXML -> RDFDataMgr.write(out, g, RDFFormat.RDFXML_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
            default -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        }
        return out.toByteArray();
    }

    private static void send(HttpServletResponse resp, Representation rep, byte[] body, String root, String path,
            boolean negotiated) throws IOException {
        headers(resp, rep, root, path, negotiated);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Status 200, Vary (when negotiated), Content-Location of the variant, Link to the others, Content-Type. */
    private static void headers(HttpServletResponse resp, Representation rep, String root, String path, boolean negotiated) {
        resp.setStatus(HttpServletResponse.SC_OK);
        if (negotiated) {
            resp.setHeader("Vary", "Accept");
        }
        resp.setHeader("Content-Location", root + path + "." + rep.extension);
        StringBuilder links = new StringBuilder();
        for (Representation r : Representation.values()) {
            if (r != rep) {
                links.append(links.isEmpty() ? "" : ", ").append('<').append(root).append(path).append('.')
                        .append(r.extension).append(">; rel=\"alternate\"; type=\"").append(r.mediaType).append('"');
            }
        }
        resp.setHeader("Link", links.toString());
        resp.setContentType(rep.mediaType + ";charset=utf-8");
    }
}
