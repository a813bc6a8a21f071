package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/** Everything the extractor found in one document: a pure function of its text and metadata. */
public record Extraction(DocumentMeta meta, List<Mention> mentions) {
    public Extraction {
        Objects.requireNonNull(meta, "meta");
        mentions = List.copyOf(mentions);
    }
}
