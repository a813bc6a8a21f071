/**
 * Rule-based extraction of mentions (parks, projects, roads, enterprises, facilities, targets and reported
 * figures) from one document: a pure function of its text and metadata.
 *
 * <p>May import: model, text. Libraries: OpenNLP's maxent model (the candidate judge).
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.extract;
