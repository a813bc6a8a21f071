package org.pledgegraph.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.Score;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.EntityType;

/**
 * Dev tool for {@link JudgeExperimentMain}: per-type thresholds chosen on the leave-one-government-out folds
 * (development governments only), scored pooled (chosen and scored on the same folds) and nested (each fold
 * scored with thresholds chosen on the other folds); and a listing of one variant's errors on dev folds.
 */
final class TypeThresholds {
    static final List<EntityType> TYPES = List.of(EntityType.PARK, EntityType.PROJECT, EntityType.ROAD,
            EntityType.ENTERPRISE, EntityType.FACILITY);
    static final double BASE = 0.25;
    static final List<Double> GRID = List.of(0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5);

    private TypeThresholds() {
    }

    static void search(Map<String, CandidateJudge> judges, List<Analysed> analysed, Extractor rules) {
        // scores[g][type][grid index]
        Map<String, Map<EntityType, List<Score>>> scores = new LinkedHashMap<>();
        judges.forEach((g, j) -> {
            Map<EntityType, List<Score>> byType = new EnumMap<>(EntityType.class);
            for (EntityType t : TYPES) {
                List<Score> row = new ArrayList<>();
                for (double th : GRID) {
                    row.add(score(j.withThreshold(BASE).withTypeThresholds(Map.of(t, th)), g, analysed, rules));
                }
                byType.put(t, row);
            }
            scores.put(g, byType);
        });
        StringBuilder out = new StringBuilder("  per-type thresholds (others at " + BASE + "), pooled micro F1:\n");
        for (EntityType t : TYPES) {
            out.append("   ").append(t.key());
            for (int i = 0; i < GRID.size(); i++) {
                Score micro = Score.ZERO;
                for (Map<EntityType, List<Score>> s : scores.values()) {
                    micro = micro.plus(s.get(t).get(i));
                }
                out.append(String.format(Locale.ROOT, " %.2f:%.3f", GRID.get(i), micro.f1()));
            }
            out.append('\n');
        }
        Map<EntityType, Double> pooled = choose(scores, null);
        Score all = Score.ZERO;
        Score nested = Score.ZERO;
        StringBuilder per = new StringBuilder("   per gov pooled/nested:");
        for (Map.Entry<String, CandidateJudge> e : judges.entrySet()) {
            Score p = score(e.getValue().withThreshold(BASE).withTypeThresholds(pooled), e.getKey(), analysed, rules);
            Map<EntityType, Double> own = choose(scores, e.getKey());
            Score n = score(e.getValue().withThreshold(BASE).withTypeThresholds(own), e.getKey(), analysed, rules);
            all = all.plus(p);
            nested = nested.plus(n);
            per.append(String.format(Locale.ROOT, " %s %.3f/%.3f", e.getKey(), p.f1(), n.f1()));
        }
        out.append("   chosen ").append(pooled).append(String.format(Locale.ROOT,
                "%n   pooled micro %.3f (P %.3f R %.3f), nested micro %.3f (P %.3f R %.3f)%n", all.f1(),
                all.precision(), all.recall(), nested.f1(), nested.precision(), nested.recall())).append(per).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /** Per type, the grid threshold of best micro F1 over the folds other than {@code leftOut} (null: all). */
    private static Map<EntityType, Double> choose(Map<String, Map<EntityType, List<Score>>> scores, String leftOut) {
        Map<EntityType, Double> chosen = new EnumMap<>(EntityType.class);
        for (EntityType t : TYPES) {
            double best = -1;
            double bestTh = BASE;
            for (int i = 0; i < GRID.size(); i++) {
                Score micro = Score.ZERO;
                for (Map.Entry<String, Map<EntityType, List<Score>>> s : scores.entrySet()) {
                    if (!s.getKey().equals(leftOut)) {
                        micro = micro.plus(s.getValue().get(t).get(i));
                    }
                }
                if (micro.f1() > best + 1e-9) {
                    best = micro.f1();
                    bestTh = GRID.get(i);
                }
            }
            chosen.put(t, bestTh);
        }
        return chosen;
    }

    /** The name in brackets with ten characters either side, for reading a false positive's kind. */
    private static String context(String text, int begin, int end) {
        String left = text.substring(Math.max(0, begin - 10), begin);
        String right = text.substring(end, Math.min(text.length(), end + 10));
        return (left + "[" + text.substring(begin, end) + "]" + right).replaceAll("\\s", " ");
    }

    static Score score(CandidateJudge j, String g, List<Analysed> analysed, Extractor rules) {
        Extractor x = rules.withJudge(j);
        return analysed.parallelStream().filter(d -> d.doc().government().equals(g))
                .map(d -> d.analysis() == null ? Score.ZERO
                        : Scorer.scoreDocument(d.doc().gold(), x.decide(d.analysis()).mentions()).entities())
                .reduce(Score.ZERO, Score::plus);
    }

    /** False positives and misses of each dev fold at {@link #BASE} (held-out gold is never loaded here). */
    static void dump(Map<String, CandidateJudge> judges, List<Analysed> analysed, Extractor rules, Path out) {
        StringBuilder b = new StringBuilder();
        judges.forEach((g, j) -> {
            Extractor x = rules.withJudge(j.withThreshold(BASE));
            for (Analysed d : analysed) {
                if (!d.doc().government().equals(g) || d.analysis() == null) {
                    continue;
                }
                DocumentScore s = Scorer.scoreDocument(d.doc().gold(), x.decide(d.analysis()).mentions());
                String text = d.doc().text();
                s.falsePositives().stream().filter(m -> m.figure() == null).forEach(m -> b.append("FP\t").append(g)
                        .append('\t').append(m.type().key()).append('\t').append(m.surface()).append('\t')
                        .append(context(text, m.span().begin(), m.span().end())).append('\n'));
                s.misses().stream().filter(m -> !m.type().isFigure()).forEach(m -> b.append("MISS\t").append(g)
                        .append('\t').append(m.type().key()).append('\t').append(m.name()).append('\n'));
            }
        });
        try {
            Files.writeString(out, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
