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

    /** Scores documents only; governments are read from the file names, no split. */
    public static EvalReport score(List<GoldDocument> gold, Map<String, List<Mention>> predicted) {
        return score(new GoldSet(gold, List.of(), Split.NONE), predicted, Map.of(), List.of());
    }

    /**
     * Scores documents and continuity pairs.
     *
     * @param gold        the gold folder ({@link GoldReader#readSet})
     * @param predicted   predicted mentions by document stem (a stem without predictions scores as empty)
     * @param governments the government of each stem (e.g. the store's {@code dct:spatial} labels); stems
     *                    missing here are grouped by their file-name prefix ({@link Governments#prefixOf})
     * @param reappear    the scores of the continuity pairs ({@link ReappearScorer}); empty to leave them out
     */
    public static EvalReport score(GoldSet gold, Map<String, List<Mention>> predicted, Map<String, String> governments,
                                   List<ReappearScore> reappear) {
        List<DocumentScore> documents = new ArrayList<>();
        for (GoldDocument doc : gold.documents()) {
            documents.add(scoreDocument(doc, predicted.getOrDefault(doc.stem(), List.of())));
        }
        TreeSet<String> unscored = new TreeSet<>(predicted.keySet());
        gold.documents().forEach(d -> unscored.remove(d.stem()));
        return new EvalReport(documents, List.copyOf(unscored), governments, gold.split(), reappear);
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
        List<GoldRow> goldFigures = doc.figures().stream().filter(g -> g.figure().scorable()).toList();
        int unscorable = c.scoresFigures() ? doc.figures().size() - goldFigures.size() : 0;
        Outcome f = c.scoresFigures() ? FigureScorer.score(goldFigures, figures) : Outcome.NONE;
        return new DocumentScore(doc.stem(), c, e.score(), strict, f.score(), e.attributes(), f.attributes(),
                concat(e.misses(), f.misses()), concat(e.falsePositives(), f.falsePositives()),
                concat(e.disagreements(), f.disagreements()), unscorable);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
