package org.pledgegraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.model.Mention;
import org.pledgegraph.train.AnnotatedDocument;
import org.pledgegraph.train.GoldSets;

/**
 * Dev tool: for the development documents only (the held-out governments are excluded before their gold is
 * read), prints gold entity rows no proposal covers (MISS), rows proposed but not output (DROP) and outputs
 * that match no gold row (FP).
 */
public final class MissedMain {
    private static final List<String> HELD_OUT = List.of("深圳市盐田区", "深圳市宝安区", "浙江省");

    private MissedMain() {
    }

    public static void main(String[] args) {
        List<AnnotatedDocument> docs = new ArrayList<>();
        docs.addAll(GoldSets.load(Path.of("src/test/resources/gold/local"),
                List.of(Path.of("src/test/resources/corpus/local")), HELD_OUT));
        docs.addAll(GoldSets.load(Path.of("src/test/resources/gold"), List.of(Path.of("seeds")), HELD_OUT));
        Extractor x = Extractor.defaults();
        int gold = 0;
        int proposed = 0;
        for (AnnotatedDocument d : docs) {
            if (d.government().contains("盐田") || d.government().contains("宝安") || d.government().contains("浙江")) {
                continue;
            }
            if (d.gold().stem().startsWith("001") || d.gold().stem().startsWith("004")) {
                continue;
            }
            Extractor.Analysis a = x.analyse(d.meta(), d.text());
            Set<String> keys = new HashSet<>();
            x.proposals(a, x.judge().specificity()).forEach(p -> keys.add(AnnotatedDocument.key(p.name())));
            Set<String> out = new HashSet<>();
            List<Mention> ms = x.decide(a).mentions();
            ms.stream().filter(m -> m.figure() == null).forEach(m -> out.add(AnnotatedDocument.key(m.surface())));
            Set<String> goldKeys = d.entityKeys();
            System.out.println("== " + d.gold().stem());
            for (GoldRow r : d.gold().entities()) {
                gold++;
                boolean prop = r.names().stream().anyMatch(n -> keys.contains(AnnotatedDocument.key(n)));
                boolean kept = r.names().stream().anyMatch(n -> out.contains(AnnotatedDocument.key(n)));
                if (prop) {
                    proposed++;
                }
                if (!prop) {
                    System.out.println("MISS\t" + r.type().key() + "\t" + r.name() + "\t" + r.evidence());
                } else if (!kept) {
                    System.out.println("DROP\t" + r.type().key() + "\t" + r.name());
                }
            }
            if (args.length > 0 && args[0].equals("fp")) {
                ms.stream().filter(m -> m.figure() == null && !goldKeys.contains(AnnotatedDocument.key(m.surface())))
                        .forEach(m -> System.out.println("FP\t" + m.type().key() + "\t" + m.surface() + "\t"
                                + m.stage() + "\t" + m.modality().key()));
            }
        }
        System.out.printf("gold %d proposed %d (%.3f)%n", gold, proposed, proposed / (double) gold);
    }
}
