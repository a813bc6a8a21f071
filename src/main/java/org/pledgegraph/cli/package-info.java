/**
 * The command line: one class per verb, thin; exit codes from one place. {@code bench} (a separate source
 * set and jar) is found by name, never imported.
 *
 * <p>May import: model, text, convert, extract, resolve, rdf, store, ingest, eval, export, server, train. Libraries: picocli; no Jena.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.cli;
