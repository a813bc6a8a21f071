/** The embedded TDB2 store and the named queries. Imports model, rdf and Jena TDB2/ARQ. */
package org.pledgegraph.store;
