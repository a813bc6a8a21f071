package org.pledgegraph.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.extract.StackFeatures;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;

/** A judge of two passes trained on invented annotated text of four governments. */
class StackTrainingTest {
    private static final String TEXT = "今年重点工作\n加快建设青松湖科技园、白桦山实验室和云杉大道,推进更多项目落地,"
            + "建设一批重点项目,完成红枫湖公园改造,引进青松集团,推动更多企业上市,建设标准化厂房。";

    private static List<AnnotatedDocument> docs(int governments) {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (int i = 0; i < governments * 2; i++) {
            List<GoldRow> rows = new ArrayList<>();
            for (String[] r : new String[][] {{"park", "青松湖科技园"}, {"facility", "白桦山实验室"}, {"road", "云杉大道"},
                    {"facility", "红枫湖公园"}, {"enterprise", "青松集团"}}) {
                rows.add(new GoldRow(2, EntityType.fromKey(r[0]).orElseThrow(), r[1], List.of(), null, null, 2024, r[1], null));
            }
            String stem = "doc" + i;
            String g = "甲乙丙丁".charAt(i % governments) + "市";
            docs.add(new AnnotatedDocument(g, new DocumentMeta(stem + ".txt", stem, null, 2024, "", "", "", g),
                    TEXT, new GoldDocument(stem, rows), Path.of(stem + ".tsv"), Path.of(stem + ".txt")));
        }
        return docs;
    }

    @Test
    void theFirstPassIsTheOnePassJudgeAndTheSecondKeepsTheAnnotatedNames() throws IOException {
        List<Analysed> analysed = Analysed.of(docs(4), Extractor.rules());
        StackTraining.Judges j = StackTraining.train(analysed, Specificity.empty(),
                List.of(StackFeatures.Design.FULL, StackFeatures.Design.SHORT));
        assertArrayEquals(bytes(JudgeTrainer.train(JudgeTrainer.events(analysed, Specificity.empty()))),
                bytes(j.first()), "the first pass is trained as without a second");
        assertEquals(JudgeTrainer.events(analysed, Specificity.empty()).size(), j.events());
        CandidateJudge first = new CandidateJudge(j.first(), Specificity.empty(), CandidateJudge.THRESHOLD);
        for (StackFeatures.Design d : StackFeatures.Design.values()) {
            var kept = Extractor.rules().withJudge(first.withSecondPass(j.second().get(d), d))
                    .decide(analysed.get(0).analysis()).mentions().stream().map(m -> m.surface()).toList();
            assertTrue(kept.containsAll(List.of("青松湖科技园", "白桦山实验室", "云杉大道", "青松集团")), d + " " + kept);
            assertTrue(!kept.contains("标准化厂房"), d + " " + kept);
        }
    }

    @Test
    void oneGovernmentHasNoHeldOutFirstPass() {
        List<Analysed> analysed = Analysed.of(docs(1), Extractor.rules());
        assertThrows(IllegalArgumentException.class, () -> StackTraining.train(analysed, Specificity.empty(),
                List.of(StackFeatures.Design.SHORT)));
    }

    private static byte[] bytes(MaxentModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GenericModelWriter((AbstractModel) m, new DataOutputStream(out)).persist();
        return out.toByteArray();
    }
}
