package org.pledgegraph.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.pledgegraph.convert.Conversion;
import org.pledgegraph.model.Extraction;

/**
 * One document mapped to RDF, ready to store: the triples of its named graph and the conversion they were
 * made from (whose files the store keeps recorded when the document is stored again).
 *
 * <pre>
 *   DocumentGraph d = DocumentGraph.map(IriMinter.defaults(), extraction, conversion);
 *   store.write(() -> store.storeDocument(iris, d));
 * </pre>
 */
public record DocumentGraph(String stem, Conversion conversion, Graph graph) {
    public DocumentGraph {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(graph, "graph");
    }

    /** Maps {@code extraction} of the text {@code conversion} gave with {@link DocumentMapper}. */
    public static DocumentGraph map(IriMinter iris, Extraction extraction, Conversion conversion) {
        return new DocumentGraph(extraction.meta().stem(), conversion, new DocumentMapper(iris).map(extraction, conversion));
    }

    /** The IRIs of the document's governments ({@code dct:spatial}). */
    public java.util.List<String> jurisdictions(IriMinter iris) {
        return graph.find(iris.document(stem), PG.dctSpatial, org.apache.jena.graph.Node.ANY).toList().stream()
                .map(t -> t.getObject()).filter(org.apache.jena.graph.Node::isURI).map(org.apache.jena.graph.Node::getURI)
                .toList();
    }

    /** Triples in the document's graph. */
    public long size() {
        return graph.size();
    }
}
