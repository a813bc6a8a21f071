package org.pledgegraph.train;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.extract.CandidateJudge;

/**
 * Dev tool: what {@link LeaveOneGovernmentOutIT} costs and finds with other groupings, on the same documents in one
 * JVM (the corpus scanned and the gold read once). Prints each variant's process CPU seconds for the folds and its
 * table. Chose the IT's two groups in session 11 (BENCHMARKS.md, "Test suite duration").
 *
 * <p>Args: variants {@code STEP:GROUPS}, STEP keeping every STEP-th training government (2: the IT's 12 of 24),
 * GROUPS 3 (sessions 8–10) or 2 (since session 11). Run from the project root with ../shared beside it.
 */
public final class LogoGroupsMain {
    private static final List<Set<String>> THREE = List.of(
            Set.of("深圳市盐田区", "河南省", "深圳市福田区"),
            Set.of("深圳市宝安区", "贵州省", "安阳市北关区"),
            Set.of("浙江省", "深圳市", "深圳市龙岗区"));
    private static final List<Set<String>> TWO = List.of(
            Set.of("深圳市盐田区", "深圳市宝安区", "河南省", "深圳市福田区"),
            Set.of("浙江省", "贵州省", "安阳市北关区", "深圳市", "深圳市龙岗区"));

    private LogoGroupsMain() {
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path corpus = Path.of("..", "shared", "corpus", "local");
        List<AnnotatedDocument> base = new ArrayList<>(GoldSets.load(Path.of("..", "shared", "gold", "local"), List.of(corpus)));
        base.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds"))));
        List<AnnotatedDocument> training = GoldSets.load(Path.of("src", "test", "resources", "gold-train"), List.of(corpus));
        List<String> governments = training.stream().map(AnnotatedDocument::government).distinct().sorted().toList();
        CorpusNames names = CorpusNames.scan(corpus);
        for (String variant : args) {
            String[] p = variant.split(":");
            int step = Integer.parseInt(p[0]);
            List<Set<String>> groups = p[1].equals("2") ? TWO : THREE;
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < governments.size(); i += step) {
                kept.add(governments.get(i));
            }
            List<AnnotatedDocument> docs = new ArrayList<>(base);
            training.stream().filter(d -> kept.contains(d.government())).forEach(docs::add);
            long cpu = os.getProcessCpuTime();
            var folds = LeaveOneGovernmentOut.runGroups(docs, names, 3, List.of(CandidateJudge.THRESHOLD), Set.of(), groups);
            System.out.printf("variant %s: %d documents, folds %.1f s CPU%n%s%n", variant, docs.size(),
                    (os.getProcessCpuTime() - cpu) / 1e9, LeaveOneGovernmentOut.table(folds, List.of(CandidateJudge.THRESHOLD)));
        }
    }
}
