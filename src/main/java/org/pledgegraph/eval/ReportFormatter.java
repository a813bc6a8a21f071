package org.pledgegraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pledgegraph.model.Mention;

/** Renders an {@link EvalReport} as text or TSV. */
final class ReportFormatter {
    private static final String TSV_HEADER = String.join("\t", "document",
            "entity_p", "entity_r", "entity_f1", "strict_p", "strict_r", "strict_f1",
            "figure_p", "figure_r", "figure_f1", "type_acc", "stage_acc", "modality_acc", "year_acc",
            "kind_acc", "label_acc", "figure_year_acc");

    private final EvalReport report;
    private final int cap;
    private final StringBuilder out = new StringBuilder();

    ReportFormatter(EvalReport report, int cap) {
        this.report = report;
        this.cap = cap;
    }

    String format() {
        out.append("Evaluation against ").append(report.documents().size()).append(" gold documents\n\n");
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s   %s%n", "", "P", "R", "F1", "correct/predicted, found/gold"));
        prf("entities lenient", report.entities());
        prf("entities strict", report.strictEntities());
        prf("figures", report.figures());
        Attributes e = report.entityAttributes();
        Attributes f = report.figureAttributes();
        out.append("\nAccuracy on matched pairs\n");
        acc("entity type", e.type());
        acc("entity stage", e.stage());
        acc("entity modality", e.modality());
        acc("entity year", e.year());
        acc("figure kind", f.type());
        acc("figure label", f.label());
        acc("figure modality", f.modality());
        acc("figure year", f.year());
        out.append(String.format(Locale.ROOT, "%nPer document %-22s %6s %6s %6s%n", "", "ent-F1", "strict", "fig-F1"));
        for (DocumentScore d : report.documents()) {
            out.append(String.format(Locale.ROOT, "  %-33s %6s %6s %6s%n", d.stem(), num(d.entities().f1()),
                    num(d.strictEntities().f1()), num(d.figures().f1())));
        }
        if (!report.unscoredStems().isEmpty()) {
            out.append("\nNot scored (no gold file): ").append(String.join(", ", report.unscoredStems())).append('\n');
        }
        report.documents().forEach(this::details);
        return out.toString();
    }

    private void details(DocumentScore d) {
        out.append("\n== ").append(d.stem()).append(" (").append(d.coverage().describe()).append(")\n");
        list("misses", d.misses(), g -> g.type().key() + "\t" + g.name() + "\t«" + g.evidence() + "»");
        list("false positives", d.falsePositives(), ReportFormatter::mention);
        list("disagreements", d.disagreements(), Disagreement::toString);
    }

    private static String mention(Mention m) {
        String name = m.figure() != null ? m.figure().toString() : m.surface();
        return m.type().key() + "\t" + name + "\t@" + m.span() + "\t«" + abbreviate(m.evidence()) + "»";
    }

    private static String abbreviate(String evidence) {
        String s = evidence.replaceAll("\\s+", "");
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }

    private <T> void list(String title, List<T> items, Function<T, String> show) {
        out.append("  ").append(title).append(" (").append(items.size()).append(")\n");
        items.stream().limit(cap).forEach(i -> out.append("    ").append(show.apply(i)).append('\n'));
        if (items.size() > cap) {
            out.append("    … and ").append(items.size() - cap).append(" more\n");
        }
    }

    private void prf(String name, Score s) {
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s   %d/%d, %d/%d%n", name, num(s.precision()),
                num(s.recall()), num(s.f1()), s.correct(), s.predicted(), s.found(), s.gold()));
    }

    private void acc(String name, Accuracy a) {
        out.append(String.format(Locale.ROOT, "  %-16s %6s   %s%n", name, num(a.value()), a));
    }

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String tsv(EvalReport report) {
        StringBuilder b = new StringBuilder(TSV_HEADER).append('\n');
        for (DocumentScore d : report.documents()) {
            b.append(line(d.stem(), d.entities(), d.strictEntities(), d.figures(),
                    d.entityAttributes(), d.figureAttributes()));
        }
        b.append(line("ALL", report.entities(), report.strictEntities(), report.figures(),
                report.entityAttributes(), report.figureAttributes()));
        return b.toString();
    }

    private static String line(String name, Score e, Score s, Score f, Attributes ea, Attributes fa) {
        return String.join("\t", name, num(e.precision()), num(e.recall()), num(e.f1()),
                num(s.precision()), num(s.recall()), num(s.f1()), num(f.precision()), num(f.recall()), num(f.f1()),
                num(ea.type().value()), num(ea.stage().value()), num(ea.modality().value()), num(ea.year().value()),
                num(fa.type().value()), num(fa.label().value()), num(fa.year().value())) + "\n";
    }
}
