/**
 * The composition root of text → extract → resolve → rdf → store, callable without the CLI:
 * {@link org.pledgegraph.ingest.DocumentPipeline} processes one document, {@code BatchWriter} stores batches,
 * {@link org.pledgegraph.ingest.Ingest} validates, resolves and reports.
 *
 * <p>May import: model, text, convert, extract, resolve, rdf, store. Libraries: no Jena: the store offers every operation on the graph.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.ingest;
