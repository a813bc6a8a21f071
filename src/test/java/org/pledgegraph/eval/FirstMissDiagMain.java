package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.GraphStore.SiblingDocument;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;

/**
 * Dev tool: why the reappear rows of the <b>dev or training</b> pairs whose first-year name no mention has were not
 * added by the cross-year pass: {@code FirstMissDiagMain STORE [--gold src/test/resources/gold-train]}. Sorts each row
 * by whether the first report writes the name verbatim, whether the second report kept it (or only its own
 * variant) on its own evidence, and, for a kept name, what stopped the pass. Held-out pairs are skipped.
 */
public final class FirstMissDiagMain {
    private FirstMissDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        CrossYearPass pass = Extractor.defaults().crossYear();
        IriMinter iris = IriMinter.defaults();
        Map<String, Integer> tally = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            Map<String, List<Mention>> byDoc = store.read(store::mentionsByDocument);
            for (ReappearGold pair : diag.gold().reappear()) {
                if (!diag.listable(pair)) {
                    continue;
                }
                Optional<SiblingDocument> d1 = store.read(() -> store.siblingDocument(iris, pair.firstStem()));
                Optional<SiblingDocument> d2 = store.read(() -> store.siblingDocument(iris, pair.secondStem()));
                if (d1.isEmpty() || d2.isEmpty()) {
                    continue;
                }
                List<Mention> all1 = byDoc.getOrDefault(pair.firstStem(), List.of());
                for (ReappearRow r : pair.rows()) {
                    if (has(all1, r.firstName())) {
                        continue;
                    }
                    String cause = cause(pass, d1.get(), d2.get(), r);
                    String head = cause.contains(":") ? cause.substring(0, cause.indexOf(':')) : cause;
                    tally.merge(head, 1, Integer::sum);
                    System.out.println(pair.pair() + "\t" + (r.strict() ? "strict" : "loose") + "\t" + r.firstName()
                            + "\t" + r.secondName() + "\t" + cause);
                }
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    private static String cause(CrossYearPass pass, SiblingDocument d1, SiblingDocument d2, ReappearRow r) {
        NormalizedText text = Normalizer.normalize(d1.text());
        String t = text.text();
        String name = Normalizer.normalize(r.firstName()).text().replaceAll("[\\s“”\"]", "");
        boolean verbatim = t.contains(name);
        boolean keptSame = has(d2.kept(), r.firstName());
        boolean keptSecond = has(d2.kept(), r.secondName());
        boolean sameName = Names.key(r.firstName()).equals(Names.key(r.secondName()));
        if (!verbatim) {
            String bare = Names.key(name);
            return "not verbatim" + (t.contains(bare) ? " (bare key written)" : "") + ": kept2=" + keptSecond;
        }
        if (!keptSame) {
            if (!keptSecond) {
                return "verbatim, year 2 kept neither";
            }
            return "verbatim, year 2 kept only its variant: " + (sameName ? "same key" : shape(r.firstName(), r.secondName()));
        }
        String kept = d2.kept().stream().map(Mention::surface).filter(s -> Names.key(s).equals(Names.key(r.firstName())))
                .findFirst().orElseThrow();
        String n = Normalizer.normalize(kept).text();
        if (!pass.carries(n)) {
            return "verbatim, kept in year 2, not carried: " + (n.length() < 4 ? "short" : "category/groups") + " " + n;
        }
        if (!t.contains(n)) {
            return "verbatim, kept in year 2 as another trivial form: " + n;
        }
        List<CrossYearPass.Added> added = pass.find(meta(d1), d1.text(), d1.kept(),
                Map.of(n, new CrossYearPass.Sibling(d2.kept().stream().filter(m -> m.surface().equals(kept))
                        .findFirst().orElseThrow().type(), new java.util.TreeSet<>(List.of(d2.stem())))));
        if (!added.isEmpty()) {
            return "verbatim, kept in year 2, found alone (a longer name took it?)";
        }
        StringBuilder why = new StringBuilder("verbatim, kept in year 2, boundary/overlap:");
        for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
            int e = i + n.length();
            Span sp = text.toOriginal(i, e);
            why.append(" |").append(t, Math.max(0, i - 4), i).append('[').append(n).append(']')
                    .append(t, e, Math.min(t.length(), e + 4))
                    .append(CrossYearPass.cleanStart(t, i) ? "" : " badstart")
                    .append(CrossYearPass.cleanEnd(t, e) ? "" : " badend");
            d1.kept().stream().filter(m -> !m.type().isFigure() && m.span().begin() < sp.end()
                    && sp.begin() < m.span().end()).forEach(m -> why.append(" ov=").append(m.surface()));
        }
        return why.toString();
    }

    /** How the first name relates to the second (the second report's form). */
    private static String shape(String first, String second) {
        String a = Names.key(first);
        String b = Names.key(second);
        if (a.startsWith(b) || b.startsWith(a)) {
            return "one begins the other";
        }
        if (a.endsWith(b) || b.endsWith(a)) {
            return "one ends the other (prefix)";
        }
        if (a.contains(b) || b.contains(a)) {
            return "one inside the other";
        }
        return "other shape";
    }

    private static DocumentMeta meta(SiblingDocument d) {
        return new DocumentMeta(d.file(), d.stem(), null, d.year(), "", "", "", d.jurisdiction());
    }

    private static boolean has(List<Mention> ms, String name) {
        String key = Names.key(name);
        return ms.stream().anyMatch(m -> !m.type().isFigure() && Names.key(m.surface()).equals(key));
    }
}
