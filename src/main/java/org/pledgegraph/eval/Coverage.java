package org.pledgegraph.eval;

import java.util.List;
import org.pledgegraph.model.Span;

/**
 * Which parts of a document a gold file annotates, so that predictions elsewhere are not scored.
 * A document without coverage rows is annotated whole for both entities and figures.
 *
 * @param entityRegions regions where every named entity is annotated; null = whole document
 * @param figureRegions regions where every figure is annotated; null = whole document
 */
public record Coverage(List<Span> entityRegions, List<Span> figureRegions) {
    /** Both kinds annotated over the whole document. */
    public static final Coverage WHOLE = new Coverage(null, null);

    public Coverage {
        entityRegions = entityRegions == null ? null : List.copyOf(entityRegions);
        figureRegions = figureRegions == null ? null : List.copyOf(figureRegions);
    }

    /** True if entities are annotated somewhere in the document. */
    public boolean scoresEntities() {
        return entityRegions == null || !entityRegions.isEmpty();
    }

    /** True if figures are annotated somewhere in the document. */
    public boolean scoresFigures() {
        return figureRegions == null || !figureRegions.isEmpty();
    }

    /** True if a named-entity mention at {@code span} lies in an annotated region. */
    public boolean coversEntity(Span span) {
        return covers(entityRegions, span);
    }

    /** True if a figure mention at {@code span} lies in an annotated region. */
    public boolean coversFigure(Span span) {
        return covers(figureRegions, span);
    }

    private static boolean covers(List<Span> regions, Span span) {
        return regions == null || regions.stream().anyMatch(r -> r.contains(span));
    }

    /** Short description for reports, e.g. {@code whole} or {@code entities 100-2000; figures none}. */
    public String describe() {
        if (entityRegions == null && figureRegions == null) {
            return "whole document";
        }
        return "entities " + regions(entityRegions) + "; figures " + regions(figureRegions);
    }

    private static String regions(List<Span> regions) {
        if (regions == null) {
            return "whole";
        }
        return regions.isEmpty() ? "not annotated" : regions.toString();
    }
}
