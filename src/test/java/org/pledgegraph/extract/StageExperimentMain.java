package org.pledgegraph.extract;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.eval.GoldDocument;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.model.Mention;
import org.pledgegraph.model.Span;
import org.pledgegraph.text.NormalizedText;
import org.pledgegraph.text.Normalizer;
import org.pledgegraph.text.SentenceSplitter;
import org.pledgegraph.train.AnnotatedDocument;
import org.pledgegraph.train.JudgeTrainer;

/**
 * Dev experiment (issue 11): does a learned stage decision generalise better than the rules, leave one government
 * out? Instances are the matched entity rows of the given gold folders (each row's pointed-at mention, as the
 * scorer picks it), features {@link StageFeatures}, model OpenNLP maxent with the judge's settings.
 * {@code --gold DIR SET} (repeatable; SET names the group, e.g. dev or train), {@code --out FILE} writes the
 * instances; {@code --from FILE} reads them back and runs the folds: {@code --fold GOV} (repeatable) or
 * {@code --fold-set SET} (every government of a set); {@code --drop PREFIX} leaves features out, {@code --sigma S}
 * changes the prior, {@code --train-set SET} trains on that group only. Held-out gold must not be in any folder
 * given; a document the written split holds out that is there anyway is skipped (not extracted, not counted).
 */
public final class StageExperimentMain {
    private static final String SEP = "\u0001";

    private StageExperimentMain() {
    }

    /** One matched row: government, group, stem, gold and rule stage keys ("none" for none), features. */
    record Instance(String government, String set, String stem, String gold, String rule, List<String> features) {
        String line() {
            return String.join("\t", government, set, stem, gold, rule, String.join(SEP, features));
        }

        static Instance parse(String line) {
            String[] f = line.split("\t", -1);
            return new Instance(f[0], f[1], f[2], f[3], f[4], List.of(f[5].split(SEP)));
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        if (a.contains("--from")) {
            double sigma = JudgeTrainer.SIGMA;
            List<String> drop = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).equals("--drop")) {
                    drop.add(a.get(i + 1)); // a feature prefix left out, to see what generalises
                }
            }
            List<Instance> all = Files.readAllLines(Path.of(a.get(a.indexOf("--from") + 1))).stream()
                    .map(Instance::parse).map(x -> new Instance(x.government(), x.set(), x.stem(), x.gold(), x.rule(),
                            x.features().stream().filter(f -> drop.stream().noneMatch(f::startsWith)).toList())).toList();
            if (a.contains("--sigma")) {
                sigma = Double.parseDouble(a.get(a.indexOf("--sigma") + 1));
            }
            List<String> folds = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).equals("--fold")) {
                    folds.add(a.get(i + 1));
                } else if (a.get(i).equals("--fold-set")) {
                    String set = a.get(i + 1);
                    all.stream().filter(x -> x.set().equals(set)).map(Instance::government).distinct().sorted()
                            .forEach(folds::add);
                }
            }
            // --train-set SET: train on that group's other governments only (one annotation convention)
            String only = a.contains("--train-set") ? a.get(a.indexOf("--train-set") + 1) : null;
            runFolds(all.stream().filter(x -> only == null || x.set().equals(only) || folds.contains(x.government()))
                    .toList(), folds, sigma);
            return;
        }
        List<Instance> out = new ArrayList<>();
        Extractor extractor = Extractor.defaults();
        int[] agree = new int[2];
        org.pledgegraph.eval.Split split = org.pledgegraph.eval.Split.read(Path.of("src/test/resources/gold/split.tsv"));
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals("--gold")) {
                continue;
            }
            String set = a.get(i + 2);
            List<GoldDocument> docs = GoldReader.read(Path.of(a.get(i + 1)));
            DiagTexts.forEach(new org.pledgegraph.eval.GoldSet(docs, List.of(), org.pledgegraph.eval.Split.NONE),
                    (g, meta, text) -> {
                        if (!g.coverage().scoresEntities() || g.entities().isEmpty()) {
                            return;
                        }
                        String gov = meta.jurisdiction().isEmpty() ? g.stem().replaceFirst("-\\d{4}.*$", "")
                                : meta.jurisdiction();
                        if (split.setOf(g.stem(), gov).equals("held-out")) {
                            return;
                        }
                        List<Mention> mentions = extractor.extract(meta, text).mentions().stream()
                                .filter(m -> !m.type().isFigure() && g.coverage().coversEntity(m.span())).toList();
                        NormalizedText nt = Normalizer.normalize(text);
                        List<ScopedSentence> sentences = new TimeScoper(meta.year()).scope(SentenceSplitter.split(nt));
                        Map<String, List<Mention>> entities = new LinkedHashMap<>();
                        for (Mention m : mentions) {
                            String k = AnnotatedDocument.key(m.surface());
                            if (!k.isEmpty()) {
                                entities.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
                            }
                        }
                        for (GoldRow r : g.entities()) {
                            List<Mention> entity = null;
                            for (String n : r.names()) {
                                entity = entity != null ? entity : entities.get(AnnotatedDocument.key(n));
                            }
                            if (entity == null) {
                                continue;
                            }
                            Mention m = entity.stream().filter(x -> squeeze(x.evidence()).contains(squeeze(r.evidence())))
                                    .findFirst().orElse(entity.get(0));
                            String gold = r.stage() == null ? "none" : r.stage().key();
                            String rule = m.stage() == null ? "none" : m.stage().key();
                            List<String> features = features(m, mentions, nt, sentences, meta.year(), agree);
                            out.add(new Instance(gov, set, g.stem(), gold, rule, features));
                        }
                    });
        }
        System.err.printf("instances %d, rule re-read agrees %d of %d%n", out.size(), agree[0], agree[1]);
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(a.get(a.indexOf("--out") + 1)), StandardCharsets.UTF_8)) {
            for (Instance x : out) {
                w.write(x.line());
                w.newLine();
            }
        }
    }

    /** The mention's sentence and offsets found again, and its stage features; the rule's stage re-read to check. */
    private static List<String> features(Mention m, List<Mention> mentions, NormalizedText nt, List<ScopedSentence> sentences,
            int year, int[] agree) {
        for (ScopedSentence s : sentences) {
            if (nt.toOriginal(s.begin(), s.sentence().end()).begin() != m.sentence().begin()) {
                continue;
            }
            int[] own = normalised(m.span(), s, nt);
            if (own == null) {
                break;
            }
            List<int[]> members = new ArrayList<>();
            for (Mention o : mentions) {
                if (o != m && o.sentence().equals(m.sentence())) {
                    int[] sp = normalised(o.span(), s, nt);
                    if (sp != null) {
                        members.add(sp);
                    }
                }
            }
            StageReading r = s.glossary() ? new StageReading(null, "glossary")
                    : Cues.reading(s.text(), own[0], own[1], s.scope(), m.type(), members);
            agree[1]++;
            if (r.stage() == m.stage()) {
                agree[0]++;
            }
            return StageFeatures.of(s, own[0], own[1], m.type(), members, year, new StageReading(m.stage(), r.rule()),
                    m.modality());
        }
        return List.of("rule=" + (m.stage() == null ? "none" : m.stage().key()), "lost");
    }

    private static int[] normalised(Span span, ScopedSentence s, NormalizedText nt) {
        int end = s.sentence().end();
        for (int b = s.begin(); b < end; b++) {
            if (nt.originalOffset(b) == span.begin()) {
                for (int e = b + 1; e <= end; e++) {
                    if (nt.toOriginal(b, e).end() == span.end()) {
                        return new int[] {b - s.begin(), e - s.begin()};
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final double FLIP_AT = 0.6;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    /** Rules, model and combinations per fold (train on every other government) and micro over the folds. */
    private static void runFolds(List<Instance> all, List<String> folds, double sigma) {
        int variants = 3 + 2 * THRESHOLDS.length;
        long[] micro = new long[variants + 1];
        Map<String, Integer> flips = new java.util.TreeMap<>();
        StringBuilder head = new StringBuilder("fold\tn\trules\tmodel\tmodel-if-rule-none");
        for (double t : THRESHOLDS) {
            head.append("\tover>=").append(t);
        }
        for (double t : THRESHOLDS) {
            head.append("\tnone&>=").append(t);
        }
        System.out.println(head);
        for (String fold : folds) {
            List<Event> train = all.stream().filter(x -> !x.government().equals(fold))
                    .map(x -> new Event(x.gold(), x.features().toArray(String[]::new))).toList();
            List<Instance> test = all.stream().filter(x -> x.government().equals(fold)).toList();
            MaxentModel model = train(new ArrayList<>(train), sigma);
            long[] right = new long[variants + 1];
            right[0] = test.size();
            for (Instance x : test) {
                double[] p = model.eval(x.features().toArray(String[]::new));
                String best = model.getBestOutcome(p);
                double pb = p[model.getIndex(best)];
                boolean ruleNone = x.rule().equals("none");
                int k = 1;
                right[k++] += x.rule().equals(x.gold()) ? 1 : 0;
                right[k++] += best.equals(x.gold()) ? 1 : 0;
                right[k++] += (ruleNone ? best : x.rule()).equals(x.gold()) ? 1 : 0;
                for (double t : THRESHOLDS) {
                    right[k++] += (pb >= t ? best : x.rule()).equals(x.gold()) ? 1 : 0;
                }
                if (pb >= FLIP_AT && !best.equals(x.rule())) {
                    // what the model overrides, by the rule that decided: gained or lost
                    String why = x.features().stream().filter(f -> f.startsWith("why=") && !f.contains("|")).findFirst()
                            .orElse("why=?");
                    flips.merge(why + " " + x.rule() + "->" + best, x.gold().equals(best) ? 1 : x.gold().equals(x.rule())
                            ? -1 : 0, Integer::sum);
                }
                for (double t : THRESHOLDS) {
                    right[k++] += (ruleNone && pb >= t ? best : x.rule()).equals(x.gold()) ? 1 : 0;
                }
            }
            System.out.println(row(fold, right));
            for (int i = 0; i < right.length; i++) {
                micro[i] += right[i];
            }
        }
        System.out.println(row("MICRO", micro));
        flips.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> System.out.println("FLIP\t" + e.getKey() + "\t" + e.getValue()));
    }

    /** As {@link JudgeTrainer#train}, with another prior. */
    private static MaxentModel train(List<Event> events, double sigma) {
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, JudgeTrainer.ITERATIONS);
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, JudgeTrainer.CUTOFF);
        params.put("GaussianSmoothing", true);
        params.put("GaussianSmoothingSigma", sigma);
        params.put(opennlp.tools.util.TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        try {
            return opennlp.tools.ml.TrainerFactory.getEventTrainer(params, null)
                    .train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String row(String name, long[] right) {
        StringBuilder b = new StringBuilder(name).append('\t').append(right[0]);
        for (int i = 1; i < right.length; i++) {
            b.append(String.format("\t%.4f(%d)", right[0] == 0 ? 0 : (double) right[i] / right[0], right[i]));
        }
        return b.toString();
    }

    private static String squeeze(String text) {
        return java.text.Normalizer.normalize(text, Form.NFKC).replaceAll("[\\s\u3000\"'“”‘’「」『』]+", "");
    }
}
