/**
 * Learning from annotation: the corpus specificity table, training the candidate judge from gold files and
 * leave-one-government-out evaluation. Downstream of extract, eval and ingest; used by the cli.
 */
package org.pledgegraph.train;
