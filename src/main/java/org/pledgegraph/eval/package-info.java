/**
 * Scores extracted mentions against hand-annotated gold TSVs (see {@code src/test/resources/gold/}):
 * precision, recall and F1 for named entities (lenient and strict) and for figures, plus the accuracy
 * of stage, modality, type and year on matched pairs. Imports {@code model} and the JDK only.
 *
 * <pre>
 * List&lt;GoldDocument&gt; gold = GoldReader.read(Path.of("src/test/resources/gold"));
 * EvalReport report = Scorer.score(gold, predictedByStem);
 * System.out.print(report.format());
 * </pre>
 */
package org.pledgegraph.eval;
