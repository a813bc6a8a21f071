package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.Score;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.CharClusters;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.extract.StackFeatures;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;

/**
 * Leave-one-government-out: for each government of the annotated documents, a judge trained on the other
 * governments' documents (its specificity table counted without the government's reports) extracts the
 * government's documents, which are scored beside the rules alone. A document the extractor cannot read counts
 * as found nothing.
 */
public final class LeaveOneGovernmentOut {
    private LeaveOneGovernmentOut() {
    }

    /**
     * Scores of one government.
     *
     * @param rules     entity counts of the rules alone
     * @param judged    entity counts of rules + judge, one per threshold asked for
     * @param documents the rules + judge document scores at the first threshold (for error listings)
     * @param stacked   entity counts of rules + a judge of two passes at the first threshold, one per design asked
     *                  for ({@link StackTraining}; empty when none)
     */
    public record Fold(String government, int documents, int trainingEvents, Score rules, Score rulesFigures,
                       List<Score> judged, List<DocumentScore> documentScores, long trainMillis, List<Score> stacked) {
    }

    public static List<Fold> run(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum, List<Double> thresholds) {
        return run(docs, corpus, minimum, thresholds, Set.of());
    }

    /**
     * As {@link #run(List, CorpusNames, int, List)}, with {@code excluded} governments' reports also left out of
     * every fold's name table (their gold is expected to be left out of {@code docs}): a development-only run.
     */
    public static List<Fold> run(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum, List<Double> thresholds,
                                 java.util.Collection<String> excluded) {
        return run(docs, corpus, minimum, thresholds, excluded, g -> true);
    }

    /**
     * As {@link #run(List, CorpusNames, int, List, java.util.Collection)}, leaving out in turn only the governments
     * {@code folded} accepts; the others' documents are always in training. (The test suite scores the governments
     * of the independent gold and trains on the project's own annotations too, without a fold of its own for each.)
     */
    public static List<Fold> run(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum, List<Double> thresholds,
                                 java.util.Collection<String> excluded, java.util.function.Predicate<String> folded) {
        return run(docs, corpus, minimum, thresholds, excluded, folded, false);
    }

    /** As above; with {@code tagger}, each fold also trains the learned proposer ({@link TaggerTraining}). */
    public static List<Fold> run(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum, List<Double> thresholds,
                                 java.util.Collection<String> excluded, java.util.function.Predicate<String> folded,
                                 boolean tagger) {
        return run(docs, corpus, minimum, thresholds, excluded, folded, tagger, List.of());
    }

    /** As above; each fold also scores a judge of two passes per design ({@link StackTraining}). */
    public static List<Fold> run(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum, List<Double> thresholds,
                                 java.util.Collection<String> excluded, java.util.function.Predicate<String> folded,
                                 boolean tagger, List<StackFeatures.Design> designs) {
        List<Set<String>> groups = new ArrayList<>();
        docs.stream().map(AnnotatedDocument::government).filter(folded).distinct().sorted()
                .forEach(g -> groups.add(Set.of(g)));
        return runGroups(docs, corpus, minimum, thresholds, excluded, groups, tagger, designs);
    }

    /**
     * Leave-group-out: each group of governments is left out together (of the training documents and of the
     * name table), and each of its governments is scored by that fold's judge. One group per government is
     * leave-one-government-out; larger groups train fewer judges on a little less data (the test suite's
     * guard, which must stay inside its time). Folds come back in the groups' order, then the governments'.
     */
    public static List<Fold> runGroups(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum,
                                       List<Double> thresholds, java.util.Collection<String> excluded,
                                       List<Set<String>> groups) {
        return runGroups(docs, corpus, minimum, thresholds, excluded, groups, false);
    }

    /**
     * As above; with {@code tagger}, each fold trains the learned proposer on its training documents, which get
     * the spans of taggers that never saw them ({@link TaggerTraining#crossTagged}), and the left-out documents
     * get the fold's tagger's spans.
     */
    public static List<Fold> runGroups(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum,
                                       List<Double> thresholds, java.util.Collection<String> excluded,
                                       List<Set<String>> groups, boolean tagger) {
        return runGroups(docs, corpus, minimum, thresholds, excluded, groups, tagger, List.of());
    }

    /**
     * As above; each fold also trains a judge of two passes for each of {@code designs} ({@link StackTraining},
     * its first pass the fold's judge) and scores it at the first threshold.
     */
    public static List<Fold> runGroups(List<AnnotatedDocument> docs, CorpusNames corpus, int minimum,
                                       List<Double> thresholds, java.util.Collection<String> excluded,
                                       List<Set<String>> groups, boolean tagger, List<StackFeatures.Design> designs) {
        Extractor rules = Extractor.rules();
        List<Analysed> analysed = Analysed.of(docs, rules);
        // Folds are independent (each trains its own judge on its own name table): run them side by side; the
        // list keeps the groups' order, so the table does not depend on the threads.
        return groups.parallelStream().map(group -> {
            Set<String> left = new java.util.HashSet<>(excluded);
            left.addAll(group);
            Specificity spec = corpus.specificity(left, minimum);
            CharClusters tq = TaggerTraining.taggerClusters(spec);
            List<Analysed> plain = analysed.stream().filter(d -> !group.contains(d.doc().government())).toList();
            List<Analysed> train = tagger ? TaggerTraining.crossTagged(plain, tq) : plain;
            List<Analysed> test = analysed.stream().filter(d -> group.contains(d.doc().government())).toList();
            List<Analysed> scored = tagger ? TaggerTraining.tagged(test, TaggerTraining.train(plain, tq)) : test;
            long t0 = System.nanoTime();
            CandidateJudge judge;
            List<CandidateJudge> stacked = new ArrayList<>();
            int events;
            if (designs.isEmpty()) {
                var es = JudgeTrainer.events(train, spec);
                events = es.size();
                judge = new CandidateJudge(JudgeTrainer.train(es), spec, thresholds.get(0));
            } else {
                StackTraining.Judges j = StackTraining.train(train, spec, designs);
                events = j.events();
                judge = new CandidateJudge(j.first(), spec, thresholds.get(0));
                designs.forEach(d -> stacked.add(judge.withSecondPass(j.second().get(d), d)));
            }
            long trainMillis = (System.nanoTime() - t0) / 1_000_000;
            return new TreeSet<>(group).stream().map(g -> score(g, scored, rules, judge, stacked, thresholds, events,
                    trainMillis)).toList();
        }).flatMap(List::stream).toList();
    }

    private static Fold score(String g, List<Analysed> analysed, Extractor rules, CandidateJudge judge,
                              List<CandidateJudge> stackedJudges, List<Double> thresholds, int events,
                              long trainMillis) {
        List<Analysed> test = analysed.stream().filter(d -> d.doc().government().equals(g)).toList();
        Score r = Score.ZERO;
        Score rf = Score.ZERO;
        List<Score> judged = new ArrayList<>();
        thresholds.forEach(x -> judged.add(Score.ZERO));
        List<DocumentScore> scores = new ArrayList<>();
        List<Score> stacked = new ArrayList<>();
        stackedJudges.forEach(x -> stacked.add(Score.ZERO));
        for (Analysed d : test) {
            for (int i = 0; i < stackedJudges.size(); i++) {
                stacked.set(i, stacked.get(i).plus(Scorer.scoreDocument(d.doc().gold(),
                        mentions(rules.withJudge(stackedJudges.get(i)), d)).entities()));
            }
            DocumentScore rs = Scorer.scoreDocument(d.doc().gold(), mentions(rules, d));
            r = r.plus(rs.entities());
            rf = rf.plus(rs.figures());
            for (int i = 0; i < thresholds.size(); i++) {
                DocumentScore js = Scorer.scoreDocument(d.doc().gold(),
                        mentions(rules.withJudge(judge.withThreshold(thresholds.get(i))), d));
                judged.set(i, judged.get(i).plus(js.entities()));
                if (i == 0) {
                    scores.add(js);
                }
            }
        }
        return new Fold(g, test.size(), events, r, rf, judged, scores, trainMillis, stacked);
    }

    private static List<Mention> mentions(Extractor x, Analysed d) {
        if (d.analysis() == null) {
            return List.of();
        }
        try {
            Extraction e = x.decide(d.analysis());
            return e.mentions();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A table: government, documents, rules P/R/F1, rules+judge P/R/F1 per threshold. */
    public static String table(List<Fold> folds, List<Double> thresholds) {
        StringBuilder b = new StringBuilder("| government | docs | rules P | R | F1 |");
        thresholds.forEach(x -> b.append(" judge@").append(x).append(" P | R | F1 |"));
        List<Score> firstStacked = folds.isEmpty() ? List.of() : folds.get(0).stacked();
        for (int i = 0; i < firstStacked.size(); i++) {
            b.append(" stack").append(i + 1).append(" P | R | F1 |");
        }
        b.append("\n|---|---|---|---|---|");
        thresholds.forEach(x -> b.append("---|---|---|"));
        firstStacked.forEach(x -> b.append("---|---|---|"));
        b.append('\n');
        Map<Integer, Score> sAll = new LinkedHashMap<>();
        Score rAll = Score.ZERO;
        Map<Integer, Score> jAll = new LinkedHashMap<>();
        for (Fold f : folds) {
            b.append("| ").append(f.government()).append(" | ").append(f.documents()).append(" | ").append(prf(f.rules()));
            rAll = rAll.plus(f.rules());
            for (int i = 0; i < f.judged().size(); i++) {
                b.append(prf(f.judged().get(i)));
                jAll.merge(i, f.judged().get(i), Score::plus);
            }
            for (int i = 0; i < f.stacked().size(); i++) {
                b.append(prf(f.stacked().get(i)));
                sAll.merge(i, f.stacked().get(i), Score::plus);
            }
            b.append('\n');
        }
        b.append("| all (micro) | ").append(folds.stream().mapToInt(Fold::documents).sum()).append(" | ").append(prf(rAll));
        jAll.values().forEach(s -> b.append(prf(s)));
        sAll.values().forEach(s -> b.append(prf(s)));
        return b.append('\n').toString();
    }

    private static String prf(Score s) {
        return String.format(java.util.Locale.ROOT, "%.4f | %.4f | %.4f | ", s.precision(), s.recall(), s.f1());
    }
}
