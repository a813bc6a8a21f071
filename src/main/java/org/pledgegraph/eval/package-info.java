/**
 * Scores extracted mentions against hand-annotated gold TSVs (see {@code src/test/resources/gold/}):
 * precision, recall and F1 for named entities (lenient and strict) and for figures, the accuracy of type,
 * stage, modality and year on matched pairs, and the named query {@code reappear} against the continuity
 * gold ({@code *-reappear.tsv}); overall, per government, per set of the written split ({@code split.tsv})
 * and per document. Scoring ({@link org.pledgegraph.eval.Scorer}, {@link org.pledgegraph.eval.ReappearScorer})
 * needs only {@code model}; {@link org.pledgegraph.eval.StoreEvaluation} reads a store.
 *
 * <pre>
 * GoldSet gold = GoldReader.readSet(Path.of("src/test/resources/gold"));
 * EvalReport report = Scorer.score(gold, predictedByStem, governmentByStem, List.of());
 * System.out.print(report.format());
 * </pre>
 *
 * <p>May import: model, store. Libraries: no Jena: the store reads mentions, governments and query results back.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.eval;
