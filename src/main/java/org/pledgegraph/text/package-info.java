/**
 * Text handling before recognition: decoding files, inferring the issue year, normalising for recognition while
 * keeping an offset map back to the original, and splitting sentences.
 *
 * <p>May import: model. Libraries: the JDK only.
 * (Checked by {@code ArchitectureTest}, which reads this line.)
 */
package org.pledgegraph.text;
