/** The command line: one class per verb, thin; exit codes from one place. Imports everything above it;
 * {@code bench} (a separate source set and jar) is found by name, never imported. */
package org.pledgegraph.cli;
