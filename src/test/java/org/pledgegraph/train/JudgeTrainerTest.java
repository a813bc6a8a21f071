package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;

/** Training the judge on invented annotated text: labels from the gold, and the same data gives the same model. */
class JudgeTrainerTest {
    private static final String TEXT = "今年重点工作\n加快建设青松湖科技园、白桦山实验室和云杉大道,推进更多项目落地,"
            + "建设一批重点项目,完成红枫湖公园改造,引进青松集团,推动更多企业上市,建设标准化厂房。";

    private static List<AnnotatedDocument> docs() {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<GoldRow> rows = new ArrayList<>();
            for (String[] r : new String[][] {{"park", "青松湖科技园"}, {"facility", "白桦山实验室"}, {"road", "云杉大道"},
                    {"facility", "红枫湖公园"}, {"enterprise", "青松集团"}}) {
                rows.add(new GoldRow(2, EntityType.fromKey(r[0]).orElseThrow(), r[1], List.of(), null, null, 2024, r[1], null));
            }
            String stem = "doc" + i;
            docs.add(new AnnotatedDocument("甲市", new DocumentMeta(stem + ".txt", stem, null, 2024, "", "", "", "甲市"),
                    TEXT, new GoldDocument(stem, rows), Path.of(stem + ".tsv"), Path.of(stem + ".txt")));
        }
        return docs;
    }

    @Test
    void sameDataSameModelBytes() throws IOException {
        List<Analysed> analysed = Analysed.of(docs(), Extractor.rules());
        List<Event> events = JudgeTrainer.events(analysed, Specificity.empty());
        assertTrue(events.stream().anyMatch(e -> e.getOutcome().equals(CandidateJudge.KEEP)));
        assertTrue(events.stream().anyMatch(e -> e.getOutcome().equals(CandidateJudge.DROP)));
        assertArrayEquals(bytes(JudgeTrainer.train(events)), bytes(JudgeTrainer.train(events)));
    }

    @Test
    void theTrainedJudgeKeepsTheAnnotatedNamesOfItsTrainingText() {
        List<Analysed> analysed = Analysed.of(docs(), Extractor.rules());
        CandidateJudge judge = new CandidateJudge(JudgeTrainer.train(JudgeTrainer.events(analysed, Specificity.empty())),
                Specificity.empty(), CandidateJudge.THRESHOLD);
        var kept = Extractor.rules().withJudge(judge).decide(analysed.get(0).analysis()).mentions().stream()
                .map(m -> m.surface()).toList();
        assertTrue(kept.containsAll(List.of("青松湖科技园", "白桦山实验室", "云杉大道", "青松集团")), kept.toString());
    }

    private static byte[] bytes(MaxentModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) m, new DataOutputStream(out)).persist();
        return out.toByteArray();
    }
}
