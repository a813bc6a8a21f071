package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judge features of a name read from the whole document rather than one occurrence: the scorer (and a reader)
 * counts a name once per document, so every occurrence should see what the others say about it — whether it is
 * ever quoted, an item of an enumeration, followed by 项目/工程/建设 or by 等, which clause verbs and recognisers
 * meet it, and how many other proposed names contain it or it contains. A fragment cut from a longer name
 * ({@code d.in}) or a phrase that swallows two names ({@code d.has}) is told apart from a name written alone in
 * several places. Computed from the text and the document's proposals only (no vocabulary).
 */
final class NameAggregates {
    private NameAggregates() {
    }

    /** One proposed name occurrence: its name, proposer, variant kind and the clause verb's class. */
    record Seen(String name, String source, String variant, String verbClass) {
    }

    /** Per proposed name, its document-level features. */
    static Map<String, List<String>> of(String text, List<Seen> seen) {
        Map<String, List<Seen>> byName = new HashMap<>();
        seen.forEach(s -> byName.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s));
        List<String> names = new ArrayList<>(byName.keySet());
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<Seen>> e : byName.entrySet()) {
            String name = e.getKey();
            List<String> f = new ArrayList<>();
            text(f, text, name);
            Set<String> sources = new TreeSet<>();
            Set<String> verbs = new TreeSet<>();
            boolean rule = false;
            boolean variant = false;
            for (Seen s : e.getValue()) {
                sources.add(s.source());
                if (!s.verbClass().equals("none")) {
                    verbs.add(s.verbClass());
                }
                if (s.variant().equals("rule")) {
                    rule = true;
                } else {
                    variant = true;
                }
            }
            f.add("d.nsrc=" + CandidateFeatures.bucket(sources.size(), 1, 2, 3));
            f.add("d.np=" + CandidateFeatures.bucket(e.getValue().size(), 1, 2, 4));
            f.add("d.rv=" + (rule ? "r" : "") + (variant ? "v" : ""));
            verbs.forEach(v -> f.add("d.vc=" + v));
            f.add("d.nvc=" + verbs.size());
            int in = 0;
            int has = 0;
            for (String other : names) {
                if (other.length() > name.length() && other.contains(name)) {
                    in++;
                } else if (other.length() < name.length() && other.length() >= 2 && name.contains(other)) {
                    has++;
                }
            }
            f.add("d.in=" + CandidateFeatures.bucket(in, 0, 1, 3));
            f.add("d.has=" + CandidateFeatures.bucket(has, 0, 1, 3));
            out.put(name, f);
        }
        return out;
    }

    /** What the text around every occurrence of {@code name} says: quoted, listed, 项目 after it, 等 after it. */
    private static void text(List<String> f, String text, String name) {
        boolean quoted = false;
        boolean listed = false;
        boolean project = false;
        boolean deng = false;
        boolean bare = false;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            int e = i + name.length();
            char before = i == 0 ? '^' : text.charAt(i - 1);
            char after = e >= text.length() ? '$' : text.charAt(e);
            if ((before == '“' || before == '"') && (after == '”' || after == '"')) {
                quoted = true;
            }
            if (before == '、' || after == '、') {
                listed = true;
            }
            if (text.startsWith("项目", e) || text.startsWith("工程", e) || text.startsWith("建设", e)) {
                project = true;
            }
            if (after == '等') {
                deng = true;
            }
            if (!NameScanner.isNameChar(before) && !NameScanner.isNameChar(after)) {
                bare = true;
            }
        }
        if (quoted) {
            f.add("d.quoted");
        }
        if (listed) {
            f.add("d.listed");
        }
        if (project) {
            f.add("d.proj");
        }
        if (deng) {
            f.add("d.deng");
        }
        if (bare) {
            f.add("d.bare");
        }
    }
}
