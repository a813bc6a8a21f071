/** Vocabulary constants, IRI minting and the mapping of records to RDF. Imports model and Jena core/riot. */
package org.pledgegraph.rdf;
