package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.extract.Extractor;

/**
 * Dev tool: the gold entity names of one gold directory that no recogniser or proposer proposes as that exact
 * string (the rules' candidates and boundary variants, no tagger), so the judge can never keep them: one row per
 * gold row (government, document, type, name). Args: gold directory, output TSV. Feeds issue 11 (entity recall).
 */
public final class NeverProposedMain {
    private NeverProposedMain() {
    }

    public static void main(String[] args) throws IOException {
        List<AnnotatedDocument> docs = goldDocuments(Path.of(args[0]));
        Extractor rules = Extractor.rules();
        StringBuilder out = new StringBuilder("gov\tdoc\ttype\tname\n");
        int gold = 0;
        int missing = 0;
        int proposals = 0;
        for (Analysed a : Analysed.of(docs, rules)) {
            if (a.analysis() == null) {
                continue;
            }
            Set<String> proposed = new HashSet<>();
            List<String> names = rules.proposedNames(a.analysis());
            proposals += names.size();
            names.forEach(n -> proposed.add(AnnotatedDocument.key(n)));
            for (GoldRow r : a.doc().gold().entities()) {
                gold++;
                if (r.names().stream().noneMatch(n -> proposed.contains(AnnotatedDocument.key(n)))) {
                    missing++;
                    out.append(a.doc().government()).append('\t').append(a.doc().gold().stem()).append('\t')
                            .append(r.type().key()).append('\t').append(r.name()).append('\n');
                }
            }
        }
        Files.writeString(Path.of(args[1]), out);
        System.out.printf("gold %d never proposed %d (proposals with variants %d)%n", gold, missing, proposals);
    }

    /** The gold documents of {@code gold} whose texts are in the shared corpus or seeds, held-out governments left out. */
    static List<AnnotatedDocument> goldDocuments(Path gold) throws IOException {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        List<Path> texts = List.of(shared.resolve("corpus").resolve("local"), Path.of("seeds"));
        return GoldSets.load(gold, texts, JudgeExperimentMain.HELD_OUT);
    }
}
