/** The embedded Fuseki SPARQL server. Imports store and Jena Fuseki. */
package org.pledgegraph.server;
