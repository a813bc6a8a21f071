/**
 * Cross-document entity resolution: stored mentions in, canonical entities out.
 *
 * <p>May import: model, text. Libraries: the JDK only.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.resolve;
