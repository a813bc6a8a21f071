package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.model.Modality;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.resolve.NameKey;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQuery;

/**
 * Dev tool: why the {@code reappear} query misses each gold row of the <b>dev or training</b> pairs, read from an
 * ingested store as it is (its stored entities, not a re-run of the resolver):
 * {@code ReappearCausesMain STORE [--gold src/test/resources/gold-train]}. The causes are {@link ReappearMissCause}'s;
 * rows resolved apart are also tallied by how their two names differ ({@link ReappearMissCause#variant}). Held-out
 * pairs are skipped (not even counted: their numbers come from eval only) and the helper gold is refused.
 */
public final class ReappearCausesMain {
    private ReappearCausesMain() {
    }

    public static void main(String[] args) throws Exception {
        DiagGold.runOnStore(args, ReappearCausesMain::run);
    }

    private static void run(GraphStore store, DiagGold diag, NamedQuery reappear, Map<String, Integer> tally) {
        DatasetGraph dsg = store.datasetGraph();
        List<StoredMention> mentions = store.mentions();
        Map<String, List<StoredMention>> byDoc = DiagGold.byDocument(mentions);
        Map<String, String> entityOf = DiagGold.entityOf(dsg);
        Map<String, Set<String>> related = DiagGold.related(dsg);
        Map<String, String> governments = store.governmentsByStem();
        Map<String, Set<String>> refusals = refusals(dsg);
        for (ReappearGold pair : diag.gold().reappear()) {
            if (!diag.listable(pair)) {
                continue;
            }
            ReappearScore s = ReappearScorer.score(pair, StoreEvaluation.reappearances(store, reappear, pair));
            tally.merge("rows", pair.rows().size(), Integer::sum);
            List<StoredMention> inFirst = byDoc.getOrDefault(pair.firstStem(), List.of());
            Set<String> promised = inFirst.stream().filter(m -> m.modality() == Modality.COMMITMENT)
                    .map(m -> entityOf.get(m.iri())).collect(Collectors.toSet());
            for (ReappearRow r : s.misses()) {
                List<StoredMention> f = find(inFirst, r.firstName());
                List<StoredMention> g = find(byDoc.getOrDefault(pair.secondStem(), List.of()), r.secondName());
                ReappearMissCause cause = ReappearMissCause.classify(entities(f, entityOf), entities(g, entityOf),
                        related, promised);
                String detail = "";
                if (cause == ReappearMissCause.RESOLVED_APART) {
                    detail = ReappearMissCause.variant(r.firstName(), r.secondName(),
                            governmentNames(governments.getOrDefault(pair.firstStem(), "")));
                    tally.merge(cause.label() + " / " + detail, 1, Integer::sum);
                    Set<String> refused = refusals.getOrDefault(pairKey(NameKey.of(r.firstName()), NameKey.of(r.secondName())),
                            Set.of());
                    tally.merge(cause.label() + " refused by " + (refused.isEmpty() ? "no rule" : String.join("+", refused)),
                            1, Integer::sum);
                    detail += " " + refused;
                } else if (cause == ReappearMissCause.NOT_PROMISED) {
                    Set<String> joined = entities(f, entityOf);
                    detail = inFirst.stream().filter(m -> joined.contains(entityOf.get(m.iri())))
                            .map(m -> m.modality() + (m.stage() == null ? "" : "/" + m.stage()) + (m.corroborated() ? "/corr" : ""))
                            .distinct().sorted().collect(Collectors.joining(","));
                }
                tally.merge(cause.label(), 1, Integer::sum);
                System.out.println("MISS\t" + pair.pair() + "\t" + cause.label() + "\t" + detail + "\t"
                        + (r.strict() ? "strict" : "loose") + "\t" + r.firstName() + " " + describe(f, entityOf) + "\t"
                        + r.secondName() + " " + describe(g, entityOf));
            }
        }
    }

    /** The rules that matched two names and were refused (kept apart), by {@link #pairKey} of the two names. */
    private static Map<String, Set<String>> refusals(DatasetGraph dsg) {
        Map<String, Set<String>> out = new HashMap<>();
        dsg.find(null, null, PG.rdfType, PG.ResolutionDecision).forEachRemaining(q -> {
            Node d = q.getSubject();
            String rule = literal(dsg, d, PG.rule);
            String outcome = object(dsg, d, PG.outcome);
            if (rule != null && outcome != null && !outcome.endsWith("Merged") && !outcome.endsWith("Related")) {
                out.computeIfAbsent(pairKey(bare(literal(dsg, d, PG.leftName)), bare(literal(dsg, d, PG.rightName))),
                        k -> new java.util.TreeSet<>()).add(rule);
            }
        });
        return out;
    }

    /** A decision's name without its {@code type:} or {@code place:} qualifier. */
    private static String bare(String name) {
        return name == null ? "" : name.substring(name.indexOf(':') + 1);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(null, s, p, null);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static String object(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(null, s, p, null);
        return it.hasNext() ? it.next().getObject().toString() : null;
    }

    /** The government's name and its parts at level characters (深圳市福田区 → 深圳市, 深圳, 福田区, 福田). */
    static Set<String> governmentNames(String government) {
        Set<String> out = new LinkedHashSet<>();
        if (government.isEmpty()) {
            return out;
        }
        out.add(government);
        for (String part : government.split("(?<=[省市区县])")) {
            out.add(part);
            if (part.length() > 2) {
                out.add(part.substring(0, part.length() - 1));
            }
        }
        return out;
    }

    private static Set<String> entities(List<StoredMention> ms, Map<String, String> entityOf) {
        return ms.stream().map(m -> entityOf.get(m.iri())).filter(e -> e != null).collect(Collectors.toSet());
    }

    private static String describe(List<StoredMention> ms, Map<String, String> entityOf) {
        List<String> out = new ArrayList<>();
        for (StoredMention m : ms) {
            String e = entityOf.get(m.iri());
            out.add(m.type().key() + ":" + (e == null ? "?" : e.substring(e.length() - 6)) + "/" + m.modality().key());
        }
        return out.stream().distinct().collect(Collectors.joining(",", "[", "]"));
    }

    private static List<StoredMention> find(List<StoredMention> doc, String name) {
        String key = Names.key(name);
        return doc.stream().filter(m -> Names.key(m.surface()).equals(key)).toList();
    }

}
