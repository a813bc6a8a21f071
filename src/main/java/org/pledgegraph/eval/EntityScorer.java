package org.pledgegraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pledgegraph.model.Mention;

/**
 * Scores the named entities of one document. A predicted entity is the set of mentions sharing a
 * lenient key ({@link Names#key}); it is correct when its key equals the key of a gold row's name or an
 * alias (type ignored). Strictly it is correct when one of its mentions is spelled exactly as a gold
 * row's name or alias and has that row's type. Attributes are compared on the mention whose evidence
 * contains the gold evidence (the mention the annotator pointed at), else on the entity's first mention;
 * the entity chosen for a gold row is the one keyed by the row's name, else the first keyed by an alias.
 */
final class EntityScorer {
    private EntityScorer() {
    }

    static Outcome lenient(List<GoldRow> gold, List<Mention> predicted) {
        Map<String, List<Mention>> entities = group(predicted);
        Set<String> goldKeys = new HashSet<>();
        gold.forEach(g -> g.names().forEach(n -> goldKeys.add(Names.key(n))));

        AttributeTally tally = new AttributeTally();
        List<GoldRow> misses = new ArrayList<>();
        int found = 0;
        for (GoldRow g : gold) {
            List<Mention> entity = entityFor(g, entities);
            if (entity == null) {
                misses.add(g);
                continue;
            }
            found++;
            Mention m = pointedAt(g, entity);
            tally.type(g, m);
            tally.stage(g, m);
            tally.modality(g, m);
            tally.year(g, m);
        }
        List<Mention> falsePositives = new ArrayList<>();
        entities.forEach((key, mentions) -> {
            if (!goldKeys.contains(key)) {
                falsePositives.add(mentions.get(0));
            }
        });
        Score score = new Score(entities.size() - falsePositives.size(), entities.size(), found, gold.size());
        return new Outcome(score, tally.attributes(), misses, falsePositives, tally.disagreements());
    }

    static Score strict(List<GoldRow> gold, List<Mention> predicted) {
        Map<String, List<Mention>> entities = group(predicted);
        int correct = 0;
        for (List<Mention> entity : entities.values()) {
            if (gold.stream().anyMatch(g -> entity.stream().anyMatch(m -> strictMatch(g, m)))) {
                correct++;
            }
        }
        int found = (int) gold.stream().filter(g -> predicted.stream().anyMatch(m -> strictMatch(g, m))).count();
        return new Score(correct, entities.size(), found, gold.size());
    }

    private static boolean strictMatch(GoldRow g, Mention m) {
        return g.type() == m.type() && g.names().contains(m.surface().strip());
    }

    /** Predicted entities by lenient key, in order of first mention. */
    static Map<String, List<Mention>> group(List<Mention> predicted) {
        Map<String, List<Mention>> entities = new LinkedHashMap<>();
        for (Mention m : predicted) {
            String key = Names.key(m.surface());
            if (!key.isEmpty()) {
                entities.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        return entities;
    }

    private static List<Mention> entityFor(GoldRow g, Map<String, List<Mention>> entities) {
        for (String name : g.names()) {
            List<Mention> entity = entities.get(Names.key(name));
            if (entity != null) {
                return entity;
            }
        }
        return null;
    }

    private static Mention pointedAt(GoldRow g, List<Mention> entity) {
        return entity.stream().filter(m -> Names.evidenceContains(m.evidence(), g.evidence()))
                .findFirst().orElse(entity.get(0));
    }
}
