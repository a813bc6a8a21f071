package org.pledgegraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Place;

/**
 * Mints stable IRIs from content keys, so re-ingesting the same documents yields the same IRIs.
 * <pre>
 *   IriMinter iris = IriMinter.withBase("https://w3id.org/pledgegraph/");
 *   iris.document("001_b64101aa0c6a0ce7")  // https://w3id.org/pledgegraph/id/document/001_b64101aa0c6a0ce7
 * </pre>
 */
public final class IriMinter {
    public static final String DEFAULT_BASE = "https://w3id.org/pledgegraph/";

    private final String base;

    private IriMinter(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static IriMinter defaults() {
        return new IriMinter(DEFAULT_BASE);
    }

    public static IriMinter withBase(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("base IRI must be http(s): " + base);
        }
        return new IriMinter(base);
    }

    public String base() {
        return base;
    }

    public Node document(String stem) {
        return iri("id/document/" + stem);
    }

    /** The text the extractor read from the document; dereferences to text/plain. */
    public Node documentText(String stem) {
        return iri("id/document/" + stem + "/text");
    }

    /** A file the document was read from, keyed by its name and content (the same bytes may come under two names). */
    public Node documentFile(String stem, String fileName, String sha256) {
        return iri("id/document/" + stem + "/file/" + hash(fileName + "\n" + sha256).substring(0, 16));
    }

    /** The stem of a document IRI minted here, or null for another IRI. */
    public String stemOf(Node document) {
        String prefix = base + "id/document/";
        return document.isURI() && document.getURI().startsWith(prefix) ? document.getURI().substring(prefix.length())
                : null;
    }

    public Node documentGraph(String stem) {
        return iri("graph/document/" + stem);
    }

    public Node entitiesGraph() {
        return iri("graph/entities");
    }

    /** The per-government and per-type tables the workbench reads, written with the entities graph. */
    public Node statisticsGraph() {
        return iri("graph/statistics");
    }

    /** A node of the statistics graph ({@code stat/documents/…}, {@code stat/continuity/…}). */
    public Node statistic(String path) {
        return iri("stat/" + path);
    }

    /**
     * Whether {@code n} is a node of the statistics graph: a cache of what the other graphs say, whose IRIs do not
     * dereference, so dumps, exports and releases leave out every triple about one.
     */
    public boolean isStatistic(Node n) {
        return n.isURI() && n.getURI().startsWith(base + "stat/");
    }

    /** Holds a mark while an ingest has stored documents it has not yet resolved. */
    public Node pendingGraph() {
        return iri("graph/pending");
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    /** True if {@code graphIri} names a document graph. */
    public boolean isDocumentGraph(String graphIri) {
        return graphIri.startsWith(base + "graph/document/");
    }

    /**
     * A mention: keyed by document, span, type and surface. Type and surface are needed because a
     * coordinated phrase ("A、B项目") yields two mentions over one span.
     */
    public Node mention(String stem, Mention m) {
        return iri("id/mention/" + localKey(stem, m));
    }

    /** A target or actual stated by one document: keyed like its mention. */
    public Node figure(String stem, Mention m) {
        return iri("id/" + m.type().key() + "/" + localKey(stem, m));
    }

    private static String localKey(String stem, Mention m) {
        return stem + "-" + m.span().begin() + "-" + m.span().end() + "-"
                + hash(m.type().key() + "|" + m.surface() + figureLabel(m)).substring(0, 6);
    }

    /** "A、B均增长8%" states one number of two indicators: two figures on one span, told apart by label. */
    private static String figureLabel(Mention m) {
        return m.figure() == null ? "" : "|" + m.figure().label();
    }

    /** The {@code index}-th extraction failure of a document (in text order, so re-ingest gives the same IRI). */
    public Node extractionFailure(String stem, int index) {
        return iri("id/failure/" + stem + "-" + index);
    }

    /** A resolved entity: keyed by type and a normalised name, hashed to keep IRIs ASCII and short. */
    public Node entity(EntityType type, String key) {
        return iri("id/" + type.key() + "/" + hash(type.key() + "|" + key));
    }

    /** A resolution decision: keyed by its rule and the two typed names it compared. */
    public Node decision(String key) {
        return iri("id/decision/" + hash("decision|" + key));
    }

    /**
     * A place: {@code id/place/{GB/T 2260 code}} for a place id of the place table ({@code 410503}, {@code CN}),
     * else keyed by its name (a development zone, a place the table does not know).
     */
    public Node place(String idOrName) {
        return iri("id/place/" + (Place.isId(idOrName) ? idOrName : hash("place|" + idOrName)));
    }

    /** The place whose IRI ends in {@code localName} (a place id, or the hash {@link #place} made of a name). */
    public Node placeWithLocalName(String localName) {
        return iri("id/place/" + localName);
    }

    /** The named graph of the place table (country to counties; towns are described where they are used). */
    public Node placesGraph() {
        return iri("graph/places");
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
