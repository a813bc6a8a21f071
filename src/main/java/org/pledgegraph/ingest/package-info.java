/** The composition root of text → extract → resolve → rdf → store, callable without the CLI. */
package org.pledgegraph.ingest;
