package org.pledgegraph.eval;

import java.util.List;
import java.util.function.Function;

/**
 * The result of an evaluation: one {@link DocumentScore} per gold document, micro-averaged totals,
 * and the stems that had predictions but no gold file (not scored).
 */
public record EvalReport(List<DocumentScore> documents, List<String> unscoredStems) {
    /** Misses, false positives and disagreements listed per document in {@link #format()}. */
    public static final int DEFAULT_LIST_CAP = 40;

    public EvalReport {
        documents = List.copyOf(documents);
        unscoredStems = List.copyOf(unscoredStems);
    }

    public Score entities() {
        return sum(DocumentScore::entities);
    }

    public Score strictEntities() {
        return sum(DocumentScore::strictEntities);
    }

    public Score figures() {
        return sum(DocumentScore::figures);
    }

    public Attributes entityAttributes() {
        return documents.stream().map(DocumentScore::entityAttributes).reduce(Attributes.ZERO, Attributes::plus);
    }

    public Attributes figureAttributes() {
        return documents.stream().map(DocumentScore::figureAttributes).reduce(Attributes.ZERO, Attributes::plus);
    }

    private Score sum(Function<DocumentScore, Score> part) {
        return documents.stream().map(part).reduce(Score.ZERO, Score::plus);
    }

    /** Plain-text report: overall table, per-document table, then capped lists of errors per document. */
    public String format() {
        return format(DEFAULT_LIST_CAP);
    }

    /** As {@link #format()}, listing at most {@code cap} items of each kind per document. */
    public String format(int cap) {
        return new ReportFormatter(this, cap).format();
    }

    /** Tab-separated summary: a header, one line per document, and a last line {@code ALL}. */
    public String toTsv() {
        return ReportFormatter.tsv(this);
    }
}
