package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.train.AnnotatedDocument;

/**
 * Dev tool: how much of the development gold the proposals cover, and the gold entity rows no proposal
 * covers grouped by kind (quoted, a known ending, a boundary the proposals miss by a few characters) with
 * counts. The held-out and helper-gold governments are excluded before their gold or text is read; seeds
 * 001/004 are skipped (in-sample).
 *
 * <pre>mvn -q -o test-compile &amp;&amp; java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.pledgegraph.extract.CoverageMain [list]</pre>
 */
public final class CoverageMain {
    /** Endings the issue names, checked longest first; the rest are grouped by their last two characters. */
    private static final List<String> KINDS = List.of("升级改造项目", "改造项目", "合建项目", "综合治理", "生产线", "功能区",
            "先导区", "示范区", "园区", "项目", "工程", "中心", "平台", "基地");

    private CoverageMain() {
    }

    public static void main(String[] args) {
        boolean list = args.length > 0 && args[0].equals("list");
        List<AnnotatedDocument> docs = new ArrayList<>(DevGoldDocuments.load());
        // Without the shipped learned proposer: it was trained on these very documents (its out-of-fold coverage
        // is TaggerExperimentMain's)
        Extractor x = Extractor.defaults().withTagger(null);
        int gold = 0;
        int covered = 0;
        long proposals = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        Map<String, List<String>> misses = new TreeMap<>();
        Map<String, int[]> perDoc = new TreeMap<>();
        for (AnnotatedDocument d : docs) {
            String stem = d.gold().stem();
            if (!DevGoldDocuments.counted(d)) {
                continue;
            }
            Extractor.Analysis a = x.analyse(d.meta(), d.text());
            List<Proposal> ps = x.proposals(a, x.judge().specificity());
            proposals += ps.size();
            Set<String> keys = new HashSet<>();
            ps.forEach(p -> keys.add(AnnotatedDocument.key(p.name())));
            int[] dc = perDoc.computeIfAbsent(stem, k -> new int[2]);
            for (GoldRow r : d.gold().entities()) {
                gold++;
                dc[0]++;
                boolean prop = r.names().stream().anyMatch(n -> keys.contains(AnnotatedDocument.key(n)));
                String kind = kind(r, keys);
                int[] c = byKind.computeIfAbsent(kind, k -> new int[2]);
                c[0]++;
                if (prop) {
                    covered++;
                    dc[1]++;
                    c[1]++;
                } else {
                    misses.computeIfAbsent(kind, k -> new ArrayList<>()).add(stem.replaceAll("-\\d+$", "") + "\t"
                            + r.type().key() + "\t" + r.name() + (list ? "\t" + near(r.name(), ps) : ""));
                }
            }
        }
        System.out.printf("gold %d covered %d (%.3f), proposals %d%n", gold, covered, covered / (double) gold, proposals);
        perDoc.forEach((k, v) -> System.out.printf("  %-30s %4d/%4d %.3f%n", k, v[1], v[0], v[1] / (double) v[0]));
        System.out.println("kind\tgold\tcovered\tmissed");
        byKind.entrySet().stream().sorted((p, q) -> Integer.compare(q.getValue()[0] - q.getValue()[1],
                p.getValue()[0] - p.getValue()[1])).forEach(e -> System.out.printf("%s\t%d\t%d\t%d%n",
                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1]));
        if (list) {
            misses.forEach((k, v) -> v.forEach(m -> System.out.println("MISS\t" + k + "\t" + m)));
        }
    }

    /** Up to three proposals sharing three characters with a missed name, with their source: what almost matched. */
    private static String near(String name, List<Proposal> ps) {
        List<String> out = new ArrayList<>();
        for (Proposal p : ps) {
            for (int i = 0; i + 3 <= name.length() && out.size() < 3; i++) {
                if (p.name().contains(name.substring(i, i + 3))) {
                    String s = p.name() + "/" + p.source() + "/" + p.variant();
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                    break;
                }
            }
        }
        return String.join(" ", out);
    }

    /** A miss's kind: quoted, a boundary a proposal almost has, else its ending. */
    private static String kind(GoldRow r, Set<String> keys) {
        String n = r.name();
        String k = AnnotatedDocument.key(n);
        String type = r.type().key();
        if (n.contains("“") || n.contains("\"") || r.evidence().contains("“" + n.replaceAll("[“”]", "").substring(0,
                Math.min(2, n.replaceAll("[“”]", "").length())))) {
            return type + ":quoted";
        }
        for (String e : KINDS) {
            if (n.endsWith(e)) {
                return type + ":…" + e + boundary(k, keys);
            }
        }
        return type + ":…" + (n.length() >= 2 ? n.substring(n.length() - 2) : n) + boundary(k, keys);
    }

    /** "+longer" when a proposal contains the name, "+shorter" when the name contains a proposal of 3+ characters with its end. */
    private static String boundary(String k, Set<String> keys) {
        if (keys.contains(k)) {
            return "";
        }
        for (String p : keys) {
            if (p.length() > k.length() && p.endsWith(k)) {
                return " [prop longer]";
            }
        }
        for (String p : keys) {
            if (p.length() >= 3 && p.length() < k.length() && k.endsWith(p)) {
                return " [prop shorter]";
            }
        }
        return "";
    }
}
