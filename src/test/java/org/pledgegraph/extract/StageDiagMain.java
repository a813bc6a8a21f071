package org.pledgegraph.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.eval.Disagreement;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.EvalReport;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.eval.GoldSet;
import org.pledgegraph.eval.GroupScore;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.SentenceSplitter;

/**
 * Dev tool: stage and modality accuracy per set of the written split, and the stage/modality disagreements
 * of the <b>dev</b> documents only (held-out documents are scored in aggregate, never listed).
 */
public final class StageDiagMain {

    private StageDiagMain() {
    }

    /** Stage confusion of one readable set: rows gold, columns predicted, over the matched entity rows. */
    private static void printMatrix(EvalReport report, GoldSet gold, Map<String, String> governments, String set) {
        List<String> stages = List.of("", "planned", "under_construction", "completed", "operating");
        int[][] n = new int[5][5];
        for (DocumentScore d : report.documents()) {
            if (!gold.split().setOf(d.stem(), governments.getOrDefault(d.stem(), "")).equals(set)) {
                continue;
            }
            for (Matched m : matched(d, gold)) {
                n[stages.indexOf(m.gold())][stages.indexOf(m.predicted())]++;
            }
        }
        System.out.println("MATRIX " + set);
        System.out.println("gold\\pred\t(none)\tplanned\tunder_c\tcompleted\toperating");
        for (int i = 0; i < 5; i++) {
            StringBuilder b = new StringBuilder(i == 0 ? "(none)" : stages.get(i));
            for (int j = 0; j < 5; j++) {
                b.append('\t').append(n[i][j]);
            }
            System.out.println(b);
        }
    }

    /**
     * Every matched entity row of the readable sets, one a line: set, stem, type, gold stage, predicted stage,
     * name, gold evidence — to count how a candidate rule's context splits by gold stage. With {@code --ctx}, also
     * the predicted mention's sentence scope (PLAN/RETR/UNKN, "?" when no mention of that name is found), its
     * sentence with the name in 【】, and the gold modality and year.
     */
    private static void printRows(EvalReport report, GoldSet gold, Map<String, String> governments,
            Map<String, List<Mention>> predicted, Map<String, Context> contexts) {
        for (DocumentScore d : report.documents()) {
            String set = gold.split().setOf(d.stem(), governments.getOrDefault(d.stem(), ""));
            if (!DiagTexts.READABLE.contains(set)) {
                continue;
            }
            for (Matched m : matched(d, gold)) {
                GoldRow r = m.row();
                System.out.println(set + "\t" + d.stem() + "\t" + r.type() + "\t" + m.gold() + "\t" + m.predicted()
                        + "\t" + r.name() + "\t" + r.evidence().replace('\n', ' ')
                        + (contexts == null ? "" : "\t" + contexts.get(d.stem()).of(r, predicted.get(d.stem())) + "\t"
                        + (r.modality() == null ? "" : r.modality().key()) + "\t" + r.year()));
            }
        }
    }

    /** A document's normalised text and scoped sentences, to tell the scope and place of a matched row. */
    private record Context(NormalizedText text, List<ScopedSentence> sentences) {
        /** The scope of the predicted mention of {@code r} nearest its evidence, and its sentence with the name marked. */
        String of(GoldRow r, List<Mention> mentions) {
            Mention best = null;
            int bestOverlap = -1;
            for (Mention m : mentions) {
                if (!m.surface().equals(r.name()) && !r.aliases().contains(m.surface())) {
                    continue;
                }
                int o = overlap(m.evidence(), r.evidence());
                if (o > bestOverlap) {
                    best = m;
                    bestOverlap = o;
                }
            }
            if (best == null) {
                return "?\t?";
            }
            String scope = "?";
            for (ScopedSentence s : sentences) {
                org.pledgegraph.model.Span sp = text.toOriginal(s.begin(), s.sentence().end());
                if (sp.begin() == best.sentence().begin()) {
                    scope = s.scope().name().substring(0, 4) + (s.heading() ? "/H" : "");
                    break;
                }
            }
            String ev = best.evidence();
            int b = best.span().begin() - best.sentence().begin();
            int e = best.span().end() - best.sentence().begin();
            String marked = 0 <= b && b <= e && e <= ev.length() ? ev.substring(0, b) + "【" + ev.substring(b, e) + "】"
                    + ev.substring(e) : ev;
            return scope + "\t" + marked.replace('\n', ' ');
        }

        private static int overlap(String a, String b) {
            int n = 0;
            for (int i = 0; i + 4 <= a.length(); i += 4) {
                if (b.contains(a.substring(i, i + 4))) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A matched gold entity row with its gold and predicted stage keys ("" for none). */
    private record Matched(GoldRow row, String gold, String predicted) {
    }

    /** The document's gold entity rows that the prediction matched, with the stage each side gives. */
    private static List<Matched> matched(DocumentScore d, GoldSet gold) {
        GoldDocument g = gold.documents().stream().filter(x -> x.stem().equals(d.stem())).findFirst().orElseThrow();
        java.util.Set<GoldRow> missed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        missed.addAll(d.misses());
        Map<GoldRow, String> wrong = new java.util.IdentityHashMap<>();
        d.disagreements().stream().filter(x -> x.attribute().equals("stage")).forEach(x -> wrong.put(x.gold(), x.actual()));
        List<Matched> out = new java.util.ArrayList<>();
        for (GoldRow r : g.entities()) {
            if (!missed.contains(r)) {
                String gs = r.stage() == null ? "" : r.stage().key();
                out.add(new Matched(r, gs, wrong.getOrDefault(r, gs)));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        boolean list = a.contains("--list");
        int g0 = a.indexOf("--gold");
        // --gold src/test/resources/gold-train: the training gold (development data) as a second check
        Path goldDir = Path.of(g0 >= 0 ? a.get(g0 + 1) : "src/test/resources/gold");
        Extractor extractor = Extractor.defaults();
        GoldSet gold = GoldReader.readSet(goldDir);
        Map<String, List<Mention>> predicted = new HashMap<>();
        Map<String, String> governments = new HashMap<>();
        Map<String, Context> contexts = a.contains("--ctx") ? new HashMap<>() : null;
        DiagTexts.forEach(gold, (g, meta, text) -> {
            if (!meta.jurisdiction().isEmpty()) {
                governments.put(g.stem(), meta.jurisdiction());
            }
            predicted.put(g.stem(), extractor.extract(meta, text).mentions());
            if (contexts != null) {
                NormalizedText nt = Normalizer.normalize(text);
                contexts.put(g.stem(), new Context(nt, new TimeScoper(meta.year()).scope(SentenceSplitter.split(nt))));
            }
        });
        EvalReport report = Scorer.score(gold, predicted, governments, List.of());
        if (a.contains("--rows")) {
            printRows(report, gold, governments, predicted, contexts);
            return;
        }
        if (a.contains("--figure-fps")) {
            for (GroupScore s : report.bySet()) {
                if (DiagTexts.READABLE.contains(s.name())) {
                    System.out.printf("FIGURES %s %s p %.4f r %.4f f1 %.4f%n", s.name(), s.figures(), s.figures().precision(),
                            s.figures().recall(), s.figures().f1());
                }
            }
            // figures the gold does not list, readable sets only: set, stem, figure, surface, sentence
            for (DocumentScore d : report.documents()) {
                String set = gold.split().setOf(d.stem(), governments.getOrDefault(d.stem(), ""));
                if (DiagTexts.READABLE.contains(set)) {
                    d.falsePositives().stream().filter(m -> m.figure() != null).forEach(m -> System.out.println(set + "\t"
                            + d.stem() + "\t" + m.figure() + "\t" + m.surface() + "\t" + m.evidence().replace('\n', ' ')));
                }
            }
            return;
        }
        for (GroupScore s : report.bySet()) {
            System.out.printf("SET %s stage %.3f (%s) modality %.3f (%s)%n", s.name(),
                    s.entityAttributes().stage().value(), s.entityAttributes().stage(),
                    s.entityAttributes().modality().value(), s.entityAttributes().modality());
        }
        for (GroupScore s : report.byGovernment()) {
            // per government: aggregate numbers only (held-out governments included, never their rows)
            System.out.printf("GOV %s stage %.3f (%s) modality %.3f%n", s.name(), s.entityAttributes().stage().value(),
                    s.entityAttributes().stage(), s.entityAttributes().modality().value());
        }
        if (a.contains("--matrix")) {
            for (String set : List.of("dev", "train-helper")) {
                printMatrix(report, gold, governments, set);
            }
            return;
        }
        if (!list) {
            return;
        }
        for (DocumentScore d : report.documents()) {
            String set = gold.split().setOf(d.stem(), governments.getOrDefault(d.stem(), ""));
            if (!DiagTexts.READABLE.contains(set)) {
                continue;
            }
            for (Disagreement x : d.disagreements()) {
                if (!x.attribute().equals("stage") && !x.attribute().equals("modality")) {
                    continue;
                }
                Mention m = x.predicted();
                int b = Math.max(0, m.span().begin() - m.sentence().begin());
                int e = Math.min(m.evidence().length(), m.span().end() - m.sentence().begin());
                String ev = m.evidence();
                String marked = b <= e && e <= ev.length() ? ev.substring(Math.max(0, b - 40), b) + "【" + ev.substring(b, e) + "】"
                        + ev.substring(e, Math.min(ev.length(), e + 40)) : ev;
                System.out.println(d.stem() + "\t" + x.attribute() + "\tgold=" + x.expected() + "\tpred=" + x.actual()
                        + "\t" + m.type().key() + "\t" + marked.replace('\n', ' ') + "\t|G: " + x.gold().evidence());
            }
        }
    }
}
