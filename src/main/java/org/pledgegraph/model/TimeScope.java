package org.pledgegraph.model;

/** Whether a part of a document looks back on past work or sets out plans. */
public enum TimeScope {
    RETROSPECTIVE,
    PLAN,
    UNKNOWN
}
