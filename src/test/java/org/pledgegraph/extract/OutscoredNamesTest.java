package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.DroppedName;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;

/**
 * Names the judge would keep but another reading of their words displaced are recorded as dropped with the reason
 * {@link DroppedName#OUTSCORED}, once each, with their offsets; the cross-year pass reads them back from the store's
 * literal. A stub model stands in for the bundled judge so that the scores are fixed. Names invented.
 */
class OutscoredNamesTest {
    private static final DocumentMeta META = new DocumentMeta("t.txt", "t", null, 2024, "", "", "");
    private static final String TEXT = "今年重点工作\n加快建设青松湖科创中心东区和白桦山实验室，建成云杉大道。";

    /** A model whose keep probability is {@code rule} for a recogniser's own boundary and {@code variant} otherwise. */
    record Fixed(double rule, double variant) implements MaxentModel {
        public double[] eval(String[] c) {
            double p = List.of(c).contains("var=rule") ? rule : variant;
            return new double[] {p, 1 - p};
        }

        public double[] eval(String[] c, double[] p) {
            return eval(c);
        }

        public double[] eval(String[] c, float[] v) {
            return eval(c);
        }

        public String getBestOutcome(double[] o) {
            return o[0] >= o[1] ? CandidateJudge.KEEP : CandidateJudge.DROP;
        }

        public String getAllOutcomes(double[] o) {
            return CandidateJudge.KEEP + "[" + o[0] + "] " + CandidateJudge.DROP + "[" + o[1] + "]";
        }

        public String getOutcome(int i) {
            return i == 0 ? CandidateJudge.KEEP : CandidateJudge.DROP;
        }

        public int getIndex(String o) {
            return o.equals(CandidateJudge.KEEP) ? 0 : o.equals(CandidateJudge.DROP) ? 1 : -1;
        }

        public int getNumOutcomes() {
            return 2;
        }
    }

    private static Extraction extract(double rule, double variant) {
        CandidateJudge judge = new CandidateJudge(new Fixed(rule, variant), Specificity.empty(), CandidateJudge.THRESHOLD);
        return Extractor.rules().withJudge(judge).extract(META, TEXT);
    }

    private static List<DroppedName> outscored(Extraction x) {
        return x.dropped().stream().filter(d -> d.reason().endsWith(DroppedName.OUTSCORED)).toList();
    }

    @Test
    void aReadingTheJudgeWouldKeepThatLostIsRecordedOnceWithItsOffsets() {
        Extraction x = extract(0.9, 0.6);
        Set<String> kept = x.mentions().stream().map(Mention::surface).collect(Collectors.toSet());
        List<DroppedName> out = outscored(x);
        assertFalse(out.isEmpty(), "variants at 0.6 lose to the rules' own boundaries at 0.9: " + x.dropped());
        for (DroppedName d : out) {
            assertFalse(kept.contains(d.name()), d.name() + " is kept, not outscored");
            assertEquals(d.name(), d.span().of(TEXT), "its offsets");
            assertTrue(d.reason().matches("judge 0\\.[69]0 ≥ 0\\.25; another reading kept"), d.reason());
            assertTrue(x.mentions().stream().anyMatch(m -> m.span().begin() < d.span().end()
                    && d.span().begin() < m.span().end()), d.name() + ": a kept reading of the same words");
        }
        assertEquals(out.size(), out.stream().map(DroppedName::name).distinct().count(), "once per name");
    }

    @Test
    void whatTheJudgeItselfDropsIsNotOutscored() {
        Extraction x = extract(0.1, 0.1);
        assertTrue(outscored(x).isEmpty(), x.dropped().toString());
        assertFalse(x.dropped().isEmpty(), "dropped below the threshold");
    }

    @Test
    void theStoredLiteralReadsBack() {
        DroppedName d = DroppedName.outscored(EntityType.FACILITY, "青松湖科创中心", new Span(3, 10), 0.613, 0.25);
        assertEquals("青松湖科创中心 (facility): judge 0.61 ≥ 0.25; another reading kept", d.literal());
        assertEquals(new DroppedName.Outscored(EntityType.FACILITY, "青松湖科创中心"),
                DroppedName.outscored(d.literal()).orElseThrow());
        DroppedName low = new DroppedName(EntityType.PARK, "零碳园区", new Span(0, 4), "judge 0.12 < 0.25");
        assertTrue(DroppedName.outscored(low.literal()).isEmpty(), "a name the judge itself dropped");
    }
}
