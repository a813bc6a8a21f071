package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.model.Mention;
import org.pledgegraph.train.AnnotatedDocument;

/**
 * Dev tool: where entity recall is lost on the development and training gold (held-out and helper governments
 * excluded before their gold or text is read; in-sample seeds 001/004 skipped). Each gold entity row gets one
 * cause: kept, not proposed (a proposal longer or shorter by its start or end, or nothing near), proposed by the
 * tagger alone, proposed but cut as a clause fragment or category, or proposed and dropped by the judge or an
 * overlap. The shipped judge and tagger were trained on these documents, so "kept" and "tagger" are in-sample
 * upper bounds; the rule-proposal and fragment columns are not. Causes are crossed with the name's shape (type,
 * length, quoted, list member, rebuilt from a shared head, own-government prefix).
 *
 * <pre>java -cp /tmp/NAME.jar:target/test-classes org.pledgegraph.extract.RecallDiagMain [list]</pre>
 */
public final class RecallDiagMain {
    private RecallDiagMain() {
    }

    public static void main(String[] args) {
        boolean list = args.length > 0 && args[0].equals("list");
        Extractor x = Extractor.defaults();
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Map<String, Integer> causes = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        for (AnnotatedDocument d : DevGoldDocuments.load()) {
            String stem = d.gold().stem();
            if (!DevGoldDocuments.counted(d)) {
                continue;
            }
            Extractor.Analysis a = x.analyse(d.meta(), d.text());
            List<Proposal> ps = x.proposals(a, x.judge().specificity());
            Map<String, Set<String>> sources = new TreeMap<>();
            ps.forEach(p -> sources.computeIfAbsent(AnnotatedDocument.key(p.name()), k -> new HashSet<>()).add(p.source()));
            Set<String> out = new HashSet<>();
            for (Mention m : x.decide(a).mentions()) {
                if (m.figure() == null) {
                    out.add(AnnotatedDocument.key(m.surface()));
                }
            }
            for (GoldRow r : d.gold().entities()) {
                String cause = cause(r, sources, out, x.judge());
                causes.merge(cause, 1, Integer::sum);
                for (String s : shape(r, d.government())) {
                    table.computeIfAbsent(s, k -> new TreeMap<>()).merge(cause, 1, Integer::sum);
                }
                if (list && !cause.equals("kept")) {
                    rows.add(cause + "\t" + stem + "\t" + r.type().key() + "\t" + r.name() + "\t"
                            + cover(r, cause, sources) + "\t" + r.evidence());
                }
            }
        }
        System.out.println("cause\trows");
        causes.forEach((k, v) -> System.out.println(k + "\t" + v));
        System.out.println("\nshape\t" + String.join("\t", causes.keySet()));
        table.forEach((s, m) -> {
            StringBuilder b = new StringBuilder(s);
            causes.keySet().forEach(c -> b.append('\t').append(m.getOrDefault(c, 0)));
            System.out.println(b);
        });
        rows.forEach(System.out::println);
    }

    private static String cause(GoldRow r, Map<String, Set<String>> sources, Set<String> out, CandidateJudge judge) {
        List<String> keys = r.names().stream().map(AnnotatedDocument::key).toList();
        if (keys.stream().anyMatch(out::contains)) {
            return "kept";
        }
        List<String> hit = keys.stream().filter(sources::containsKey).toList();
        if (hit.isEmpty()) {
            String k = keys.get(0);
            for (String p : sources.keySet()) {
                if (p.length() > k.length() && (p.endsWith(k) || p.startsWith(k))) {
                    return "unproposed:prop-longer";
                }
            }
            for (String p : sources.keySet()) {
                if (p.length() >= 3 && p.length() < k.length() && (k.endsWith(p) || k.startsWith(p))) {
                    return "unproposed:prop-shorter";
                }
            }
            return "unproposed:none";
        }
        if (hit.stream().allMatch(k -> sources.get(k).equals(Set.of("Tagger")))) {
            return "proposed:tagger-only-dropped";
        }
        if (r.names().stream().allMatch(n -> judge.fragment(n) != null)) {
            return "proposed:fragment-cut";
        }
        if (r.names().stream().allMatch(judge::isCategory)) {
            return "proposed:category";
        }
        return "proposed:judge-or-overlap";
    }

    /** For a name not proposed: the nearest longer or shorter proposal and its sources ("-" otherwise). */
    private static String cover(GoldRow r, String cause, Map<String, Set<String>> sources) {
        String k = AnnotatedDocument.key(r.names().get(0));
        boolean longer = cause.endsWith("prop-longer");
        if (!longer && !cause.endsWith("prop-shorter")) {
            return "-\t-";
        }
        String best = null;
        for (String p : sources.keySet()) {
            boolean fits = longer ? p.length() > k.length() && (p.endsWith(k) || p.startsWith(k))
                    : p.length() >= 3 && p.length() < k.length() && (k.endsWith(p) || k.startsWith(p));
            if (fits && (best == null || Math.abs(p.length() - k.length()) < Math.abs(best.length() - k.length()))) {
                best = p;
            }
        }
        return best + "\t" + String.join(",", new java.util.TreeSet<>(sources.get(best)));
    }

    /** The shape classes a gold row belongs to (one per dimension). */
    private static List<String> shape(GoldRow r, String government) {
        String n = r.name();
        String ev = r.evidence();
        int at = ev.indexOf(n);
        String len = n.length() <= 4 ? "len<=4" : n.length() <= 8 ? "len5-8" : n.length() <= 14 ? "len9-14" : "len15+";
        String quoted = n.contains("“") || ev.contains("“" + n.substring(0, Math.min(2, n.length()))) ? "quoted" : "unquoted";
        String member = at < 0 ? "list:rebuilt" : at > 0 && "、和及与".indexOf(ev.charAt(at - 1)) >= 0
                || ev.startsWith("、", at + n.length()) || ev.startsWith("等", at + n.length()) ? "list:member" : "list:single";
        String own = government.replaceAll("^.*[省市]", "");
        String prefix = n.matches("^(?:全?[省市区县]).*") || !own.isEmpty() && n.startsWith(own.substring(0, Math.min(2, own.length())))
                || n.startsWith(government.substring(0, 2)) ? "prefix:own" : "prefix:none";
        String sx = Suffixes.endingAt(n, n.length());
        return List.of("type:" + r.type().key(), len, quoted, member, prefix, "suffix:" + (sx == null ? "none" : "known"));
    }
}
