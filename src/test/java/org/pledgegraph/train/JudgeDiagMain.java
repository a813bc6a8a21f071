package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;

/**
 * Dev tool: for every DEVELOPMENT government (held-out gold never loaded), a judge trained on the other
 * governments scores the government's proposals; writes one row per document and proposed name key: whether
 * the key is a gold name of the document, the highest keep probability over its proposals, how many proposals
 * it has, and the features of its best proposal. For grouping the judge's dropped gold names and kept junk.
 *
 * <p>Args: output TSV. System property extraGold as for {@link JudgeExperimentMain}.
 */
public final class JudgeDiagMain {
    private JudgeDiagMain() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        Path corpus = shared.resolve("corpus").resolve("local");
        List<AnnotatedDocument> docs = new ArrayList<>(GoldSets.load(shared.resolve("gold").resolve("local"),
                List.of(corpus), JudgeExperimentMain.HELD_OUT));
        docs.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds"))));
        for (String extra : System.getProperty("extraGold", "").split(",")) {
            if (!extra.isBlank()) {
                String[] gt = extra.split(":");
                docs.addAll(GoldSets.load(Path.of(gt[0]), List.of(Path.of(gt[1]))));
            }
        }
        CorpusNames names = CorpusNames.scan(corpus);
        Extractor rules = Extractor.rules();
        List<Analysed> analysed = Analysed.of(docs, rules);
        Set<String> governments = new TreeSet<>();
        docs.forEach(d -> governments.add(d.government()));
        StringBuilder out = new StringBuilder("gov\tdoc\tkey\tgold\tmaxp\tproposals\tfeatures\n");
        for (String g : governments) {
            Set<String> ex = new HashSet<>(JudgeExperimentMain.HELD_OUT);
            ex.add(g);
            Specificity spec = names.specificity(ex, 3);
            MaxentModel m = JudgeTrainer.train(JudgeTrainer.events(
                    analysed.stream().filter(d -> !d.doc().government().equals(g)).toList(), spec));
            CandidateJudge judge = new CandidateJudge(m, spec, 0.25);
            for (Analysed a : analysed) {
                if (!a.doc().government().equals(g) || a.analysis() == null) {
                    continue;
                }
                Set<String> keys = a.doc().entityKeys();
                Map<String, Object[]> best = new LinkedHashMap<>();
                for (Proposal p : rules.proposals(a.analysis(), spec)) {
                    if (!a.doc().gold().coverage().coversEntity(p.original())) {
                        continue;
                    }
                    String k = AnnotatedDocument.key(p.name());
                    double prob = judge.isCategory(p.name()) ? 0 : judge.keepProbability(p.features());
                    Object[] row = best.computeIfAbsent(k, x -> new Object[] {-1.0, 0, null});
                    row[1] = (Integer) row[1] + 1;
                    if (prob > (Double) row[0]) {
                        row[0] = prob;
                        row[2] = p.name() + "|" + String.join(" ", p.features());
                    }
                }
                best.forEach((k, row) -> out.append(g).append('\t').append(a.doc().gold().stem()).append('\t')
                        .append(k).append('\t').append(keys.contains(k) ? 1 : 0).append('\t')
                        .append(String.format(java.util.Locale.ROOT, "%.3f", (Double) row[0])).append('\t')
                        .append(row[1]).append('\t').append(row[2]).append('\n'));
            }
            System.err.println("done " + g);
        }
        Files.writeString(Path.of(args[0]), out);
    }
}
