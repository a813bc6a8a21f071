package org.pledgegraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Micro-averaged scores of a group of documents (all, one government, one set of the split).
 *
 * @param name      the group's name
 * @param documents the documents in it
 * @param reappear  the continuity pairs in it
 */
public record GroupScore(String name, List<DocumentScore> documents, List<ReappearScore> reappear) {
    public GroupScore {
        Objects.requireNonNull(name, "name");
        documents = List.copyOf(documents);
        reappear = List.copyOf(reappear);
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

    /** Gold figure rows whose value is written in words and cannot be scored. */
    public int unscorableFigures() {
        return documents.stream().mapToInt(DocumentScore::unscorableFigures).sum();
    }

    /** The reappear pairs' counts summed. */
    public Score reappearScore() {
        return reappear.stream().map(ReappearScore::score).reduce(Score.ZERO, Score::plus);
    }

    public Accuracy reappearStrictRecall() {
        return reappear.stream().map(ReappearScore::strictRecall).reduce(Accuracy.ZERO, Accuracy::plus);
    }

    private Score sum(Function<DocumentScore, Score> part) {
        return documents.stream().map(part).reduce(Score.ZERO, Score::plus);
    }
}
