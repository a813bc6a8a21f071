/**
 * The benchmark harness behind {@code pledgegraph bench}: extraction throughput beside HanLP, ingest
 * beside Jena's TDB2 bulk loader, growth over scaled copies of a corpus, named-query latency (in
 * process and 16 HTTP clients) and cold start of the shaded jar. Results are records; the report is
 * rendered as markdown or TSV.
 *
 * <p>Its own source set (src/bench/java) and jar (target/pledgegraph-bench.jar, with HanLP), outside the
 * product: it may import every product package, none imports it ({@code cli} finds {@link BenchCli} by name
 * when the launcher puts the bench jar on the class path). It alone imports HanLP, and it imports Jena
 * directly for the two things our own packages deliberately do not offer: the bulk loader it is
 * compared with and N-Quads export of a whole store.
 */
package org.pledgegraph.bench;
