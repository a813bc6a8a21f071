/**
 * Writes a store snapshot in the standard RDF formats with RDF4J Rio, and the release bundle.
 *
 * <p>May import: model, rdf, store. Libraries: Jena (the bridge from the store's dataset) and RDF4J Rio.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.export;
