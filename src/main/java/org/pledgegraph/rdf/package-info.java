/** Vocabulary constants, IRI minting and the mapping of records to RDF. Imports model, convert (the stored text's provenance) and Jena core/riot. */
package org.pledgegraph.rdf;
