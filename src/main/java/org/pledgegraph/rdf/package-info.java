/**
 * Writing RDF: vocabulary constants ({@link org.pledgegraph.rdf.PG}), IRI minting, the mapping of documents,
 * entities and places to RDF and the bundled ontology files. Reading the graph back lives in {@code store}.
 *
 * <p>May import: model, text, convert, resolve. Libraries: Jena core/riot/ARQ, titanium JSON-LD, jakarta.json.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.rdf;
