package org.pledgegraph.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pledgegraph.extract.StackFeatures;

/**
 * Dev tool (session 31): does gold of more governments help on a government the judge never saw, when the rules'
 * authors never wrote entity rules reading it either? The eight provinces of {@code gold-train-more} that no other gold
 * has are left out in turn. Modes: {@code C} each fold trains on the usual training gold only; {@code T} also on the
 * other {@code gold-train-more} reports (tagger and judge); {@code J} also on them, the judge only. Optional second
 * argument {@code FULL}: score the two-pass judge too. Run from the project root with ../shared beside it.
 */
public final class FreshFoldsMain {
    private static final Set<String> HELD_OUT = Set.of("深圳市盐田区", "深圳市宝安区", "浙江省");
    private static final List<String> FRESH = List.of("内蒙古自治区", "宁夏回族自治区", "新疆维吾尔自治区", "江西省",
            "海南省", "甘肃省", "西藏自治区", "青海省");
    private static final List<Double> THRESHOLDS = List.of(0.25, 0.20, 0.30);

    private FreshFoldsMain() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        List<StackFeatures.Design> designs = args.length > 1 ? List.of(StackFeatures.Design.valueOf(args[1])) : List.of();
        Path corpus = Path.of("..", "shared", "corpus", "local");
        List<AnnotatedDocument> base = new ArrayList<>(
                GoldSets.load(Path.of("..", "shared", "gold", "local"), List.of(corpus), HELD_OUT));
        base.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds"))));
        base.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold-train"), List.of(corpus)));
        List<AnnotatedDocument> more = GoldSets.load(Path.of("src", "test", "resources", "gold-train-more"),
                List.of(corpus));
        CorpusNames names = CorpusNames.scan(corpus, List.of(corpus, Path.of("..", "shared", "corpus", "national")),
                List.of("四川省", "深圳市南山区"));
        List<LeaveOneGovernmentOut.Fold> folds;
        if (mode.equals("C")) {
            folds = FRESH.parallelStream().map(p -> {
                List<AnnotatedDocument> docs = new ArrayList<>(base);
                more.stream().filter(d -> d.government().equals(p)).forEach(docs::add);
                return LeaveOneGovernmentOut.runGroups(docs, names, 3, THRESHOLDS, HELD_OUT, List.of(Set.of(p)),
                        true, designs);
            }).flatMap(List::stream).toList();
        } else {
            List<AnnotatedDocument> docs = new ArrayList<>(base);
            // J: the tagger never reads them; a province's own reports are still scored in its fold.
            more.forEach(d -> docs.add(mode.equals("J") ? d.judgeOnly() : d));
            folds = LeaveOneGovernmentOut.runGroups(docs, names, 3, THRESHOLDS, HELD_OUT,
                    FRESH.stream().map(Set::of).toList(), true, designs);
        }
        System.out.printf("mode %s, %d base documents, %d more%n%s%n", mode, base.size(), more.size(),
                LeaveOneGovernmentOut.table(folds, THRESHOLDS));
    }
}
