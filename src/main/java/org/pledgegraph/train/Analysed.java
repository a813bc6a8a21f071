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
        List<Analysed> plain = docs.parallelStream().map(d -> {
            try {
                return new Analysed(d, x.analyse(d.meta(), d.text()));
            } catch (RuntimeException e) {
                return new Analysed(d, null);
            }
        }).toList();
        return plain.stream().map(a -> a.analysis() == null ? a
                : new Analysed(a.doc(), Extractor.withOtherYears(a.analysis(), neighbours(a, plain)))).toList();
    }

    /** The normalised texts of the annotated reports of the same government a year before or after. */
    private static List<String> neighbours(Analysed a, List<Analysed> all) {
        int year = a.doc().meta().year();
        return all.stream().filter(o -> o != a && o.analysis() != null
                        && o.doc().government().equals(a.doc().government())
                        && Math.abs(o.doc().meta().year() - year) == 1)
                .map(o -> o.analysis().normalizedText()).toList();
    }
}
