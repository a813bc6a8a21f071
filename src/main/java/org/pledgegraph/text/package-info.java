/**
 * Text handling before recognition: decoding files, inferring the issue year, normalising for
 * recognition while keeping an offset map back to the original, and splitting sentences.
 * Imports {@code model} and the JDK only.
 */
package org.pledgegraph.text;
