package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.GraphStore.SiblingDocument;
import org.pledgegraph.text.Normalizer;

/**
 * Dev tool: names the judge proposed in a report of a <b>training or dev</b> government but no report of the government
 * kept, with the best probability the exact string got in each report, in how many reports it is written, and whether
 * it is a gold entity / a reappear row's name: {@code RecurrenceDiagMain STORE [--gold DIR]}. Prints one line per
 * (government, name): {@code NAME gov name maxP pAbove(0.05) docsProposed docsWritten goldDocs row}; held-out and
 * helper governments are skipped (only the gold folder's listable documents are read).
 */
public final class RecurrenceDiagMain {
    private RecurrenceDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        Extractor ex = Extractor.defaults();
        CandidateJudge judge = ex.judge();
        CrossYearPass pass = ex.crossYear();
        IriMinter iris = IriMinter.defaults();
        Map<String, GoldDocument> gold = new HashMap<>();
        diag.gold().documents().forEach(d -> gold.put(d.stem(), d));
        Set<String> listable = new HashSet<>();
        Map<String, Set<String>> rowNames = new HashMap<>();
        for (ReappearGold pair : diag.gold().reappear()) {
            if (diag.listable(pair)) {
                listable.add(pair.firstStem());
                listable.add(pair.secondStem());
                Set<String> names = rowNames.computeIfAbsent(pair.firstStem().replaceAll("-\\d{4}$", ""), k -> new HashSet<>());
                pair.rows().forEach(r -> names.add(Names.key(r.firstName())));
            }
        }
        Map<String, int[]> sim = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            Map<String, List<Mention>> byDoc = store.read(store::mentionsByDocument);
            Map<String, SortedSet<String>> govs = store.read(() -> store.documentsByJurisdiction(iris));
            for (Map.Entry<String, SortedSet<String>> g : govs.entrySet()) {
                List<String> stems = g.getValue().stream().filter(listable::contains).toList();
                if (stems.size() < 2) {
                    continue;
                }
                Set<String> kept = new HashSet<>();
                Map<String, Map<String, Double>> best = new TreeMap<>(); // name → stem → best p
                Map<String, String> texts = new HashMap<>();
                for (String s : stems) {
                    byDoc.getOrDefault(s, List.of()).forEach(m -> kept.add(Names.key(m.surface())));
                    SiblingDocument d = store.read(() -> store.siblingDocument(iris, s)).orElseThrow();
                    texts.put(s, Normalizer.normalize(d.text()).text());
                    DocumentMeta meta = new DocumentMeta(d.file(), s, null, d.year(), "", "", "", d.jurisdiction());
                    for (Proposal p : ex.proposals(ex.analyse(meta, d.text()), judge.specificity())) {
                        double prob = judge.isCategory(p.name()) || judge.fragment(p.name()) != null ? 0
                                : judge.keepProbability(p.features());
                        best.computeIfAbsent(Normalizer.normalize(p.name()).text(), k -> new TreeMap<>())
                                .merge(s, prob, Math::max);
                    }
                }
                String govKey = stems.get(0).replaceAll("-\\d{4}$", "");
                simulate(store, iris, pass, stems, best, kept, byDoc, gold, diag, sim, texts);
                for (Map.Entry<String, Map<String, Double>> e : best.entrySet()) {
                    String name = e.getKey();
                    if (kept.contains(Names.key(name)) || !pass.carries(name)) {
                        continue;
                    }
                    double max = e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    if (max < 0.02) {
                        continue;
                    }
                    long above = e.getValue().values().stream().filter(p -> p >= 0.05).count();
                    long written = stems.stream().filter(s -> texts.get(s).contains(name)).count();
                    long goldDocs = stems.stream().filter(s -> gold.containsKey(s) && gold.get(s).entities().stream()
                            .anyMatch(r -> r.names().stream().anyMatch(n -> Names.key(n).equals(Names.key(name))))).count();
                    boolean row = rowNames.getOrDefault(govKey, Set.of()).contains(Names.key(name));
                    System.out.println(String.format(Locale.ROOT, "NAME\t%s\t%s\t%.3f\t%d\t%d\t%d\t%d\t%s", govKey, name,
                            max, above, e.getValue().size(), written, goldDocs, row ? "ROW" : "-"));
                }
            }
            sim.forEach((k, c) -> System.out.println("SIM\t" + k + "\tadded " + c[0] + "\tgold " + c[1]
                    + "\trows " + c[2]));
        }
    }

    private static final double[] FLOORS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.35, 0.50};

    /**
     * What the cross-year pass would add if the names proposed with p ≥ floor were carried: mode "2prop" needs the
     * name proposed ≥ floor in two reports, "1prop" in one and written in another.
     */
    private static void simulate(GraphStore store, IriMinter iris, CrossYearPass pass, List<String> stems,
                                 Map<String, Map<String, Double>> best, Set<String> kept, Map<String, List<Mention>> byDoc,
                                 Map<String, GoldDocument> gold, DiagGold diag, Map<String, int[]> sim,
                                 Map<String, String> texts) {
        for (double floor : FLOORS) {
            for (String mode : List.of("2prop", "1prop")) {
                Map<String, CrossYearPass.Sibling> names = new TreeMap<>();
                for (Map.Entry<String, Map<String, Double>> e : best.entrySet()) {
                    String name = e.getKey();
                    if (kept.contains(Names.key(name)) || !pass.carries(name)) {
                        continue;
                    }
                    java.util.SortedSet<String> voters = new java.util.TreeSet<>();
                    e.getValue().forEach((s, p) -> {
                        if (p >= floor) {
                            voters.add(s);
                        }
                    });
                    if (voters.size() >= (mode.equals("2prop") ? 2 : 1)
                            && stems.stream().filter(x -> texts.get(x).contains(name)).count() >= 2) {
                        names.put(name, new CrossYearPass.Sibling(org.pledgegraph.model.EntityType.PROJECT, voters));
                    }
                }
                Map<String, Set<String>> added = new HashMap<>();
                for (String s : stems) {
                    SiblingDocument d = store.read(() -> store.siblingDocument(iris, s)).orElseThrow();
                    DocumentMeta meta = new DocumentMeta(d.file(), s, null, d.year(), "", "", "", d.jurisdiction());
                    Set<String> own = new HashSet<>();
                    byDoc.getOrDefault(s, List.of()).forEach(m -> own.add(Names.key(m.surface())));
                    for (CrossYearPass.Added a : pass.find(meta, d.text(), d.kept(), names)) {
                        String k = Names.key(a.mention().surface());
                        if (!own.contains(k)) {
                            added.computeIfAbsent(s, x -> new HashSet<>()).add(k);
                        }
                    }
                }
                int[] c = sim.computeIfAbsent(String.format(Locale.ROOT, "%.2f %s", floor, mode), k -> new int[3]);
                added.forEach((s, ks) -> {
                    GoldDocument g = gold.get(s);
                    for (String k : ks) {
                        c[0]++;
                        if (g != null && g.entities().stream().anyMatch(r -> r.names().stream()
                                .anyMatch(n -> Names.key(n).equals(k)))) {
                            c[1]++;
                        }
                    }
                });
                for (ReappearGold pair : diag.gold().reappear()) {
                    if (!stems.contains(pair.firstStem()) || !stems.contains(pair.secondStem())) {
                        continue;
                    }
                    for (ReappearRow r : pair.rows()) {
                        String k1 = Names.key(r.firstName());
                        String k2 = Names.key(r.secondName());
                        boolean had1 = has(byDoc, pair.firstStem(), k1);
                        boolean had2 = has(byDoc, pair.secondStem(), k2);
                        boolean now1 = had1 || added.getOrDefault(pair.firstStem(), Set.of()).contains(k1);
                        boolean now2 = had2 || added.getOrDefault(pair.secondStem(), Set.of()).contains(k2);
                        if (now1 && now2 && !(had1 && had2)) {
                            c[2]++;
                        }
                    }
                }
            }
        }
    }

    private static boolean has(Map<String, List<Mention>> byDoc, String stem, String key) {
        return byDoc.getOrDefault(stem, List.of()).stream().anyMatch(m -> Names.key(m.surface()).equals(key));
    }
}
