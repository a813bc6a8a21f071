package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pledgegraph.model.Mention;

/** Collects attribute agreement while one document is scored; local to a single scoring call. */
final class AttributeTally {
    private Accuracy type = Accuracy.ZERO;
    private Accuracy stage = Accuracy.ZERO;
    private Accuracy modality = Accuracy.ZERO;
    private Accuracy year = Accuracy.ZERO;
    private Accuracy label = Accuracy.ZERO;
    private final List<Disagreement> disagreements = new ArrayList<>();

    void type(GoldRow g, Mention m) {
        type = type.count(check(g, m, g.type().isFigure() ? "kind" : "type", g.type().key(), m.type().key()));
    }

    void stage(GoldRow g, Mention m) {
        stage = stage.count(check(g, m, "stage", g.stage() == null ? "" : g.stage().key(),
                m.stage() == null ? "" : m.stage().key()));
    }

    void modality(GoldRow g, Mention m) {
        if (g.modality() != null) {
            modality = modality.count(check(g, m, "modality", g.modality().key(), m.modality().key()));
        }
    }

    void year(GoldRow g, Mention m) {
        year = year.count(check(g, m, "year", Objects.toString(g.year(), ""), Objects.toString(m.aboutYear(), "")));
    }

    /** Indicator labels agree if either contains the other after squeezing quotes and spaces. */
    void label(GoldRow g, Mention m) {
        String gold = Names.squeeze(g.figure().label());
        String predicted = Names.squeeze(m.figure().label());
        boolean agrees = !predicted.isEmpty() && (gold.contains(predicted) || predicted.contains(gold));
        if (!agrees) {
            disagreements.add(new Disagreement(g, m, "label", g.figure().label(), m.figure().label()));
        }
        label = label.count(agrees);
    }

    private boolean check(GoldRow g, Mention m, String attribute, String expected, String actual) {
        boolean agrees = expected.equals(actual);
        if (!agrees) {
            disagreements.add(new Disagreement(g, m, attribute, expected, actual));
        }
        return agrees;
    }

    Attributes attributes() {
        return new Attributes(type, stage, modality, year, label);
    }

    List<Disagreement> disagreements() {
        return List.copyOf(disagreements);
    }
}
