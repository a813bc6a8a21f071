/** Writes a store snapshot in the standard RDF formats with RDF4J Rio. Imports store, rdf and RDF4J. */
package org.pledgegraph.export;
