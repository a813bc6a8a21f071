/**
 * Rule-based extraction of mentions (parks, projects, roads, enterprises, facilities, targets and
 * reported figures) from one document: a pure function of its text and metadata. Imports
 * {@code model}, {@code text} and the JDK only.
 */
package org.pledgegraph.extract;
