/**
 * Learning from annotation: the corpus specificity table, training the candidate judge from gold files and
 * leave-one-government-out evaluation.
 *
 * <p>May import: model, text, extract, eval, ingest. Libraries: OpenNLP's maxent trainer, XGBoost (the boosted-trees experiment).
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.train;
