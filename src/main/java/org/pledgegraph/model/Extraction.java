package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the extractor found in one document: a pure function of its text and metadata.
 *
 * @param failures recognisers that threw on a sentence; their other sentences and the other recognisers'
 *                 mentions are still in {@code mentions}
 */
public record Extraction(DocumentMeta meta, List<Mention> mentions, List<ExtractionFailure> failures) {
    public Extraction {
        Objects.requireNonNull(meta, "meta");
        mentions = List.copyOf(mentions);
        failures = List.copyOf(failures);
    }

    /** An extraction without failures. */
    public Extraction(DocumentMeta meta, List<Mention> mentions) {
        this(meta, mentions, List.of());
    }
}
