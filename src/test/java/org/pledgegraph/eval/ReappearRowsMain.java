package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQueries;
import org.pledgegraph.store.NamedQuery;

/**
 * Dev tool: the rows the eval's {@code reappear} scoring misses and the entities it lists that no row has, for the
 * <b>dev or training</b> pairs ({@code ReappearRowsMain STORE [--gold DIR]}); held-out pairs are skipped. A miss is
 * tagged by whether each report has a mention of the row's name and whether the first one is a commitment.
 */
public final class ReappearRowsMain {
    private ReappearRowsMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold diag = DiagGold.of(args);
        NamedQuery reappear = NamedQueries.load(Path.of("queries")).get("reappear");
        Map<String, Integer> tally = new TreeMap<>();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            List<StoredMention> mentions = store.read(store::mentions);
            Map<String, List<StoredMention>> byDoc = DiagGold.byDocument(mentions);
            for (ReappearGold pair : diag.gold().reappear()) {
                if (!diag.listable(pair)) {
                    continue;
                }
                ReappearScore s = store.read(() -> ReappearScorer.score(pair, StoreEvaluation.reappearances(store, reappear, pair)));
                for (ReappearRow r : s.misses()) {
                    List<StoredMention> f = find(byDoc, r.firstStem(), r.firstName());
                    List<StoredMention> g = find(byDoc, r.secondStem(), r.secondName());
                    String cause = f.isEmpty() ? "first not extracted" : g.isEmpty() ? "second not extracted"
                            : f.stream().noneMatch(m -> m.modality() == Modality.COMMITMENT) ? "first not a commitment"
                            : "not joined";
                    tally.merge("miss " + (r.strict() ? "strict " : "loose ") + cause, 1, Integer::sum);
                    System.out.println("MISS\t" + pair.pair() + "\t" + (r.strict() ? "strict" : "loose") + "\t" + cause + "\t"
                            + r.firstName() + "\t" + r.secondName() + "\t" + f.stream().map(m -> m.surface() + "/" + m.modality())
                            .distinct().collect(Collectors.joining(";")));
                }
                for (PredictedReappearance p : s.falsePositives()) {
                    tally.merge("false positive", 1, Integer::sum);
                    System.out.println("FP\t" + pair.pair() + "\t" + p.label() + "\t" + p.names());
                }
            }
        }
        tally.forEach((k, v) -> System.out.println("TALLY\t" + k + "\t" + v));
    }

    private static List<StoredMention> find(Map<String, List<StoredMention>> byDoc, String stem, String name) {
        String key = Names.key(name);
        return byDoc.getOrDefault(stem, List.of()).stream().filter(m -> Names.key(m.surface()).equals(key)).toList();
    }

}
