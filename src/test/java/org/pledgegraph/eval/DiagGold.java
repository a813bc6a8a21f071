package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;

/**
 * The gold folder and text folder a dev diagnostic reads ({@code STORE [--gold DIR] [--texts DIR]}), and which pairs
 * it may list row by row: the development pairs of the shared gold, or every pair of a training folder
 * (src/test/resources/gold-train). Held-out governments and the helper-held-out folder are never listed.
 *
 * @param gold  the gold set read
 * @param texts the folder holding the reports' texts
 */
record DiagGold(GoldSet gold, Path texts, boolean training) {
    /** The development pairs of the written split (src/test/resources/gold/split.tsv); the others are held out. */
    private static final List<String> DEV_PAIRS = List.of("shenzhenshi", "shenzhen-futianqu", "shenzhen-longgangqu",
            "henansheng", "guizhousheng");
    private static final List<String> HELD_OUT = List.of("shenzhen-yantianqu", "shenzhen-baoanqu", "zhejiangsheng");

    static DiagGold of(String[] args) {
        Path gold = Path.of("src/test/resources/gold");
        Path texts = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[i + 1]);
                case "--texts" -> texts = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gold.toString().contains("gold-helper")) {
            throw new IllegalArgumentException("the helper-held-out gold is scored with eval only, never listed");
        }
        boolean training = gold.getFileName().toString().equals("gold-train");
        if (texts == null) {
            texts = Path.of(training ? "../shared/corpus/local" : "src/test/resources/corpus/local");
        }
        return new DiagGold(GoldReader.readSet(gold), texts, training);
    }

    /** Whether this pair's rows may be printed (development or training data). */
    boolean listable(ReappearGold pair) {
        if (HELD_OUT.stream().anyMatch(p -> pair.firstStem().startsWith(p + "-"))) {
            return false;
        }
        return training || DEV_PAIRS.stream().anyMatch(p -> pair.firstStem().startsWith(p + "-"));
    }

    /** A reappear diagnostic over an ingested store, inside one read transaction; it adds to {@code tally}. */
    interface StoreDiag {
        void run(GraphStore store, DiagGold diag, NamedQuery reappear, Map<String, Integer> tally);
    }

    /** Opens the store {@code args[0]}, runs {@code body} with the shipped {@code reappear} query, prints the tally. */
    static void runOnStore(String[] args, StoreDiag body) throws Exception {
        DiagGold diag = of(args);
        NamedQuery reappear = NamedQueries.load(Path.of("queries")).get("reappear");
        Map<String, Integer> tally = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.read(() -> {
                body.run(store, diag, reappear, tally);
                return null;
            });
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    /** A stored mention's document stem: the last path segment of its document IRI or file, without ".txt". */
    static String stemOf(String document) {
        String d = document.substring(document.lastIndexOf('/') + 1);
        return d.endsWith(".txt") ? d.substring(0, d.length() - 4) : d;
    }

    /** The mentions by their document's stem. */
    static Map<String, List<StoredMention>> byDocument(List<StoredMention> mentions) {
        return mentions.stream().collect(Collectors.groupingBy(m -> stemOf(m.document())));
    }

    /** Mention IRI → the entity it names (pg:mentions), over every graph. */
    static Map<String, String> entityOf(DatasetGraph dsg) {
        Map<String, String> out = new HashMap<>();
        dsg.find(null, null, PG.mentions, null).forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getURI()));
        return out;
    }

    /** Entity IRI → its parts and wholes (pg:partOf, one step either way). */
    static Map<String, Set<String>> related(DatasetGraph dsg) {
        Map<String, Set<String>> out = new HashMap<>();
        dsg.find(null, null, PG.partOf, null).forEachRemaining(q -> {
            out.computeIfAbsent(q.getSubject().getURI(), k -> new HashSet<>()).add(q.getObject().getURI());
            out.computeIfAbsent(q.getObject().getURI(), k -> new HashSet<>()).add(q.getSubject().getURI());
        });
        return out;
    }
}
