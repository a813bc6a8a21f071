package org.pledgegraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The government page's promise tracker, also served as CSV: what became of each promise of one year in the
 * government's later documents, from the mentions {@link PlacePage#mentions} gives.
 */
final class PromiseTracker {
    private PromiseTracker() {
    }

    /** What became of one promise of year {@code from}. */
    record Tracked(Node entity, String label, String type, PlacePage.M promise, PlacePage.M later, String status) {
    }

    /**
     * For each entity promised in a document of year {@code from}: its mentions in year {@code to} (or in any
     * later year when {@code to} is null) decide the status: completed, advanced (a later stage), restated
     * (promised again), mentioned, or silent since {@code from}.
     */
    static List<Tracked> track(DatasetGraph dsg, String base, List<PlacePage.M> all, int from, Integer to) {
        Node entities = IriMinter.withBase(base).entitiesGraph();
        return track(all, e -> related(dsg, entities, e), from, to);
    }

    /**
     * The parts and wholes of one entity (pg:partOf, one step either way): a later mention of a phase or of the
     * whole counts for a promise, as in the named query `reappear`. Two index look-ups per promise in the
     * entities graph, where resolution writes pg:partOf, as it writes the continuity table the rest of the page
     * reads: reading every pg:partOf of the store instead cost a tenth of a city's page, and the same look-ups
     * over every graph (and the default graph) a fifth of it.
     */
    static java.util.Set<Node> related(DatasetGraph dsg, Node entities, Node entity) {
        java.util.Set<Node> out = new java.util.HashSet<>();
        dsg.find(entities, entity, PG.partOf, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        dsg.find(entities, Node.ANY, PG.partOf, entity).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** As {@link #track(DatasetGraph, String, List, int, Integer)}, with each entity's parts and wholes from {@code related}. */
    static List<Tracked> track(List<PlacePage.M> all, java.util.function.Function<Node, java.util.Set<Node>> related,
                               int from, Integer to) {
        Map<Node, PlacePage.M> promises = new LinkedHashMap<>();
        for (PlacePage.M m : all) {
            if (m.year() == from && m.modality().equals("Commitment")) {
                promises.merge(m.entity(), m, (a, b) -> Layout.stageRank(b.stage()) > Layout.stageRank(a.stage()) ? b : a);
            }
        }
        // Each entity's mentions by position in `all`: a promise looks only at its own and its parts' and
        // wholes' mentions, in the order of `all` (ties keep the first), instead of every mention of the
        // government (promises × mentions: a third of a city's page).
        Map<Node, List<Integer>> positions = new java.util.HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            positions.computeIfAbsent(all.get(i).entity(), k -> new ArrayList<>()).add(i);
        }
        List<Tracked> out = new ArrayList<>();
        for (PlacePage.M p : promises.values()) {
            PlacePage.M best = null;
            String status = null;
            int bestScore = -1;
            List<Integer> candidates = new ArrayList<>(positions.getOrDefault(p.entity(), List.of()));
            for (Node r : related.apply(p.entity())) {
                if (!r.equals(p.entity())) {
                    candidates.addAll(positions.getOrDefault(r, List.of()));
                }
            }
            candidates.sort(null);
            for (int i : candidates) {
                PlacePage.M m = all.get(i);
                boolean same = m.entity().equals(p.entity());
                if (m.year() <= from || (to != null && m.year() != to)) {
                    continue;
                }
                // A part's or the whole's mention shows the promise reappears, not that it advanced.
                boolean done = same && m.modality().equals("Report")
                        && (m.stage().equals("Completed") || m.stage().equals("Operating"));
                boolean advanced = same && Layout.stageRank(m.stage()) > Layout.stageRank(p.stage());
                int score = done ? 4 : advanced ? 3 : same && m.modality().equals("Commitment") ? 2 : 1;
                if (score > bestScore || (score == bestScore && m.year() > best.year())) {
                    bestScore = score;
                    best = m;
                    status = done ? "completed 建成" : advanced ? "advanced 推进" : score == 2 ? "restated 重申" : "mentioned 提及";
                }
            }
            out.add(new Tracked(p.entity(), p.label(), p.type(), p, best,
                    best == null ? (to == null ? "silent since " + from + " 此后未再提及" : "not in " + to + " 未提及") : status));
        }
        out.sort(Comparator.comparing((Tracked t) -> t.later() == null).thenComparing(Tracked::status).thenComparing(Tracked::label));
        return out;
    }

    static List<String> trackerHeader() {
        return List.of("entity", "label", "type", "status", "promiseFile", "promiseStage", "promise", "laterYear",
                "laterFile", "laterModality", "laterStage", "later");
    }

    static List<List<String>> trackerRows(List<Tracked> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Tracked t : rows) {
            PlacePage.M l = t.later();
            out.add(List.of(t.entity().getURI(), t.label(), t.type(), t.status(), t.promise().file(), t.promise().stage(),
                    t.promise().evidence(), l == null ? "" : String.valueOf(l.year()), l == null ? "" : l.file(),
                    l == null ? "" : l.modality(), l == null ? "" : l.stage(), l == null ? "" : l.evidence()));
        }
        return out;
    }
}
