/**
 * The embedded Fuseki SPARQL server, the workbench pages, linked-data pages and the web API.
 *
 * <p>May import: model, text, rdf, store. Libraries: Jena Fuseki/ARQ, jakarta.servlet.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.server;
