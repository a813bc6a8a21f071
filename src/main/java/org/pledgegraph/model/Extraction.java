package org.pledgegraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the extractor found in one document: a pure function of its text and metadata.
 *
 * @param meta     the document
 * @param mentions the mentions kept
 * @param failures recognisers that threw on a sentence; their other sentences and the other recognisers'
 *                 mentions are still in {@code mentions}
 * @param dropped  names proposed but judged not to be entities, with the reason
 */
public record Extraction(DocumentMeta meta, List<Mention> mentions, List<ExtractionFailure> failures,
                         List<DroppedName> dropped) {
    public Extraction {
        Objects.requireNonNull(meta, "meta");
        mentions = List.copyOf(mentions);
        failures = List.copyOf(failures);
        dropped = List.copyOf(dropped);
    }

    /** An extraction that dropped nothing. */
    public Extraction(DocumentMeta meta, List<Mention> mentions, List<ExtractionFailure> failures) {
        this(meta, mentions, failures, List.of());
    }

    /** An extraction without failures that dropped nothing. */
    public Extraction(DocumentMeta meta, List<Mention> mentions) {
        this(meta, mentions, List.of(), List.of());
    }
}
