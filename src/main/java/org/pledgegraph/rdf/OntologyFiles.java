package org.pledgegraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology, SKOS schemes and shapes bundled in the jar (copied there from {@code ontology/} by the build). */
public final class OntologyFiles {
    /** Loaded into the ontology graph of the store. */
    public static final List<String> VOCABULARY = List.of("pledgegraph.ttl", "industries.ttl", "indicators.ttl");
    public static final String SHAPES = "shapes.ttl";
    public static final String CONTEXT = "context.jsonld";
    private static final String DIR = "/org/pledgegraph/ontology/";

    private OntologyFiles() {
    }

    /** The union of the vocabulary files. */
    public static Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : VOCABULARY) {
            parseInto(name, g);
        }
        return g;
    }

    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(SHAPES, g);
        return g;
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
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/pledgegraph/ontology").parse(g);
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
