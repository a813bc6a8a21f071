/** The command line: one class per verb, thin; exit codes from one place. Imports everything above it. */
package org.pledgegraph.cli;
