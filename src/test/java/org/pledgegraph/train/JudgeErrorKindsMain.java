package org.pledgegraph.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.extract.CandidateJudge;

/**
 * Dev tool: counts the kinds of the judge's out-of-fold errors in a {@link JudgeErrorsMain} dump. A false positive is
 * a figure (FP:target/actual), a boundary error (a missed gold name of the same document contains it or lies inside
 * it), a fragment (a junk feature: verb, function character or count at an edge, unbalanced quotes, 的/了/着 inside),
 * a category (all-generic body, generic head, 8 or more unrelated groups, a bare phase or level word at the start),
 * a wrong type (an enterprise without a firm ending) or other (mostly real things the gold does not annotate).
 * A gold name proposed and dropped is counted by the template of the feature that lowered its log-odds most (the
 * fold's judge evaluated without each feature in turn), grouped as lexical, proposer/variant, category/commonness or
 * context. Args: dump.tsv cache-dir (the {@code -Dcache} of the dump, holding each fold's judge).
 */
public final class JudgeErrorKindsMain {
    private static final Set<String> FRAGMENT = Set.of("vstart=2", "vend", "fedge=start", "fedge=end", "unbal", "mstart",
            "mend=num");
    private static final Pattern PHASE_OR_LEVEL = Pattern.compile("^[一二三四五六七八九十首]期|期$|^(区|市|省|街道)");
    private static final Pattern FIRM = Pattern.compile("(公司|集团|银行|股份|控股|科技|医药|制药|汽车|电子|能源|证券|保险|基金|研究院|所)$");
    private static final Pattern LEXICAL = Pattern.compile("s1|s2|s3|p1|p2|b1|b2|a1|a2|cs1|cb2|ca2");
    private static final Pattern PROPOSER = Pattern.compile("rec|var|vk\\+fs|vk\\+fe|psx\\+rec|fs|fe|x\\.vk\\+type");
    private static final Pattern COMMON = Pattern.compile("cat|catw|grp|spec|x\\.spec\\+type");

    private JudgeErrorKindsMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> rows = Files.readAllLines(Path.of(args[0])).stream().skip(1).map(l -> l.split("\t", -1)).toList();
        Path cache = Path.of(args[1]);
        Map<String, List<String>> missed = new HashMap<>();
        for (String[] r : rows) {
            if (r[2].startsWith("FN")) {
                missed.computeIfAbsent(r[1], d -> new java.util.ArrayList<>()).add(r[3]);
            }
        }
        Map<String, Integer> fp = new TreeMap<>();
        Map<String, Integer> dropped = new TreeMap<>();
        Map<String, MaxentModel> models = new HashMap<>();
        for (String[] r : rows) {
            Set<String> f = r.length > 8 ? Set.of(r[8].split(" ")) : Set.of();
            if (r[2].startsWith("FP")) {
                fp.merge(fpKind(r, f, missed.getOrDefault(r[1], List.of())), 1, Integer::sum);
            } else if (r[2].startsWith("FN") && r[4].equals("1") && !r[8].isEmpty()
                    && Double.parseDouble(r[5]) < CandidateJudge.THRESHOLD) {
                MaxentModel m = models.computeIfAbsent(r[0], g -> read(cache.resolve(g + "-judge.bin")));
                dropped.merge(group(strongestNegative(m, r[8].split(" "))), 1, Integer::sum);
            }
        }
        System.out.println("false positives by kind: " + fp);
        System.out.println("gold proposed and dropped, by the feature group that lowered it most: " + dropped);
    }

    static String fpKind(String[] r, Set<String> f, List<String> missed) {
        String n = r[3];
        if (!r[2].equals("FP")) {
            return "figure";
        }
        if (missed.stream().anyMatch(g -> g.contains(n) || n.contains(g))) {
            return "boundary";
        }
        if (f.stream().anyMatch(FRAGMENT::contains) || n.matches(".*[的了着].*")) {
            return "fragment";
        }
        if (f.stream().anyMatch(x -> x.equals("cat=all") || x.equals("qcat=all") || x.equals("ghead") || x.equals("genbody")
                || x.equals("grp=<=8") || x.equals("grp=<=16") || x.equals("grp=>16")) || PHASE_OR_LEVEL.matcher(n).find()) {
            return "category";
        }
        if (f.contains("type=enterprise") && !FIRM.matcher(n).find()) {
            return "wrong type";
        }
        return "other";
    }

    /** The feature whose removal raises the keep log-odds most. */
    static String strongestNegative(MaxentModel m, String[] fs) {
        int keep = m.getIndex(CandidateJudge.KEEP);
        double base = logit(m.eval(fs)[keep]);
        String worst = "none";
        double most = 0;
        for (int i = 0; i < fs.length; i++) {
            String[] rest = new String[fs.length - 1];
            for (int j = 0, k = 0; j < fs.length; j++) {
                if (j != i) {
                    rest[k++] = fs[j];
                }
            }
            double d = base - logit(m.eval(rest)[keep]);
            if (d < most) {
                most = d;
                worst = fs[i];
            }
        }
        return worst;
    }

    static String group(String feature) {
        String t = feature.replaceFirst("=.*", "");
        return LEXICAL.matcher(t).matches() ? "lexical" : PROPOSER.matcher(t).matches() ? "proposer/variant"
                : COMMON.matcher(t).matches() ? "category/commonness" : t.equals("none") ? "none" : "context";
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static MaxentModel read(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return CandidateJudge.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
