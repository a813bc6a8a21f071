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

    public Node documentGraph(String stem) {
        return iri("graph/document/" + stem);
    }

    public Node entitiesGraph() {
        return iri("graph/entities");
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
                + hash(m.type().key() + "|" + m.surface()).substring(0, 6);
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

    public Node place(String name) {
        return iri("id/place/" + hash("place|" + name));
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
