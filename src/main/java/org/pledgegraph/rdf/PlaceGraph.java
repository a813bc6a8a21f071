package org.pledgegraph.rdf;

import static org.pledgegraph.rdf.DocumentMapper.add;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.Place;
import org.pledgegraph.model.PlaceLevel;
import org.pledgegraph.text.Places;

/**
 * The place table as RDF, the same triples as ontology/places.ttl.gz: {@code pg:Place} with its label, code,
 * short and former names, level and the place it lies {@code pg:within}. The store's places graph holds the
 * country, provinces, prefectures and counties (3,300 places); towns (41,000) are described in the entities
 * graph only when an entity is located in one, so a fresh store does not load 300,000 triples.
 */
public final class PlaceGraph {
    public static final String SCHEME = "https://w3id.org/pledgegraph/ontology/places";

    private PlaceGraph() {
    }

    /** Every place above the towns, and a marker of the table's content hash (see {@link #tableHash()}). */
    public static Graph coarse(Places places, IriMinter iris) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Place p : places.all()) {
            if (p.level() != PlaceLevel.TOWN) {
                describe(g, p, iris);
            }
        }
        add(g, NodeFactory.createURI(SCHEME), PG.dctIdentifier, DocumentMapper.str(tableHash()));
        return g;
    }

    /** True if {@code stored} is the coarse graph of the bundled table (compares the hash marker only). */
    public static boolean current(Graph stored) {
        return stored.contains(NodeFactory.createURI(SCHEME), PG.dctIdentifier, DocumentMapper.str(tableHash()));
    }

    public static void describe(Graph g, Place p, IriMinter iris) {
        Node n = iris.place(p.id());
        add(g, n, PG.rdfType, PG.Place);
        add(g, n, PG.rdfsLabel, zh(p.name()));
        if (!p.code().isEmpty()) {
            add(g, n, PG.divisionCode, DocumentMapper.str(p.code()));
        }
        if (!p.shortName().equals(p.name())) {
            add(g, n, PG.shortName, zh(p.shortName()));
        }
        for (String f : p.formerNames()) {
            add(g, n, PG.formerName, zh(f));
        }
        add(g, n, PG.level, PG.level(p.level()));
        if (!p.parent().isEmpty()) {
            add(g, n, PG.within, iris.place(p.parent()));
        }
        add(g, n, PG.skosInScheme, NodeFactory.createURI(SCHEME));
    }

    /** SHA-256 of the bundled places.tsv.gz (first 16 hex digits): changes exactly when the table is regenerated. */
    public static String tableHash() {
        try (InputStream in = PlaceGraph.class.getResourceAsStream(Places.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled file missing from the jar: " + Places.RESOURCE);
            }
            byte[] d = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
