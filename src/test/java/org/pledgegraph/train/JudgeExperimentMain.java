package org.pledgegraph.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.pledgegraph.eval.Score;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.Specificity;

/**
 * Dev tool: leave-one-government-out over the DEVELOPMENT governments only (the held-out governments' gold is
 * never loaded and their reports are left out of every name table), for feature-set and trainer variants in
 * one JVM. Prints micro and mean entity F1 per variant and threshold.
 *
 * <p>Args: variant names (see {@link #VARIANTS}); none: all.
 */
public final class JudgeExperimentMain {
    static final List<String> HELD_OUT = List.of("深圳市盐田区", "深圳市宝安区", "浙江省");
    /** Thresholds scored; index 1 is the one listed per government (-Dthresholds=0.2,0.25,... to change). */
    static final List<Double> THRESHOLDS = java.util.Arrays.stream(System.getProperty("thresholds", "0.2,0.25,0.3,0.35")
            .split(",")).map(Double::valueOf).toList();

    record Variant(Set<String> drop, Map<String, String> params) {
    }

    static final Set<String> NEW = Set.of("cb1", "ca1", "cb2", "ca2", "cp1", "cs1", "vc", "sxt", "placebody",
            "placepre", "placepre+rest", "listsame");
    /** The junk features ({@code extract.JunkFeatures}). */
    static final Set<String> JUNK = Set.of("vstart", "vend", "mend", "mstart", "fedge", "cat", "catw", "unbal", "enum", "enumwhole");
    /** Feature conjunctions ({@code CandidateFeatures.conjunctions}). */
    static final Set<String> CONJ = Set.of("x.sx+type", "x.psx+type", "x.cb1+sx", "x.ca1+sx", "x.spec+type",
            "x.vc+type", "x.vk+type", "x.cb1+ca1");
    static final Set<String> LEX_NAME = Set.of("p1", "p2", "s1", "s2", "s3");
    static final Set<String> LEX_CTX = Set.of("b1", "b2", "a1", "a2");
    static final Map<String, Variant> VARIANTS = new LinkedHashMap<>();

    static {
        put("noconj", CONJ);
        put("cur", JUNK);
        put("junk", Set.of());
        put("base", union(NEW, JUNK));
        put("base+new", JUNK);
        put("nolexname", LEX_NAME);
        put("nolexctx", LEX_CTX);
        put("noverb", Set.of("verb"));
        put("nolex", union(LEX_NAME, LEX_CTX, Set.of("verb")));
        put("nolex-nonew", union(LEX_NAME, LEX_CTX, Set.of("verb"), NEW));
    }

    private JudgeExperimentMain() {
    }

    static void put(String name, Set<String> drop) {
        VARIANTS.put(name, new Variant(drop, Map.of()));
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> u = new HashSet<>();
        for (Set<String> s : sets) {
            u.addAll(s);
        }
        return u;
    }

    public static void main(String[] args) {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        Path corpus = shared.resolve("corpus").resolve("local");
        List<AnnotatedDocument> docs = new ArrayList<>(GoldSets.load(shared.resolve("gold").resolve("local"),
                List.of(corpus), HELD_OUT));
        docs.addAll(GoldSets.load(Path.of("src", "test", "resources", "gold"), List.of(Path.of("seeds"))));
        for (String extra : System.getProperty("extraGold", "").split(",")) {
            if (!extra.isBlank()) {
                String[] gt = extra.split(":");
                docs.addAll(GoldSets.load(Path.of(gt[0]), List.of(Path.of(gt[1]))));
            }
        }
        // training-only documents (in every fold's training, never a fold of their own): variant param extra=1
        List<AnnotatedDocument> trainOnly = new ArrayList<>();
        for (String extra : System.getProperty("trainGold", "").split(",")) {
            if (!extra.isBlank()) {
                String[] gt = extra.split(":");
                trainOnly.addAll(GoldSets.load(Path.of(gt[0]), List.of(Path.of(gt[1]))));
            }
        }
        long t0 = System.nanoTime();
        CorpusNames names = CorpusNames.scan(corpus);
        Extractor rules = Extractor.rules();
        List<Analysed> analysed = Analysed.of(docs, rules);
        List<Analysed> analysedExtra = Analysed.of(trainOnly, rules);
        System.err.printf("loaded %d docs, corpus scanned in %d s%n", docs.size(), (System.nanoTime() - t0) / 1_000_000_000);
        Set<String> governments = new TreeSet<>();
        docs.forEach(d -> governments.add(d.government()));
        Map<String, Specificity> specs = new LinkedHashMap<>();
        Map<String, List<Event>> events = new LinkedHashMap<>();
        Map<String, List<Event>> eventsExtra = new LinkedHashMap<>();
        for (String g : governments) {
            Set<String> ex = new HashSet<>(HELD_OUT);
            ex.add(g);
            Specificity spec = names.specificity(ex, 3);
            specs.put(g, spec);
            events.put(g, JudgeTrainer.events(analysed.stream().filter(d -> !d.doc().government().equals(g)).toList(), spec));
            if (!analysedExtra.isEmpty()) {
                List<Event> all = new ArrayList<>(events.get(g));
                all.addAll(JudgeTrainer.events(analysedExtra, spec));
                eventsExtra.put(g, all);
            }
        }
        List<String> wanted = args.length == 0 ? new ArrayList<>(VARIANTS.keySet()) : List.of(args);
        for (String v : wanted) {
            Variant variant = variant(v);
            long t1 = System.nanoTime();
            UnaryOperator<String[]> filter = fs -> java.util.Arrays.stream(fs)
                    .filter(f -> !variant.drop().contains(f.contains("=") ? f.substring(0, f.indexOf('=')) : f))
                    .toArray(String[]::new);
            Map<String, List<Score>> per = new LinkedHashMap<>();
            Map<String, Score> perOff = new LinkedHashMap<>();
            Map<String, CandidateJudge> judges = new LinkedHashMap<>();
            boolean extra = "1".equals(variant.params().get("extra"));
            Map<String, String> trainParams = new LinkedHashMap<>(variant.params());
            trainParams.remove("extra");
            boolean types = "1".equals(trainParams.remove("types"));
            String sibParam = trainParams.remove("sib");
            double sib = sibParam == null ? 1 : Double.parseDouble(sibParam);
            // frag=0: without the clause-fragment filter (ClauseFragments), to measure it
            boolean frag = !"0".equals(trainParams.remove("frag"));
            long trainNanos = 0;
            for (String g : governments) {
                long tt = System.nanoTime();
                List<Event> ev = (extra ? eventsExtra : events).get(g).stream().map(e -> new Event(e.getOutcome(), filter.apply(e.getContext()))).toList();
                MaxentModel m = new Filtered(train(ev, trainParams), filter);
                trainNanos += System.nanoTime() - tt;
                judges.put(g, new CandidateJudge(m, specs.get(g), 0.25).withSiblingFloor(sib).withFragmentFilter(frag));
                List<Score> scores = new ArrayList<>();
                for (double th : THRESHOLDS) {
                    Extractor x = rules.withJudge(new CandidateJudge(m, specs.get(g), th).withSiblingFloor(sib).withFragmentFilter(frag));
                    Score s = analysed.parallelStream().filter(d -> d.doc().government().equals(g))
                            .map(d -> d.analysis() == null ? Score.ZERO
                                    : Scorer.scoreDocument(d.doc().gold(), x.decide(d.analysis()).mentions()).entities())
                            .reduce(Score.ZERO, Score::plus);
                    scores.add(s);
                }
                per.put(g, scores);
                // the same model without the clause-fragment filter: the filter's effect needs no training of its own
                Extractor off = rules.withJudge(new CandidateJudge(m, specs.get(g), THRESHOLDS.get(1))
                        .withSiblingFloor(sib).withFragmentFilter(false));
                perOff.put(g, analysed.parallelStream().filter(d -> d.doc().government().equals(g))
                        .map(d -> d.analysis() == null ? Score.ZERO
                                : Scorer.scoreDocument(d.doc().gold(), off.decide(d.analysis()).mentions()).entities())
                        .reduce(Score.ZERO, Score::plus));
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < THRESHOLDS.size(); i++) {
                Score micro = Score.ZERO;
                double mean = 0;
                for (List<Score> s : per.values()) {
                    micro = micro.plus(s.get(i));
                    mean += s.get(i).f1();
                }
                mean /= per.size();
                b.append(String.format(java.util.Locale.ROOT, "  @%.2f micro %.3f (P %.3f R %.3f) mean %.3f%n",
                        THRESHOLDS.get(i), micro.f1(), micro.precision(), micro.recall(), mean));
            }
            Score offMicro = perOff.values().stream().reduce(Score.ZERO, Score::plus);
            b.append(String.format(java.util.Locale.ROOT, "  @%.2f without fragment filter: micro %.3f (P %.3f R %.3f)%n",
                    THRESHOLDS.get(1), offMicro.f1(), offMicro.precision(), offMicro.recall()));
            StringBuilder g2 = new StringBuilder("   per gov @" + THRESHOLDS.get(1) + ":");
            per.forEach((g, s) -> g2.append(String.format(java.util.Locale.ROOT, " %s %.3f", g, s.get(1).f1())));
            System.out.printf("%s (%d s, training %d s)%n%s%s%n", v, (System.nanoTime() - t1) / 1_000_000_000,
                    trainNanos / 1_000_000_000, b, g2);
            System.out.flush();
            if (types) {
                TypeThresholds.search(judges, analysed, rules);
            }
            if (!System.getProperty("dump", "").isEmpty() && v.equals(wanted.get(0))) {
                TypeThresholds.dump(judges, analysed, rules, Path.of(System.getProperty("dump")));
            }
        }
    }

    /** A named variant, or "features|k=v,k=v" with a named feature set and trainer parameters. */
    static Variant variant(String spec) {
        String[] parts = spec.split("\\|", 2);
        Variant base = VARIANTS.get(parts[0]);
        if (base == null) {
            throw new IllegalArgumentException("no variant " + parts[0]);
        }
        Map<String, String> params = new LinkedHashMap<>(base.params());
        Set<String> drop = new HashSet<>(base.drop());
        if (parts.length > 1) {
            for (String kv : parts[1].split(",")) {
                String[] p = kv.split("=", 2);
                if (p[0].equals("drop")) {
                    drop.addAll(List.of(p[1].split("\\+")));
                } else if (p[0].equals("keep")) {
                    drop.removeAll(List.of(p[1].split("\\+")));
                } else {
                    params.put(p[0], p[1]);
                }
            }
        }
        return new Variant(drop, params);
    }

    static final Set<String> DOUBLES = Set.of("L1Cost", "L2Cost", "GaussianSmoothingSigma", "Tolerance", "StepSizeDecrease");

    static MaxentModel train(List<Event> events, Map<String, String> overrides) {
        TrainingParameters params = new TrainingParameters();
        // the shipped trainer (GIS with a Gaussian prior) unless a variant says otherwise (L-BFGS:
        // Algorithm=MAXENT_QN,GaussianSmoothing=false,L2Cost=1.0)
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, JudgeTrainer.ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, JudgeTrainer.CUTOFF);
        params.put("GaussianSmoothing", true);
        params.put("GaussianSmoothingSigma", JudgeTrainer.SIGMA);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        overrides.forEach((k, v) -> {
            if (DOUBLES.contains(k)) {
                // OpenNLP 2.5.6 casts a double parameter given as Integer to String and throws
                // ClassCastException (why MAXENT_QN "crashed in setup" with L2Cost=1): always pass a Double
                params.put(k, Double.parseDouble(v));
            } else if (v.matches("-?\\d+")) {
                params.put(k, Integer.parseInt(v));
            } else if (v.matches("-?[\\d.]+(e-?\\d+)?")) {
                params.put(k, Double.parseDouble(v));
            } else if (v.equals("true") || v.equals("false")) {
                params.put(k, Boolean.parseBoolean(v));
            } else {
                params.put(k, v);
            }
        });
        try {
            return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A model that sees only the features a variant keeps. */
    record Filtered(MaxentModel m, UnaryOperator<String[]> filter) implements MaxentModel {
        public double[] eval(String[] c) {
            return m.eval(filter.apply(c));
        }

        public double[] eval(String[] c, double[] p) {
            return m.eval(filter.apply(c), p);
        }

        public double[] eval(String[] c, float[] v) {
            return m.eval(filter.apply(c), v);
        }

        public String getBestOutcome(double[] o) {
            return m.getBestOutcome(o);
        }

        public String getAllOutcomes(double[] o) {
            return m.getAllOutcomes(o);
        }

        public String getOutcome(int i) {
            return m.getOutcome(i);
        }

        public int getIndex(String o) {
            return m.getIndex(o);
        }

        public int getNumOutcomes() {
            return m.getNumOutcomes();
        }
    }
}
