/** Immutable value types shared by every stage of the pipeline. Imports the JDK only. */
package org.pledgegraph.model;
