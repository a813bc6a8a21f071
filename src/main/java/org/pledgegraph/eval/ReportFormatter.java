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
            "kind_acc", "label_acc", "figure_year_acc", "set", "unscorable_figures");
    private static final String REAPPEAR_TSV_HEADER = String.join("\t", "pair", "set", "reappear_p", "reappear_r",
            "reappear_f1", "strict_r", "correct", "predicted", "found", "gold", "strict_found", "strict_gold");
    private static final String GROUP_ROW = "  %s %4s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n";
    private static final int NAME_WIDTH = 24;

    private final EvalReport report;
    private final int cap;
    private final StringBuilder out = new StringBuilder();

    ReportFormatter(EvalReport report, int cap) {
        this.report = report;
        this.cap = cap;
    }

    String format() {
        GroupScore all = report.total();
        out.append("Evaluation against ").append(report.documents().size()).append(" gold documents");
        if (!report.reappear().isEmpty()) {
            out.append(" and ").append(report.reappear().size()).append(" continuity pairs");
        }
        out.append("\n\n");
        out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s   %s%n", "", "P", "R", "F1", "correct/predicted, found/gold"));
        prf("entities lenient", all.entities());
        prf("entities strict", all.strictEntities());
        prf("figures", all.figures());
        if (!report.reappear().isEmpty()) {
            prf("reappear", all.reappearScore());
            out.append(String.format(Locale.ROOT, "%-18s %6s %6s %6s   %s strict rows found%n", "reappear strict", "",
                    num(all.reappearStrictRecall().value()), "", all.reappearStrictRecall()));
        }
        if (all.unscorableFigures() > 0) {
            out.append("(").append(all.unscorableFigures())
                    .append(" gold figures with a value in words are not scored, e.g. '三 类')\n");
        }
        Attributes e = all.entityAttributes();
        Attributes f = all.figureAttributes();
        out.append("\nAccuracy on matched pairs\n");
        acc("entity type", e.type());
        acc("entity stage", e.stage());
        acc("entity modality", e.modality());
        acc("entity year", e.year());
        acc("figure kind", f.type());
        acc("figure label", f.label());
        acc("figure modality", f.modality());
        acc("figure year", f.year());
        groups("Per government", report.byGovernment());
        if (!report.split().setByKey().isEmpty()) {
            groups("Per set (split.tsv)", report.bySet());
        }
        out.append(String.format(Locale.ROOT, "%nPer document %-22s %6s %6s %6s %6s %6s  %s%n", "", "ent-F1", "strict",
                "fig-F1", "stage", "modal", "set"));
        for (DocumentScore d : report.documents()) {
            out.append(String.format(Locale.ROOT, "  %-33s %6s %6s %6s %6s %6s  %s%n", d.stem(), num(d.entities().f1()),
                    num(d.strictEntities().f1()), num(d.figures().f1()), num(d.entityAttributes().stage().value()),
                    num(d.entityAttributes().modality().value()), report.setOf(d.stem())));
        }
        if (!report.reappear().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nReappear (query reappear, from/to = the pair's years)%n  %-30s %6s %6s %6s %8s   %s%n",
                    "pair", "P", "R", "F1", "strict-R", "correct/listed, found/gold; strict found/strict"));
            for (ReappearScore r : report.reappear()) {
                Score s = r.score();
                out.append(String.format(Locale.ROOT, "  %-30s %6s %6s %6s %8s   %d/%d, %d/%d; %s  %s%n", r.gold().pair(),
                        num(s.precision()), num(s.recall()), num(s.f1()), num(r.strictRecall().value()), s.correct(),
                        s.predicted(), s.found(), s.gold(), r.strictRecall(), report.setOf(r.gold().firstStem())));
            }
        }
        if (!report.unscoredStems().isEmpty()) {
            out.append("\nNot scored (no gold file): ").append(String.join(", ", report.unscoredStems())).append('\n');
        }
        report.documents().forEach(this::details);
        report.reappear().forEach(this::details);
        return out.toString();
    }

    private void groups(String title, List<GroupScore> groups) {
        out.append('\n').append(title).append('\n');
        out.append(String.format(Locale.ROOT, GROUP_ROW, pad("", NAME_WIDTH), "docs", "ent-P", "ent-R", "ent-F1", "strict", "fig-F1",
                "type", "stage", "modal", "year", "reapF1"));
        for (GroupScore g : groups) {
            Attributes a = g.entityAttributes();
            out.append(String.format(Locale.ROOT, GROUP_ROW, pad(g.name(), NAME_WIDTH), g.documents().size(), num(g.entities().precision()),
                    num(g.entities().recall()), num(g.entities().f1()), num(g.strictEntities().f1()),
                    num(g.figures().f1()), num(a.type().value()), num(a.stage().value()), num(a.modality().value()),
                    num(a.year().value()), g.reappear().isEmpty() ? "-" : num(g.reappearScore().f1())));
        }
    }

    private void details(DocumentScore d) {
        out.append("\n== ").append(d.stem()).append(" (").append(d.coverage().describe()).append(")\n");
        list("misses", d.misses(), g -> g.type().key() + "\t" + g.name() + "\t«" + g.evidence() + "»");
        list("false positives", d.falsePositives(), ReportFormatter::mention);
        list("disagreements", d.disagreements(), Disagreement::toString);
    }

    private void details(ReappearScore r) {
        out.append("\n== reappear ").append(r.gold().pair()).append(" (").append(r.gold().firstStem()).append(" → ")
                .append(r.gold().secondStem()).append(")\n");
        list("misses", r.misses(), g -> (g.strict() ? "strict\t" : "\t") + g.firstName() + " → " + g.secondName());
        list("false positives", r.falsePositives(), p -> p.label() + "\t" + String.join("|", p.names().stream().sorted().toList()));
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

    /** Pads to a width in terminal columns, a CJK character counting two, so Chinese names line up. */
    static String pad(String s, int width) {
        int w = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
        return w >= width ? s : s + " ".repeat(width - w);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String tsv(EvalReport report) {
        StringBuilder b = new StringBuilder(TSV_HEADER).append('\n');
        for (DocumentScore d : report.documents()) {
            b.append(line(d.stem(), new GroupScore(d.stem(), List.of(d), List.of()), report.setOf(d.stem())));
        }
        for (GroupScore g : report.byGovernment()) {
            b.append(line("gov:" + g.name(), g, ""));
        }
        if (!report.split().setByKey().isEmpty()) {
            for (GroupScore g : report.bySet()) {
                b.append(line("set:" + g.name(), g, g.name()));
            }
        }
        b.append(line("ALL", report.total(), ""));
        if (!report.reappear().isEmpty()) {
            b.append('\n').append(REAPPEAR_TSV_HEADER).append('\n');
            for (ReappearScore r : report.reappear()) {
                b.append(reappearLine(r.gold().pair(), report.setOf(r.gold().firstStem()), r.score(), r.strictRecall()));
            }
            for (GroupScore g : report.bySet()) {
                if (!g.reappear().isEmpty() && !report.split().setByKey().isEmpty()) {
                    b.append(reappearLine("set:" + g.name(), g.name(), g.reappearScore(), g.reappearStrictRecall()));
                }
            }
            GroupScore all = report.total();
            b.append(reappearLine("ALL", "", all.reappearScore(), all.reappearStrictRecall()));
        }
        return b.toString();
    }

    private static String line(String name, GroupScore g, String set) {
        Score e = g.entities();
        Score s = g.strictEntities();
        Score f = g.figures();
        Attributes ea = g.entityAttributes();
        Attributes fa = g.figureAttributes();
        return String.join("\t", name, num(e.precision()), num(e.recall()), num(e.f1()),
                num(s.precision()), num(s.recall()), num(s.f1()), num(f.precision()), num(f.recall()), num(f.f1()),
                num(ea.type().value()), num(ea.stage().value()), num(ea.modality().value()), num(ea.year().value()),
                num(fa.type().value()), num(fa.label().value()), num(fa.year().value()), set,
                String.valueOf(g.unscorableFigures())) + "\n";
    }

    private static String reappearLine(String name, String set, Score s, Accuracy strict) {
        return String.join("\t", name, set, num(s.precision()), num(s.recall()), num(s.f1()), num(strict.value()),
                String.valueOf(s.correct()), String.valueOf(s.predicted()), String.valueOf(s.found()),
                String.valueOf(s.gold()), String.valueOf(strict.correct()), String.valueOf(strict.total())) + "\n";
    }
}
