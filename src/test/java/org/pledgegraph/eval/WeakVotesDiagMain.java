package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Normalizer;

/**
 * Dev tool: for the gold names of the <b>dev</b> paired governments that the store's document misses, whether the
 * judge proposed and rejected them (with what probability, from {@code pg:droppedName}) in this report and in the
 * government's other report, or nobody proposed them ({@code WeakVotesDiagMain STORE [--list]}). Held-out skipped.
 */
public final class WeakVotesDiagMain {
    private static final List<String> DEV_PAIRS = List.of("shenzhenshi", "shenzhen-futianqu", "shenzhen-longgangqu",
            "henansheng", "guizhousheng");
    private static final Pattern DROPPED = Pattern.compile("^(.+) \\((\\w+)\\): judge ([0-9.]+) < ");

    private WeakVotesDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean list = args.length > 1 && args[1].equals("--list");
        GoldSet gold = GoldReader.readSet(Path.of("src/test/resources/gold"));
        IriMinter iris = IriMinter.defaults();
        Map<String, List<Mention>> byDoc;
        Map<String, Map<String, Double>> dropped = new HashMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            byDoc = store.read(store::mentionsByDocument);
            store.read(() -> {
                for (Iterator<Quad> it = store.datasetGraph().find(Node.ANY, Node.ANY, PG.droppedName, Node.ANY);
                     it.hasNext(); ) {
                    Quad q = it.next();
                    Matcher m = DROPPED.matcher(q.getObject().getLiteralLexicalForm());
                    if (m.find()) {
                        dropped.computeIfAbsent(iris.stemOf(q.getSubject()), k -> new HashMap<>())
                                .merge(Names.key(m.group(1)), Double.parseDouble(m.group(3)), Math::max);
                    }
                }
                return null;
            });
        }
        Map<String, Integer> tally = new TreeMap<>();
        for (GoldDocument d : gold.documents()) {
            String pair = DEV_PAIRS.stream().filter(p -> d.stem().startsWith(p + "-")).findFirst().orElse(null);
            if (pair == null) {
                continue;
            }
            String other = gold.documents().stream().map(GoldDocument::stem)
                    .filter(s -> s.startsWith(pair + "-") && !s.equals(d.stem())).findFirst().orElseThrow();
            String otherText = Normalizer.normalize(Files.readString(
                    Path.of("src/test/resources/corpus/local", other + ".txt"))).text();
            for (GoldRow r : d.entities()) {
                if (has(byDoc, d.stem(), r.names())) {
                    continue;
                }
                String here = status(byDoc, dropped, d.stem(), r.names(), null);
                String there = status(byDoc, dropped, other, r.names(), otherText);
                tally.merge(here + " / other: " + there, 1, Integer::sum);
                if (list) {
                    System.out.println(d.stem() + "\t" + r.name() + "\t" + here + "\t" + there);
                }
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + v + "\t" + k));
        pool(gold, byDoc, dropped);
    }

    /**
     * The names a two-weak-votes rule would add: rejected (not kept) in both reports of a dev pair, the weaker of
     * the two probabilities at or above T; whether each is a gold name of either report.
     */
    private static void pool(GoldSet gold, Map<String, List<Mention>> byDoc, Map<String, Map<String, Double>> dropped) {
        org.pledgegraph.extract.CrossYearPass pass = org.pledgegraph.extract.Extractor.defaults().crossYear();
        for (String pair : DEV_PAIRS) {
            List<GoldDocument> docs = gold.documents().stream().filter(d -> d.stem().startsWith(pair + "-")).toList();
            java.util.Set<String> goldKeys = new java.util.HashSet<>();
            docs.forEach(d -> d.entities().forEach(r -> r.names().forEach(n -> goldKeys.add(Names.key(n)))));
            Map<String, Double> a = dropped.getOrDefault(docs.get(0).stem(), Map.of());
            Map<String, Double> b = dropped.getOrDefault(docs.get(1).stem(), Map.of());
            for (Map.Entry<String, Double> e : new TreeMap<>(a).entrySet()) {
                Double q = b.get(e.getKey());
                if (q == null || !pass.carries(e.getKey()) || has(byDoc, docs.get(0).stem(), List.of(e.getKey()))
                        || has(byDoc, docs.get(1).stem(), List.of(e.getKey()))) {
                    continue;
                }
                double weaker = Math.min(e.getValue(), q);
                System.out.println("POOL\t" + pair + "\t" + String.format(Locale.ROOT, "%.2f", weaker) + "\t"
                        + (goldKeys.contains(e.getKey()) ? "GOLD" : "-") + "\t" + e.getKey());
            }
        }
    }

    /** kept, dropped with a probability band, written but not proposed, or not written ({@code text} null: skip). */
    private static String status(Map<String, List<Mention>> byDoc, Map<String, Map<String, Double>> dropped,
                                 String stem, List<String> names, String text) {
        if (has(byDoc, stem, names)) {
            return "kept";
        }
        double p = names.stream().map(Names::key).mapToDouble(k -> dropped.getOrDefault(stem, Map.of())
                .getOrDefault(k, -1.0)).max().orElse(-1);
        if (p >= 0) {
            return "rejected " + band(p);
        }
        if (text != null && names.stream().noneMatch(n -> text.contains(Normalizer.normalize(n).text()))) {
            return "not written";
        }
        List<String> keys = names.stream().map(Names::key).toList();
        if (byDoc.getOrDefault(stem, List.of()).stream().map(m -> Names.key(m.surface()))
                .anyMatch(k -> keys.stream().anyMatch(n -> k.contains(n) || n.contains(k) && k.length() >= 2))) {
            return "in/around a kept mention";
        }
        double v = dropped.getOrDefault(stem, Map.of()).entrySet().stream()
                .filter(e -> keys.stream().anyMatch(n -> e.getKey().contains(n) || n.contains(e.getKey())))
                .mapToDouble(Map.Entry::getValue).max().orElse(-1);
        return v >= 0 ? "variant rejected " + band(v) : "not proposed";
    }

    private static String band(double p) {
        double[] edges = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40};
        for (double e : edges) {
            if (p < e) {
                return String.format(Locale.ROOT, "<%.2f", e);
            }
        }
        return ">=0.40";
    }

    private static boolean has(Map<String, List<Mention>> byDoc, String stem, List<String> names) {
        return names.stream().map(Names::key).anyMatch(key -> byDoc.getOrDefault(stem, List.of()).stream()
                .anyMatch(m -> Names.key(m.surface()).equals(key)));
    }
}
