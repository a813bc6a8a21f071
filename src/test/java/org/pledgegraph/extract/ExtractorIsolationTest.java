package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.ExtractionFailure;
import org.pledgegraph.model.Mention;

/** A recogniser that fails on one sentence costs only its own candidates there, and the failure is recorded. */
class ExtractorIsolationTest {
    private static final DocumentMeta META = new DocumentMeta("r.txt", "r", null, 2022, "", "", "");
    private static final String TEXT = "一、工作回顾\n新建云杉路。\n建成青松大道,有爆雷二字。\n推进白桦路建设。\n";

    /** Throws on every sentence that contains 爆雷. */
    static final class Exploding implements Recognizer {
        @Override
        public List<Candidate> recognize(ScopedSentence s) {
            if (s.text().contains("爆雷")) {
                throw new IllegalStateException("boom at " + s.begin());
            }
            return List.of();
        }

        @Override
        public List<EntityType> provides() {
            return List.of(EntityType.PROJECT);
        }
    }

    private static List<String> roads(Extraction x) {
        return x.mentions().stream().filter(m -> m.type() == EntityType.ROAD).map(Mention::surface).toList();
    }

    @Test
    void aThrowingRecognizerIsRecordedAndTheOthersKeepTheirCandidates() {
        Extraction x = Extractor.with(List.of(new Exploding(), new RoadRecognizer())).extract(META, TEXT);
        assertEquals(List.of("云杉路", "青松大道", "白桦路"), roads(x), "the failing sentence keeps the road too");
        assertEquals(1, x.failures().size(), x.failures().toString());
        ExtractionFailure f = x.failures().get(0);
        assertEquals("r.txt", f.file());
        assertEquals(3, f.line());
        assertEquals("Exploding", f.recognizer());
        assertEquals("java.lang.IllegalStateException", f.exception());
        assertTrue(f.message().startsWith("boom at "), f.message());
        assertEquals("r.txt:3: Exploding: java.lang.IllegalStateException: " + f.message(), f.toString());
    }

    @Test
    void aStackOverflowIsRecordedLikeAnyOtherFailure() {
        Recognizer deep = new Recognizer() {
            @Override
            public List<Candidate> recognize(ScopedSentence s) {
                if (s.text().contains("白桦")) {
                    throw new StackOverflowError();
                }
                return List.of();
            }

            @Override
            public List<EntityType> provides() {
                return List.of();
            }
        };
        Extraction x = Extractor.with(List.of(deep, new RoadRecognizer())).extract(META, TEXT);
        assertEquals(3, roads(x).size());
        assertEquals(1, x.failures().size());
        assertEquals(4, x.failures().get(0).line());
        assertEquals("java.lang.StackOverflowError", x.failures().get(0).exception());
        assertEquals("", x.failures().get(0).message());
        assertTrue(x.failures().get(0).recognizer().contains("ExtractorIsolationTest"), x.failures().get(0).recognizer());
    }

    /** Offsets outside the sentence would corrupt the selectors: the candidates are dropped and the failure recorded. */
    @Test
    void candidatesOutsideTheirSentenceAreAFailure() {
        Recognizer stray = new Recognizer() {
            @Override
            public List<Candidate> recognize(ScopedSentence s) {
                List<Candidate> out = new ArrayList<>();
                out.add(new Candidate(EntityType.PROJECT, s.begin(), s.begin() + 1, "甲", null));
                if (s.text().contains("云杉")) {
                    out.add(new Candidate(EntityType.PROJECT, s.begin(), s.begin() + s.text().length() + 3, "乙", null));
                }
                return out;
            }

            @Override
            public List<EntityType> provides() {
                return List.of(EntityType.PROJECT);
            }
        };
        Extraction x = Extractor.with(List.of(stray)).extract(META, TEXT);
        assertEquals(1, x.failures().size(), x.failures().toString());
        assertEquals(2, x.failures().get(0).line());
        assertTrue(x.failures().get(0).message().contains("outside its sentence"), x.failures().get(0).message());
        long kept = x.mentions().size();
        assertTrue(kept >= 3, "the other sentences keep their candidates: " + x.mentions());
        assertTrue(x.mentions().stream().noneMatch(m -> m.surface().equals("乙")), x.mentions().toString());
    }

    @Test
    void theStandardExtractorFailsNowhereOnThisText() {
        assertEquals(List.of(), Extractor.defaults().extract(META, TEXT).failures());
    }

    @Test
    void linesCountCrLfAndLoneCrOnce() {
        String text = "一、工作回顾\r\n新建云杉路。\r建成青松大道,有爆雷二字。\n";
        Extraction x = Extractor.with(List.of(new Exploding())).extract(META, text);
        assertEquals(3, x.failures().get(0).line());
    }
}
