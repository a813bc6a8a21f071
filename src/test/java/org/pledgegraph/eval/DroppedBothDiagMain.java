package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;

/**
 * Dev tool: names the judge dropped in both reports of a <b>dev or training</b> pair (with the two probabilities),
 * whether each is a gold entity of either report and whether it is a reappear row:
 * {@code DroppedBothDiagMain STORE [--gold DIR]}. Held-out pairs are skipped.
 */
public final class DroppedBothDiagMain {
    private static final Pattern DROPPED = Pattern.compile("(.+) \\((\\w+)\\): judge ([0-9.]+) <.*");

    private DroppedBothDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        Map<String, Map<String, Double>> dropped = new HashMap<>();
        Map<String, List<Mention>> byDoc;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            byDoc = store.read(store::mentionsByDocument);
            store.read(() -> {
                store.datasetGraph().find(Node.ANY, Node.ANY, PG.droppedName, Node.ANY).forEachRemaining((Quad q) -> {
                    String doc = q.getSubject().getURI();
                    String stem = doc.substring(doc.lastIndexOf('/') + 1);
                    Matcher m = DROPPED.matcher(q.getObject().getLiteralLexicalForm());
                    if (m.matches()) {
                        dropped.computeIfAbsent(stem, k -> new HashMap<>()).merge(Names.key(m.group(1)),
                                Double.parseDouble(m.group(3)), Math::max);
                    }
                });
                return null;
            });
        }
        Map<String, GoldDocument> docs = diag.gold().documents().stream()
                .collect(Collectors.toMap(GoldDocument::stem, d -> d, (a, b) -> a));
        Map<String, Integer> tally = new TreeMap<>();
        for (ReappearGold pair : diag.gold().reappear()) {
            if (!diag.listable(pair)) {
                continue;
            }
            Map<String, Double> d1 = dropped.getOrDefault(pair.firstStem(), Map.of());
            Map<String, Double> d2 = dropped.getOrDefault(pair.secondStem(), Map.of());
            Set<String> kept = Set.copyOf(java.util.stream.Stream.concat(
                    byDoc.getOrDefault(pair.firstStem(), List.of()).stream(),
                    byDoc.getOrDefault(pair.secondStem(), List.of()).stream()).map(m -> Names.key(m.surface())).toList());
            Set<String> gold = goldKeys(docs.get(pair.firstStem()));
            gold.addAll(goldKeys(docs.get(pair.secondStem())));
            Set<String> rows = pair.rows().stream().flatMap(r -> java.util.stream.Stream.of(r.firstName(), r.secondName()))
                    .map(Names::key).collect(Collectors.toSet());
            for (Map.Entry<String, Double> e : d1.entrySet()) {
                Double p2 = d2.get(e.getKey());
                if (p2 == null || kept.contains(e.getKey()) || e.getKey().length() < 4) {
                    continue;
                }
                double lo = Math.min(e.getValue(), p2);
                String band = lo >= 0.3 ? ">=0.30" : lo >= 0.2 ? "0.20-0.30" : lo >= 0.1 ? "0.10-0.20" : "<0.10";
                String what = rows.contains(e.getKey()) ? "reappear row" : gold.contains(e.getKey()) ? "gold entity" : "no gold";
                tally.merge(band + " " + what, 1, Integer::sum);
                System.out.println(pair.pair() + "\t" + e.getKey() + "\t" + e.getValue() + "\t" + p2 + "\t" + what);
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    private static Set<String> goldKeys(GoldDocument d) {
        Set<String> out = new java.util.HashSet<>();
        if (d != null) {
            for (GoldRow r : d.entities()) {
                out.add(Names.key(r.name()));
                r.aliases().forEach(a -> out.add(Names.key(a)));
            }
        }
        return out;
    }
}
