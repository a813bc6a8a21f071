package org.pledgegraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.WrittenDocuments;
import org.pledgegraph.text.Normalizer;

/**
 * Runs the {@link CrossYearPass} over every stored government: each document gets, as corroborated mentions,
 * the clean occurrences of names its government's other documents kept on their own evidence. Recomputed
 * from the stored documents (their own kept mentions, never the corroborated ones), so the store depends on
 * the set of documents and not on the order or the runs they came in: a report added later also adds
 * mentions to the earlier years. Call inside the write transaction that resolves.
 */
record CrossYearStep(GraphStore store, IriMinter iris, CrossYearPass pass, WrittenDocuments written) {
    /** Reading every document from the store. */
    CrossYearStep(GraphStore store, IriMinter iris, CrossYearPass pass) {
        this(store, iris, pass, new WrittenDocuments());
    }

    /** Recomputes the corroborated mentions of every document; returns how many document graphs changed. */
    int run() {
        return run(Optional.empty());
    }

    /**
     * Recomputes the corroborated mentions of the documents of the governments {@code only} (place local names;
     * empty: every government); returns how many document graphs changed. A document's corroborated mentions
     * depend only on its own government's documents, so after an ingest the governments of the documents it
     * wrote (and replaced) are all that can change: recomputing the others, as every ingest did, read every
     * stored text again (most of a large store's resolution time).
     */
    int run(Optional<Set<String>> only) {
        int changed = 0;
        for (Map.Entry<String, SortedSet<String>> government : store.documentsByJurisdiction(iris).entrySet()) {
            if (only.isEmpty() || only.get().contains(government.getKey())) {
                changed += government(government.getValue());
            }
        }
        return changed;
    }

    private int government(SortedSet<String> stems) {
        List<GraphStore.SiblingDocument> docs = new ArrayList<>();
        for (String stem : stems) {
            // This run's documents as it wrote them; the others (earlier runs, or past the cache's budget) from the store.
            written.get(stem).or(() -> store.siblingDocument(iris, stem)).ifPresent(docs::add);
        }
        // name (normalised) → type counts and the documents that kept it
        Map<String, Map<EntityType, Integer>> types = new TreeMap<>();
        Map<String, SortedSet<String>> keptIn = new TreeMap<>();
        for (GraphStore.SiblingDocument d : docs) {
            for (Mention m : d.kept()) {
                if (m.type().isFigure()) {
                    continue;
                }
                String name = Normalizer.normalize(m.surface()).text();
                if (!pass.carries(name)) {
                    continue;
                }
                types.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
                keptIn.computeIfAbsent(name, k -> new TreeSet<>()).add(d.stem());
            }
        }
        Map<String, Integer> yearOf = new TreeMap<>();
        docs.forEach(d -> yearOf.put(d.stem(), d.year()));
        int changed = 0;
        for (GraphStore.SiblingDocument d : docs) {
            Map<String, CrossYearPass.Sibling> siblings = new TreeMap<>();
            keptIn.forEach((name, in) -> {
                SortedSet<String> others = new TreeSet<>(in);
                others.remove(d.stem());
                // a report years away is no witness for this one: the name may be another year's thing
                others.removeIf(o -> Math.abs(yearOf.get(o) - d.year()) > CrossYearPass.NEARBY_YEARS);
                if (!others.isEmpty()) {
                    siblings.put(name, new CrossYearPass.Sibling(commonest(types.get(name)), others));
                }
            });
            List<CrossYearPass.Added> added = siblings.isEmpty() ? List.of()
                    : pass.find(meta(d), d.text(), d.kept(), siblings);
            if (store.replaceCorroborated(iris, d, added.stream().map(CrossYearPass.Added::mention).toList(),
                    added.stream().map(CrossYearPass.Added::corroboratedBy).toList())) {
                changed++;
            }
        }
        return changed;
    }

    /** The type most documents gave the name; ties go to the first in declaration order (deterministic). */
    private static EntityType commonest(Map<EntityType, Integer> counts) {
        EntityType best = null;
        for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static DocumentMeta meta(GraphStore.SiblingDocument d) {
        return new DocumentMeta(d.file(), d.stem(), null, d.year(), "", "", "", d.jurisdiction());
    }
}
