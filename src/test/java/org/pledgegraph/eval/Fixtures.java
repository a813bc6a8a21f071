package org.pledgegraph.eval;

import java.math.BigDecimal;
import java.util.List;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.Stage;
import org.pledgegraph.model.Span;

/** Small builders for hand-made gold rows and predicted mentions. */
final class Fixtures {
    private Fixtures() {
    }

    static GoldRow gold(EntityType type, String name, String aliases, Stage stage, Modality modality,
                        Integer year, String evidence) {
        List<String> a = aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|"));
        return new GoldRow(2, type, name, a, stage, modality, year, evidence, null);
    }

    static GoldRow goldFigure(EntityType type, String label, String value, String unit, Integer year, String evidence) {
        return new GoldRow(2, type, label + "=" + value + " " + unit, List.of(), null,
                type == EntityType.TARGET ? Modality.COMMITMENT : Modality.REPORT, year, evidence,
                new GoldFigure(label, new BigDecimal(value), unit));
    }

    static Mention mention(EntityType type, String surface, int begin, Stage stage, Modality modality,
                           Integer year, String evidence) {
        Span span = new Span(begin, begin + surface.length());
        return new Mention(type, surface, span, new Span(begin, begin + Math.max(surface.length(), evidence.length())),
                evidence, stage, modality, year, null, null, null);
    }

    static Mention figure(EntityType type, String label, String value, String unit, int begin, Integer year,
                          String evidence) {
        Span span = new Span(begin, begin + 4);
        Modality modality = type == EntityType.TARGET ? Modality.COMMITMENT : Modality.REPORT;
        return new Mention(type, label, span, new Span(begin, begin + 4 + evidence.length()), evidence, null,
                modality, year, new Figure(label, null, new BigDecimal(value), unit, Comparison.EXACTLY), null, null);
    }
}
