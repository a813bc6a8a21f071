package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Comparison;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.Sentence;

/**
 * Each recogniser on its own, on one invented sentence, and the contract {@link RecognizerChain} checks when an
 * extractor is built. Offsets are into the whole text: the sentence starts at 100 here.
 */
class RecognizersTest {
    private static final int AT = 100;

    private static ScopedSentence sentence(String text, TimeScope scope) {
        return new ScopedSentence(new Sentence(AT, AT + text.length(), text, 0, true), scope, 2024, false);
    }

    private static List<String> names(Recognizer r, String text) {
        List<Candidate> cs = r.recognize(sentence(text, TimeScope.RETROSPECTIVE));
        for (Candidate c : cs) {
            assertEquals(c.name(), text.substring(c.begin() - AT, c.end() - AT), "offsets into the whole text");
            // provides() names the recogniser's own type; a project recogniser may file "…大厦项目" as a facility,
            // so what is checked is the kind of annotation it adds.
            assertTrue(r.adds().contains(c.type().isFigure() ? Annotation.FIGURES : Annotation.NAMES)
                    || r.adds().contains(Annotation.PROPOSALS), r + " produced " + c.type() + " outside adds()");
        }
        return cs.stream().map(Candidate::name).toList();
    }

    @Test
    void parkRecognizerFindsAParkBySuffix() {
        assertEquals(List.of("青枫智造产业园"), names(new ParkRecognizer(), "建成青枫智造产业园。"));
    }

    @Test
    void projectRecognizerFindsAProjectBySuffix() {
        assertEquals(List.of("青枫片区", "青枫片区城市更新项目"), names(new ProjectRecognizer(), "实施青枫片区城市更新项目。"));
    }

    @Test
    void roadRecognizerFindsRoads() {
        assertEquals(List.of("云杉路", "白桦大道"), names(new RoadRecognizer(), "新建云杉路和白桦大道。"));
    }

    @Test
    void enterpriseRecognizerFindsACompany() {
        assertEquals(List.of("青松新材料有限公司"), names(new EnterpriseRecognizer(), "引进青松新材料有限公司。"));
    }

    @Test
    void facilityRecognizerFindsAHospital() {
        assertEquals(List.of("白桦人民医院"), names(new FacilityRecognizer(), "建成白桦人民医院。"));
    }

    @Test
    void listRecognizerTypesSuffixlessNamesByTheListsHead() {
        List<Candidate> cs = new ListRecognizer().recognize(sentence("引进青松科技、云杉智能等企业。", TimeScope.RETROSPECTIVE));
        assertEquals(Set.of("青松科技", "云杉智能"), Set.copyOf(cs.stream().map(Candidate::name).toList()));
        assertTrue(cs.stream().allMatch(c -> c.type() == EntityType.ENTERPRISE), cs.toString());
    }

    @Test
    void phaseRecognizerFindsANameMadeByItsPhase() {
        assertEquals(List.of("云杉总部二期"), names(new PhaseRecognizer(), "云杉总部二期建成投用。"));
    }

    @Test
    void figureRecognizerReadsTheNumberAndTheTimeScope() {
        FigureRecognizer r = new FigureRecognizer(Lexicon.load("indicators.tsv"));
        String text = "地区生产总值增长6%以上。";
        Candidate plan = r.recognize(sentence(text, TimeScope.PLAN)).get(0);
        assertEquals(EntityType.TARGET, plan.type());
        assertEquals(0, new BigDecimal("6").compareTo(plan.figure().value()));
        assertEquals(Comparison.AT_LEAST, plan.figure().comparator());
        assertEquals(EntityType.ACTUAL, r.recognize(sentence(text, TimeScope.RETROSPECTIVE)).get(0).type(),
                "the time scope decides target or actual: the reason it requires TIME_SCOPE");
    }

    @Test
    void proposersAddProposalsNotNames() {
        for (Recognizer p : ProposingRecognizer.all()) {
            assertEquals(Set.of(Annotation.PROPOSALS), p.adds());
        }
        assertTrue(names(ProposingRecognizer.all().get(0), "建设青枫示范区。").contains("青枫示范区"));
    }

    @Test
    void declaredInputsAndOutputs() {
        assertEquals(EnumSet.of(Annotation.SENTENCES, Annotation.TIME_SCOPE),
                new FigureRecognizer(Lexicon.load("indicators.tsv")).requires());
        assertEquals(EnumSet.of(Annotation.FIGURES), new FigureRecognizer(Lexicon.load("indicators.tsv")).adds());
        assertEquals(EnumSet.of(Annotation.SENTENCES), new RoadRecognizer().requires());
        assertEquals(EnumSet.of(Annotation.NAMES), new ListRecognizer().adds());
    }

    /** Reads what an earlier recogniser found: only valid after one that provides names. */
    private static final class NeedsNames implements Recognizer {
        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            return List.of();
        }

        @Override
        public List<EntityType> provides() {
            return List.of(EntityType.PROJECT);
        }

        @Override
        public Set<Annotation> requires() {
            return EnumSet.of(Annotation.SENTENCES, Annotation.NAMES);
        }
    }

    @Test
    void theChainRefusesARecogniserWhoseInputNothingBeforeItProvides() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecognizerChain.of(RecognizerChain.TEXT_STAGES, List.of(new NeedsNames(), new RoadRecognizer())));
        assertEquals("NeedsNames requires [NAMES], which nothing before it provides (available: [SENTENCES, TIME_SCOPE])",
                e.getMessage());
        RecognizerChain ok = RecognizerChain.of(RecognizerChain.TEXT_STAGES, List.of(new RoadRecognizer(), new NeedsNames()));
        assertEquals(2, ok.recognizers().size());
        assertEquals(EnumSet.of(Annotation.SENTENCES, Annotation.TIME_SCOPE, Annotation.NAMES), EnumSet.copyOf(ok.provided()));
    }

    @Test
    void aFigureRecogniserWithoutTimeScopeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecognizerChain.of(
                Set.of(Annotation.SENTENCES), List.of(new FigureRecognizer(Lexicon.load("indicators.tsv")))));
        assertTrue(e.getMessage().startsWith("FigureRecognizer requires [TIME_SCOPE]"), e.getMessage());
    }

    @Test
    void theExtractorChecksWhenItIsBuiltNotOnTheFirstDocument() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.with(List.of(new NeedsNames())));
        RecognizerChain chain = RecognizerChain.of(RecognizerChain.TEXT_STAGES, List.of(new RoadRecognizer()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chain.require("CandidateJudge", EnumSet.of(Annotation.PROPOSALS)));
        assertTrue(e.getMessage().startsWith("CandidateJudge requires [PROPOSALS]"), e.getMessage());
    }

    @Test
    void theStandardExtractorsBuild() {
        assertTrue(Extractor.defaults().judge() != null);
        assertTrue(Extractor.rules().judge() == null);
    }
}
