package org.pledgegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology, SKOS schemes and shapes bundled in the jar (copied there from {@code ontology/} by the build). */
public final class OntologyFiles {
    /** The OWL ontology; the other vocabulary files are SKOS schemes. */
    public static final String MAIN = "pledgegraph.ttl";
    /** Loaded into the ontology graph of the store. */
    public static final List<String> VOCABULARY = List.of(MAIN, "industries.ttl", "indicators.ttl");
    public static final String SHAPES = "shapes.ttl";
    public static final String CONTEXT = "context.jsonld";
    /**
     * The administrative divisions (310,000 triples, gzipped): served at {@code /ontology/places} and released,
     * but read as a stream ({@link #placesTurtle()}), never parsed into a graph on a request's path.
     */
    public static final String PLACES = "places.ttl.gz";
    /** The ontology IRI; the pg: namespace is this plus '#'. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/pledgegraph/ontology";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    private static final String DIR = "/org/pledgegraph/ontology/";

    private OntologyFiles() {
    }

    /** The union of the vocabulary files. */
    public static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : VOCABULARY) {
            file(name).find().forEachRemaining(g::add);
        }
        return g;
    }

    public static Graph shapes() {
        return file(SHAPES);
    }

    /** Every Turtle file served and released: the vocabulary files, then the shapes. */
    public static List<String> turtleFiles() {
        List<String> all = new ArrayList<>(VOCABULARY);
        all.add(SHAPES);
        return all;
    }

    /**
     * One bundled Turtle file, with its prefixes. The ontology gets owl:versionInfo and owl:versionIRI
     * from the project version here, so they cannot drift from the release that ships them.
     */
    public static Graph file(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(name, g);
        if (MAIN.equals(name)) {
            Node ont = NodeFactory.createURI(ONTOLOGY_IRI);
            Node info = NodeFactory.createURI(OWL + "versionInfo");
            g.remove(ont, info, Node.ANY);
            g.add(ont, info, NodeFactory.createLiteralDT(ProjectVersion.current(), XSDDatatype.XSDstring));
            g.add(ont, NodeFactory.createURI(OWL + "versionIRI"), versionIri());
        }
        return g;
    }

    /** {@code https://w3id.org/pledgegraph/ontology/{version}}. */
    public static Node versionIri() {
        return NodeFactory.createURI(versionIriString());
    }

    /** {@link #versionIri()} as a string, for callers that speak no RDF (the CLI's --version). */
    public static String versionIriString() {
        return ONTOLOGY_IRI + "/" + ProjectVersion.current();
    }

    /** The places scheme as Turtle (the bundled file, gunzipped); the caller closes it. */
    public static InputStream placesTurtle() {
        InputStream in = open(PLACES);
        try {
            return new java.util.zip.GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + PLACES, e);
        }
    }

    /** Raw bytes of a bundled file, e.g. the JSON-LD context. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + name, e);
        }
    }

    private static void parseInto(String name, Graph g) {
        try (InputStream in = open(name)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(ONTOLOGY_IRI).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = OntologyFiles.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the jar: " + DIR + name);
        }
        return in;
    }
}
