package org.pledgegraph.train;

import java.util.List;
import org.pledgegraph.extract.Extractor;

/**
 * An annotated document with its analysis, computed once for all folds and judges.
 *
 * @param doc      the document
 * @param analysis its analysis, or null when the recognisers failed on it (it then counts as found nothing)
 */
public record Analysed(AnnotatedDocument doc, Extractor.Analysis analysis) {

    /** Analyses every document (in parallel: the extractor is thread-safe). */
    public static List<Analysed> of(List<AnnotatedDocument> docs, Extractor x) {
        return docs.parallelStream().map(d -> {
            try {
                return new Analysed(d, x.analyse(d.meta(), d.text()));
            } catch (RuntimeException e) {
                return new Analysed(d, null);
            }
        }).toList();
    }
}
