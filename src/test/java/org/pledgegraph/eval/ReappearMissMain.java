package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.GraphStore;

/**
 * Dev tool: the <b>dev</b> pairs' reappear rows whose first or second name no mention has, with where the name is
 * written in each report and the mentions around it: {@code ReappearMissMain STORE [--gold DIR --texts DIR]}. Held-out pairs are counted
 * only (their texts are never read).
 */
public final class ReappearMissMain {
    private ReappearMissMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        GoldSet gold = diag.gold();
        List<StoredMention> mentions;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            mentions = store.read(store::mentions);
        }
        Map<String, List<StoredMention>> byDoc = DiagGold.byDocument(mentions);
        Map<String, Integer> tally = new TreeMap<>();
        for (ReappearGold pair : gold.reappear()) {
            if (!diag.listable(pair)) {
                continue;
            }
            for (ReappearRow r : pair.rows()) {
                boolean f = has(byDoc, r.firstStem(), r.firstName());
                boolean s = has(byDoc, r.secondStem(), r.secondName());
                if (f && s) {
                    continue;
                }
                String side = !f ? "first" : "second";
                String stem = !f ? r.firstStem() : r.secondStem();
                String other = !f ? r.secondStem() : r.firstStem();
                String name = !f ? r.firstName() : r.secondName();
                String otherName = !f ? r.secondName() : r.firstName();
                String n = Names.squeeze(name);
                int here = count(text(diag.texts(), stem), n);
                int there = count(text(diag.texts(), other), n);
                boolean otherHas = has(byDoc, other, otherName);
                String cause = here == 0 ? "not verbatim here" : there > 0 && hasName(byDoc, other, name)
                        ? "verbatim here, kept there" : "verbatim here, not kept there";
                tally.merge(side + " missing: " + cause + (otherHas ? "" : ", other side missing too"), 1, Integer::sum);
                System.out.println(pair.pair() + "\t" + side + "\t" + cause + "\t" + (r.strict() ? "strict" : "loose")
                        + "\t" + name + "\there=" + here + " there=" + there + " otherHas=" + otherHas + "\t" + otherName
                        + "\taround: " + around(byDoc, stem, n));
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    private static String around(Map<String, List<StoredMention>> byDoc, String stem, String n) {
        return byDoc.getOrDefault(stem, List.of()).stream().map(m -> Names.squeeze(m.surface()))
                .filter(s -> s.contains(n) || n.contains(s) && s.length() >= 2).distinct().limit(6)
                .collect(Collectors.joining("|"));
    }

    private static boolean has(Map<String, List<StoredMention>> byDoc, String stem, String name) {
        String key = Names.key(name);
        return byDoc.getOrDefault(stem, List.of()).stream().anyMatch(m -> Names.key(m.surface()).equals(key));
    }

    private static boolean hasName(Map<String, List<StoredMention>> byDoc, String stem, String name) {
        return has(byDoc, stem, name);
    }

    private static String text(Path texts, String stem) throws Exception {
        Path p = texts.resolve(stem + ".txt");
        return Files.exists(p) ? Names.squeeze(Files.readString(p)) : "";
    }

    private static int count(String t, String n) {
        int c = 0;
        for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
            c++;
        }
        return c;
    }

}
