/**
 * The embedded TDB2 store: every operation ingest and eval need on the graph ({@link org.pledgegraph.store.GraphStore}),
 * reading back (the one {@link org.pledgegraph.store.MentionReader}, {@link org.pledgegraph.store.Describer},
 * VoID and dataset descriptions) and the named queries.
 *
 * <p>May import: model, text, convert, resolve, rdf. Libraries: Jena TDB2/ARQ, jakarta.json.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.store;
