package org.pledgegraph.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQuery;

/**
 * Dev tool: the entities the {@code reappear} query lists that no gold row of the pair has (its false rows), for the
 * <b>dev or training</b> pairs, sorted by what the two documents' entity gold says about their names:
 * {@code ReappearFalseMain STORE [--gold src/test/resources/gold-train]}. Kinds: no gold entity in either report (a
 * category or fragment), a gold entity the first report does not promise, a later mention only through a part or
 * whole, a gold entity in one report only (a wrong join or a name the gold does not keep), a gold entity in both
 * (the reappear gold leaves it out, or names it otherwise). Also one {@code ALL} line per listed entity (right or
 * false, type, whether the first report's promise and the second report's mention were kept on the report's own
 * evidence or added by the cross-year pass, and counts), tallied as {@code F …}. Held-out pairs are skipped; the
 * helper gold is refused.
 */
public final class ReappearFalseMain {
    private ReappearFalseMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold.runOnStore(args, ReappearFalseMain::run);
    }

    private static void run(GraphStore store, DiagGold diag, NamedQuery reappear, Map<String, Integer> tally) {
        DatasetGraph dsg = store.datasetGraph();
        Map<String, List<StoredMention>> byDoc = DiagGold.byDocument(store.mentions());
        Map<String, String> entityOf = DiagGold.entityOf(dsg);
        Map<String, Set<String>> related = DiagGold.related(dsg);
        Map<String, GoldDocument> goldDocs = diag.gold().documents().stream()
                .collect(Collectors.toMap(GoldDocument::stem, d -> d, (a, b) -> a));
        for (ReappearGold pair : diag.gold().reappear()) {
            if (!diag.listable(pair)) {
                continue;
            }
            ReappearScore s = ReappearScorer.score(pair, StoreEvaluation.reappearances(store, reappear, pair));
            tally.merge("listed", s.score().predicted(), Integer::sum);
            List<PredictedReappearance> listed = StoreEvaluation.reappearances(store, reappear, pair);
            for (PredictedReappearance p : listed) {
                boolean right = !s.falsePositives().contains(p);
                List<StoredMention> y = byDoc.getOrDefault(pair.firstStem(), List.of()).stream()
                        .filter(m -> p.entity().equals(entityOf.get(m.iri())) && m.modality() == Modality.COMMITMENT).toList();
                Set<String> nearAll = related.getOrDefault(p.entity(), Set.of());
                List<StoredMention> z = byDoc.getOrDefault(pair.secondStem(), List.of()).stream()
                        .filter(m -> p.entity().equals(entityOf.get(m.iri())) || nearAll.contains(entityOf.get(m.iri()))).toList();
                String f = "Y " + (y.stream().anyMatch(m -> !m.corroborated()) ? "own" : "corr")
                        + " | Y+1 " + (z.stream().anyMatch(m -> !m.corroborated() && p.entity().equals(entityOf.get(m.iri()))) ? "own"
                        : z.stream().anyMatch(m -> !m.corroborated()) ? "own-related" : z.stream().anyMatch(m -> p.entity().equals(entityOf.get(m.iri()))) ? "corr" : "corr-related")
                        + (z.stream().allMatch(m -> m.modality() == Modality.REPORT) ? " report-only" : "");
                tally.merge("F " + f + (right ? " TP" : " FP"), 1, Integer::sum);
                System.out.println("ALL\t" + pair.pair() + "\t" + (right ? "TP" : "FP") + "\t" + p.label() + "\t"
                        + y.stream().map(m -> m.type().key()).distinct().sorted().collect(Collectors.joining(",")) + "\t" + f
                        + "\t" + y.size() + "\t" + z.size());
            }
            for (PredictedReappearance p : s.falsePositives()) {
                Set<String> keys = p.names().stream().map(Names::key).collect(Collectors.toSet());
                List<StoredMention> first = byDoc.getOrDefault(pair.firstStem(), List.of()).stream()
                        .filter(m -> p.entity().equals(entityOf.get(m.iri()))).toList();
                Set<String> near = related.getOrDefault(p.entity(), Set.of());
                List<StoredMention> second = byDoc.getOrDefault(pair.secondStem(), List.of()).stream()
                        .filter(m -> p.entity().equals(entityOf.get(m.iri())) || near.contains(entityOf.get(m.iri()))).toList();
                List<GoldRow> g1 = gold(goldDocs.get(pair.firstStem()), keys);
                List<GoldRow> g2 = gold(goldDocs.get(pair.secondStem()), keys);
                boolean selfLater = second.stream().anyMatch(m -> p.entity().equals(entityOf.get(m.iri())));
                String kind;
                if (g1.isEmpty() && g2.isEmpty()) {
                    kind = "no gold entity";
                } else if (!selfLater) {
                    kind = "later only a part or whole";
                } else if (!g1.isEmpty() && g1.stream().noneMatch(r -> r.modality() == Modality.COMMITMENT)) {
                    kind = "gold: not promised in Y";
                } else if (g1.isEmpty() || g2.isEmpty()) {
                    kind = g1.isEmpty() ? "gold entity in Y+1 only" : "gold entity in Y only";
                } else {
                    kind = "gold entity in both";
                }
                tally.merge(kind, 1, Integer::sum);
                System.out.println("FP\t" + pair.pair() + "\t" + kind + "\t" + p.label() + "\t" + first.stream().map(m -> m.type().key()).distinct().collect(Collectors.joining(",")) + "\t" + p.names()
                        + "\tY:" + describe(first, p.entity(), entityOf) + "\tY+1:" + describe(second, p.entity(), entityOf)
                        + "\tgoldY:" + rows(g1) + "\tgoldY+1:" + rows(g2));
            }
        }
    }

    private static List<GoldRow> gold(GoldDocument doc, Set<String> keys) {
        if (doc == null) {
            return List.of();
        }
        return doc.entities().stream().filter(r -> r.names().stream().map(Names::key).anyMatch(keys::contains)).toList();
    }

    private static String rows(List<GoldRow> rows) {
        return rows.stream().map(r -> r.type().key() + ":" + r.name() + "/" + (r.modality() == null ? "-" : r.modality().key()))
                .distinct().collect(Collectors.joining(";"));
    }

    private static String describe(List<StoredMention> ms, String entity, Map<String, String> entityOf) {
        return ms.stream().map(m -> m.surface() + "/" + m.modality().key() + (m.corroborated() ? "/corr" : "")
                        + (entity.equals(entityOf.get(m.iri())) ? "" : "/related"))
                .distinct().collect(Collectors.joining(";"));
    }

}
