package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.pledgegraph.model.Mention;

/**
 * Scores predicted mentions against gold documents, per document and overall (micro-averaged).
 * Only documents with a gold file are scored, and in partly annotated documents only predictions whose
 * span lies in a covered region ({@link Coverage}). Entity rules: {@link EntityScorer}; figure rules:
 * {@link FigureScorer}.
 *
 * <pre>
 * EvalReport report = Scorer.score(GoldReader.read(goldDir), mentionsByStem);
 * </pre>
 */
public final class Scorer {
    private Scorer() {
    }

    public static EvalReport score(List<GoldDocument> gold, Map<String, List<Mention>> predicted) {
        List<DocumentScore> documents = new ArrayList<>();
        for (GoldDocument doc : gold) {
            documents.add(scoreDocument(doc, predicted.getOrDefault(doc.stem(), List.of())));
        }
        TreeSet<String> unscored = new TreeSet<>(predicted.keySet());
        gold.forEach(d -> unscored.remove(d.stem()));
        return new EvalReport(documents, List.copyOf(unscored));
    }

    /** Scores one document. */
    public static DocumentScore scoreDocument(GoldDocument doc, List<Mention> predicted) {
        Coverage c = doc.coverage();
        List<Mention> entities = predicted.stream()
                .filter(m -> !m.type().isFigure() && c.coversEntity(m.span())).toList();
        List<Mention> figures = predicted.stream()
                .filter(m -> m.type().isFigure() && c.coversFigure(m.span())).toList();
        Outcome e = c.scoresEntities() ? EntityScorer.lenient(doc.entities(), entities) : Outcome.NONE;
        Score strict = c.scoresEntities() ? EntityScorer.strict(doc.entities(), entities) : Score.ZERO;
        Outcome f = c.scoresFigures() ? FigureScorer.score(doc.figures(), figures) : Outcome.NONE;
        return new DocumentScore(doc.stem(), c, e.score(), strict, f.score(), e.attributes(), f.attributes(),
                concat(e.misses(), f.misses()), concat(e.falsePositives(), f.falsePositives()),
                concat(e.disagreements(), f.disagreements()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
