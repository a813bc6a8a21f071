package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.resolve.Curation;
import org.pledgegraph.resolve.ResolvedEntity;
import org.pledgegraph.resolve.Resolver;
import org.pledgegraph.store.GraphStore;

/**
 * Dev tool: the <b>dev</b> pairs' reappear rows that resolution misses although both names were extracted,
 * with the current resolver run in-process over the mentions of an ingested store (no re-ingest needed):
 * {@code ReappearDiagMain STORE [--gold src/test/resources/gold-train]}. Held-out pairs are counted, never listed.
 */
public final class ReappearDiagMain {
    private ReappearDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        GoldSet gold = diag.gold();
        Path cur = Path.of("seeds/curation.tsv");
        List<StoredMention> mentions;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            mentions = store.read(store::mentions);
        }
        List<ResolvedEntity> entities = new Resolver(Extractor.defaults().places())
                .resolve(mentions, Files.exists(cur) ? Curation.read(cur) : Curation.NONE).entities();
        Map<String, StoredMention> byIri = mentions.stream().collect(Collectors.toMap(StoredMention::iri, m -> m, (a, b) -> a));
        Map<String, ResolvedEntity> entityOf = new HashMap<>();
        Map<String, ResolvedEntity> byKey = new HashMap<>();
        for (ResolvedEntity e : entities) {
            e.mentions().forEach(m -> entityOf.put(m, e));
            byKey.put(e.type() + "|" + e.key(), e);
        }
        Map<String, Integer> tally = new TreeMap<>();
        for (ReappearGold pair : gold.reappear()) {
            boolean dev = diag.listable(pair);
            for (ReappearRow r : pair.rows()) {
                List<StoredMention> first = find(mentions, r.firstStem(), r.firstName());
                List<StoredMention> second = find(mentions, r.secondStem(), r.secondName());
                String outcome;
                if (first.isEmpty()) {
                    outcome = "first not extracted";
                } else if (second.isEmpty()) {
                    outcome = "second not extracted";
                } else {
                    Set<ResolvedEntity> e1 = first.stream().map(m -> entityOf.get(m.iri())).collect(Collectors.toSet());
                    boolean promised = first.stream().anyMatch(m -> m.modality() == Modality.COMMITMENT);
                    boolean joined = second.stream().map(m -> entityOf.get(m.iri())).anyMatch(e -> e1.contains(e)
                            || e1.stream().anyMatch(x -> x != null && e != null && (e.key().equals(x.partOfKey())
                            || x.key().equals(e.partOfKey()))));
                    outcome = !joined ? "both extracted, not joined" : promised ? "found" : "joined, first not a commitment";
                    if (dev && !outcome.equals("found")) {
                        System.out.println(pair.pair() + "\t" + outcome + "\t" + (r.strict() ? "strict" : "loose") + "\t"
                                + r.firstName() + " [" + first.get(0).type().key() + " " + labels(first, entityOf) + "]\t"
                                + r.secondName() + " [" + second.get(0).type().key() + " " + labels(second, entityOf) + "]");
                    }
                }
                tally.merge((dev ? "dev " : "held-out ") + outcome, 1, Integer::sum);
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    private static String labels(List<StoredMention> ms, Map<String, ResolvedEntity> entityOf) {
        List<String> l = new ArrayList<>();
        for (StoredMention m : ms) {
            ResolvedEntity e = entityOf.get(m.iri());
            l.add(m.surface() + "→" + (e == null ? "?" : e.label()) + "/" + m.modality());
        }
        return String.join("; ", l);
    }

    private static List<StoredMention> find(List<StoredMention> mentions, String stem, String name) {
        String key = Names.key(name);
        return mentions.stream().filter(m -> DiagGold.stemOf(m.document()).equals(stem) && Names.key(m.surface()).equals(key)).toList();
    }

}
