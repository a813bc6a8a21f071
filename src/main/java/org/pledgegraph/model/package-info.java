/**
 * Immutable value types shared by every stage of the pipeline.
 *
 * <p>May import: none. Libraries: the JDK only.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.model;
