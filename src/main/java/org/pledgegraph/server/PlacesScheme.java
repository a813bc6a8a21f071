package org.pledgegraph.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PlaceGraph;
import org.pledgegraph.server.LinkedDataServlet.Representation;
import org.pledgegraph.text.Places;

/**
 * The administrative divisions (ontology/places.ttl.gz, 44,700 places): the scheme's RDF streamed from the
 * bundled file in any representation, and what a page needs about one place (the places it lies within and
 * those within it). Places the store does not describe (most towns) still dereference from here.
 */
final class PlacesScheme {
    /** The scheme's page path below the root. */
    static final String PATH = "ontology/places";

    private final Places places;
    private final Map<String, List<Place>> children = new HashMap<>();
    /** The scheme's own triples (label, source), from the head of the file. */
    private final Graph head;

    PlacesScheme() {
        this.places = Places.bundled();
        for (Place p : places.all()) {
            if (!p.parent().isEmpty()) {
                children.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(p);
            }
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(Place::id)));
        this.head = readHead();
    }

    Optional<Place> get(String id) {
        return places.get(id);
    }

    /** The places directly within {@code id}, by code. */
    List<Place> within(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** From the country down to the place that {@code p} lies directly within. */
    List<Place> ancestors(Place p) {
        List<Place> up = new ArrayList<>(places.ancestors(p));
        java.util.Collections.reverse(up);
        return up;
    }

    Optional<Place> country() {
        return places.get("CN");
    }

    Graph head() {
        return head;
    }

    /** One place's triples, the same as the scheme file holds for it. */
    static Graph describe(Place p, IriMinter iris) {
        Graph g = GraphFactory.createDefaultGraph();
        PlaceGraph.describe(g, p, iris);
        g.getPrefixMapping().setNsPrefix("pg", org.pledgegraph.rdf.PG.NS).setNsPrefix("rdfs", org.pledgegraph.rdf.PG.RDFS)
                .setNsPrefix("skos", org.pledgegraph.rdf.PG.SKOS).setNsPrefix("place", iris.base() + "id/place/");
        return g;
    }

    /**
     * Writes the whole scheme: the bundled Turtle as it is, or parsed as a stream into the other
     * representation (never held as a graph: see {@link RdfStreams}).
     */
    static void write(Representation rep, OutputStream out) throws IOException {
        try (InputStream in = OntologyFiles.placesTurtle()) {
            if (rep == Representation.TURTLE) {
                in.transferTo(out);
                return;
            }
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            StreamRDF sink = switch (rep) {
                case RDFXML -> RdfStreams.rdfXml(w);
                case JSONLD -> RdfStreams.jsonLd(w);
                default -> StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES);
            };
            RDFParser.source(in).lang(Lang.TURTLE).parse(sink);
            w.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The file's prefixes and the scheme's own statements: every line before the first place. */
    private static Graph readHead() {
        StringBuilder text = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(OntologyFiles.placesTurtle(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && !line.startsWith("place:"); line = r.readLine()) {
                text.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /** Counties have towns below them; the scheme page stops at counties. */
    static boolean listedOnSchemePage(Place p) {
        return p.level() != PlaceLevel.TOWN;
    }
}
