package org.pledgegraph.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.StackFeatures;

/**
 * Dev tool (session 31): does gold of more governments help on a government whose entity rules nobody wrote? The
 * governments only {@code gold-train-more} annotates (the eight provinces new in session 25) are left out in turn;
 * each fold's judge is trained on the dev gold (without the held-out governments), the seeds' gold and
 * {@code gold-train}, and by mode also on the rest of {@code gold-train-more}. The name table and boundary statistics
 * leave the fold's government out, as {@code train --logo} does. Not held-out: session 29's year rule came from one
 * of these reports, and session 31 chose the shipped recipe on these folds.
 *
 * <p>Args: {@code C|T|J [FULL]}. C: without the rest of {@code gold-train-more}; T: with it, for the tagger and the
 * judge; J: with it, for the judge only (the shipped recipe). FULL also scores the two-pass judge. Run from the
 * project root with ../shared beside it; ~6-10 min a mode on two cores, {@code -Xmx6g}.
 */
public final class FreshFoldsMain {
    private static final List<Double> THRESHOLDS = List.of(CandidateJudge.THRESHOLD, 0.20, 0.30);

    private enum Mode { C, T, J }

    private FreshFoldsMain() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: FreshFoldsMain C|T|J [FULL]");
        }
        Mode mode = Mode.valueOf(args[0].toUpperCase(Locale.ROOT));
        List<StackFeatures.Design> designs = args.length > 1
                ? List.of(StackFeatures.Design.valueOf(args[1])) : List.of();
        Path corpus = Path.of("..", "shared", "corpus", "local");
        List<String> heldOut = JudgeExperimentMain.HELD_OUT;
        List<AnnotatedDocument> base = new ArrayList<>(
                GoldSets.load(Path.of("..", "shared", "gold", "local"), List.of(corpus), heldOut));
        base.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds")), heldOut));
        base.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold-train"), List.of(corpus), heldOut));
        List<AnnotatedDocument> more = GoldSets.load(Path.of("src", "test", "resources", "gold-train-more"),
                List.of(corpus), heldOut);
        Set<String> known = new java.util.HashSet<>(base.stream().map(AnnotatedDocument::government).toList());
        List<String> fresh = more.stream().map(AnnotatedDocument::government).filter(g -> !known.contains(g))
                .distinct().sorted().toList();
        CorpusNames names = CorpusNames.scan(corpus, List.of(corpus, Path.of("..", "shared", "corpus", "national")),
                List.of("四川省", "深圳市南山区"));
        List<LeaveOneGovernmentOut.Fold> folds;
        int trainedOnMore;
        if (mode == Mode.C) {
            trainedOnMore = 0;
            folds = fresh.parallelStream().map(p -> {
                List<AnnotatedDocument> docs = new ArrayList<>(base);
                more.stream().filter(d -> d.government().equals(p)).forEach(docs::add);
                return LeaveOneGovernmentOut.runGroups(docs, names, 3, THRESHOLDS, heldOut, List.of(Set.of(p)),
                        true, designs);
            }).flatMap(List::stream).toList();
        } else {
            trainedOnMore = more.size();
            // J: the tagger never reads them; a province's own reports are still scored in its fold.
            List<AnnotatedDocument> docs = new ArrayList<>(base);
            more.forEach(d -> docs.add(mode == Mode.J ? d.judgeOnly() : d));
            folds = LeaveOneGovernmentOut.runGroups(docs, names, 3, THRESHOLDS, heldOut,
                    fresh.stream().map(Set::of).toList(), true, designs);
        }
        System.out.printf("mode %s, %d base documents, %d of gold-train-more's %d in training (less the fold's own);"
                + " folds %s%n%s%n", mode, base.size(), trainedOnMore, more.size(), fresh,
                LeaveOneGovernmentOut.table(folds, THRESHOLDS));
    }
}
