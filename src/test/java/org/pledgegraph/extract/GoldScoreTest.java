package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pledgegraph.eval.EvalReport;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldSet;
import org.pledgegraph.eval.GroupScore;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/**
 * Regression floors on the gold set, scored with the same {@link Scorer} as {@code eval}, per set of the
 * written split ({@code gold/split.tsv}, docs/evaluation.md): <b>held-out</b> governments (盐田区, 宝安区,
 * 浙江省: never read while writing rules), <b>dev</b> (the other local-gold governments, seeds 000/002/003
 * and the national figures) and <b>in-sample</b> (seeds 001 and 004: the rules were written reading them,
 * so their scores say nothing about generality). Floors sit a little below the scores reached (see each
 * constant), so a change that loses ground on any set fails here. A document the extractor fails on
 * scores as finding nothing (and is printed).
 */
class GoldScoreTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final List<Path> TEXTS = List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/corpus/local"));

    // Reached on 2026-12-02 (after the seed-derived lexicon entries were removed), zhejiangsheng-2026 crashing
    // (scored as empty): held-out entities F1 0.460, figures F1 0.789, entity stage 0.722, figure label 0.767.
    // Figures (branch figures): held-out figures F1 0.945, figure label 0.815; entity stage (branch stage,
    // list-wide verbs, 建设 = under construction, founding and planning words; tuned on dev only): held-out 0.819.
    // Stage cues of branch stage3 (plan steps after a name, 开展 = operating, 支持A建设, long list heads): held-out 0.824.
    // Entities with the class-feature judge (branch judge3, trained on dev only): held-out 0.581, dev 0.724.
    // Merged main (judge3 + recall3 + stage3 + identity3, judge retrained): held-out 0.590, dev 0.766 (eval).
    // Junk features + training gold in the judge (branch judge4): held-out 0.603, dev 0.765 (eval).
    // Proposal coverage (branch propose5: judge-only suffixes, qualifiers, firm lists, landforms): held-out 0.617, dev 0.803.
    // Stage cues of branch stage6 (实现, first intake, counted work, 启动A建设, verb series, 贯通/并网/收官): held-out 0.826.
    // Session 6 (judge6's conjunctions, eight training governments of gold-train in the judge): held-out entities 0.641,
    // stage 0.810 (more entities matched, some with harder stage), reappear 0.501 (eval).
    // Branch judge7 (MAXENT_QN trainer, not merged: a dev-only tie with 51 training documents): held-out entities 0.635,
    // stage 0.808, reappear 0.478 (eval).
    // Session 8 (char tagger proposing, precision8's clause-fragment cut, 24 training governments): held-out entities
    // 0.665, stage 0.813, reappear 0.587 (eval).
    // Session 12 (stage12: 推动A with no works word, enrolment and start-up cues, 共建/深入实施; figure outline counts):
    // held-out entities 0.676, figures 0.946, stage 0.839 (eval); floors raised to just under them.
    // Session 13 (RouteType, AreaType, FacilityType: the gold's type conventions): held-out entity type 0.817 → 0.843.
    // Session 19 (stacked second judge pass): held-out entities 0.679 in eval, 0.666 in this test (extraction only,
    // no cross-year pass), so the floor stays.
    static final Floors HELD_OUT = new Floors(0.66, 0.93, 0.82, 0.79, 0.83);
    // dev reached: entities F1 0.497 (rules), figures F1 0.981, entity stage 0.886 (stage3), figure label 0.900
    // stage4 (glossary, 开业, agents and modifiers, project-headed lists): dev entity stage 0.886 (eval), 0.875 before
    // stage6: dev entity stage 0.904 (this test's scorer; eval 0.905)
    // session 8: dev entities 0.844 (eval; in-sample for the tagger and the judge)
    // session 12: dev entities 0.856, figures 0.983, stage 0.917 (eval)
    // session 13: dev entity type 0.864 → 0.898 (eval)
    // session 19: dev entities 0.879 with the stacked second pass (eval)
    static final Floors DEV = new Floors(0.86, 0.97, 0.90, 0.88, 0.88);
    // in-sample reached: entities F1 0.955, figures F1 1.000, entity stage 0.986, figure label 0.915
    // figures (branch figures): in-sample figure label 0.951
    // document-level name features (branch judge6, retrained judge): in-sample entities 0.932 → 0.925 (one or two
    // names of the two seed reports; LOGO dev micro 0.643 → 0.648), so the entity floor 0.93 → 0.92
    // session 7 (judge trained on 51 documents, eighteen training governments): in-sample entities 0.931 → 0.919 (the
    // seeds are a smaller share of its training; held-out 0.641 → 0.642, helper set 0.620 → 0.630), floor 0.92 → 0.90
    static final Floors IN_SAMPLE = new Floors(0.90, 0.98, 0.96, 0.93, 0.90);

    record Floors(double entityF1, double figureF1, double stage, double label, double type) {
    }

    private static EvalReport report;

    @BeforeAll
    static void score() throws IOException {
        Extractor extractor = Extractor.defaults();
        GoldSet gold = GoldReader.readSet(GOLD);
        Map<String, List<Mention>> predicted = new HashMap<>();
        Map<String, String> governments = new HashMap<>();
        for (GoldDocument g : gold.documents()) {
            Path file = source(g.stem());
            String name = file.getFileName().toString();
            String text = TextDecoder.decode(Files.readAllBytes(file), name);
            DocumentMeta meta = Manifest.of(file.getParent()).get(name).orElseGet(() -> new DocumentMeta(name,
                    DocumentMeta.stemOf(name), null, YearInference.infer(text, name).orElse(2000), "", "", ""));
            if (!meta.jurisdiction().isEmpty()) {
                governments.put(g.stem(), meta.jurisdiction());
            }
            try {
                predicted.put(g.stem(), extractor.extract(meta, text).mentions());
            } catch (RuntimeException e) {
                System.out.println("GOLD-SCORE " + g.stem() + " failed, scored as empty: " + e);
            }
        }
        report = Scorer.score(gold, predicted, governments, List.of());
        for (GroupScore s : report.bySet()) {
            System.out.println("GOLD-SCORE set " + s.name() + ": " + summary(s));
        }
        for (GroupScore s : report.byGovernment()) {
            System.out.println("GOLD-SCORE government " + s.name() + ": " + summary(s));
        }
    }

    private static Path source(String stem) {
        return TEXTS.stream().map(d -> d.resolve(stem + ".txt")).filter(Files::exists).findFirst()
                .orElseThrow(() -> new AssertionError("no document for gold file " + stem));
    }

    private static GroupScore set(String name) {
        return report.bySet().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no documents in set " + name));
    }

    @Test
    void heldOutGovernmentsStayAboveTheirFloors() {
        assertAll(floors("held-out", HELD_OUT));
    }

    @Test
    void devSetStaysAboveItsFloors() {
        assertAll(floors("dev", DEV));
    }

    @Test
    void inSampleSeedsStayAboveTheirFloors() {
        assertAll(floors("in-sample", IN_SAMPLE));
    }

    @Test
    void everyGoldDocumentIsInASet() {
        assertTrue(report.bySet().stream().noneMatch(s -> s.name().equals("unassigned")),
                "documents missing from split.tsv");
    }

    private static List<Executable> floors(String set, Floors f) {
        GroupScore s = set(set);
        List<Executable> checks = new ArrayList<>();
        checks.add(floor(set + " entity F1", s.entities().f1(), f.entityF1()));
        checks.add(floor(set + " figure F1", s.figures().f1(), f.figureF1()));
        checks.add(floor(set + " entity stage", s.entityAttributes().stage().value(), f.stage()));
        checks.add(floor(set + " figure label", s.figureAttributes().label().value(), f.label()));
        checks.add(floor(set + " entity type", s.entityAttributes().type().value(), f.type()));
        return checks;
    }

    private static Executable floor(String what, double value, double floor) {
        return () -> assertTrue(value >= floor, String.format("%s %.3f fell below its floor %.2f", what, value, floor));
    }

    private static String summary(GroupScore s) {
        return String.format("%d docs, entities F1 %.3f (P %.3f R %.3f), strict %.3f, figures F1 %.3f, type %.3f, stage %.3f,"
                        + " modality %.3f, year %.3f, figure label %.3f", s.documents().size(), s.entities().f1(),
                s.entities().precision(), s.entities().recall(), s.strictEntities().f1(), s.figures().f1(),
                s.entityAttributes().type().value(), s.entityAttributes().stage().value(),
                s.entityAttributes().modality().value(), s.entityAttributes().year().value(),
                s.figureAttributes().label().value());
    }
}
