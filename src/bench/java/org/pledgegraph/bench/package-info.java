/**
 * The benchmark harness behind {@code pledgegraph bench}: extraction throughput beside HanLP, ingest
 * beside Jena's TDB2 bulk loader, growth over scaled copies of a corpus, named-query latency (in
 * process and 16 HTTP clients) and cold start of the shaded jar. Results are records; the report is
 * rendered as markdown or TSV.
 *
 * <p>May import every other package except {@code cli}. It alone imports HanLP, and it imports Jena
 * directly for the two things our own packages deliberately do not offer: the bulk loader it is
 * compared with and N-Quads export of a whole store.
 */
package org.pledgegraph.bench;
