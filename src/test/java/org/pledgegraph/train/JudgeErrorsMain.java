package org.pledgegraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.GoldRow;
import org.pledgegraph.eval.Score;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.extract.BoundaryChoice;
import org.pledgegraph.extract.CandidateJudge;
import org.pledgegraph.extract.CharTagger;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.extract.OverlapChoice;
import org.pledgegraph.extract.Proposal;
import org.pledgegraph.extract.Specificity;
import org.pledgegraph.model.Mention;

/**
 * Dev tool: the judge's errors OUT OF FOLD. Runs leave-one-government-out as {@code train --logo} does (tagger per
 * fold, all training gold in training, held-out governments excluded everywhere; without gold-train-more, which the
 * shipped judge also reads since session 31) over the DEVELOPMENT folds only,
 * and writes one row per false positive and per missed gold name with the proposal that matched it (source,
 * variant, keep probability, features), so errors can be counted by kind and proposer. Prints the micro score.
 *
 * <p>Args: output TSV [fold ...] (default: the six dev folds). Properties: shared (default ../shared);
 * {@code overlaps=name=SPEC;…} scores each overlap choice ({@link OverlapSpec}; the first is dumped; the default
 * {@code base=judge} is the judge's order alone); {@code pairs=FILE} writes every overlap the base choice decided, with whether each
 * name is gold; {@code cache=DIR} keeps each fold's tagger and base judge there (a second run only decides).
 * A false positive that is a figure (a count such as 9家 the gold did not list) is labelled {@code FP:target} or
 * {@code FP:actual}: it costs the figures' precision, never the entities'.
 */
public final class JudgeErrorsMain {
    static final List<String> DEV_FOLDS = List.of("安阳市北关区", "河南省", "深圳市", "深圳市福田区", "深圳市龙岗区", "贵州省");

    private JudgeErrorsMain() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("shared", "../shared"));
        Path corpus = shared.resolve("corpus").resolve("local");
        List<Path> texts = List.of(corpus, Path.of("seeds"));
        List<String> excluded = JudgeExperimentMain.HELD_OUT;
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path g : List.of(shared.resolve("gold").resolve("local"), Path.of("src/test/resources/gold"),
                Path.of("src/test/resources/gold-train"))) {
            docs.addAll(GoldSets.load(g, texts, excluded));
        }
        List<String> folds = args.length > 1 ? List.of(args).subList(1, args.length) : DEV_FOLDS;
        if (folds.stream().anyMatch(excluded::contains)) {
            throw new IllegalArgumentException("held-out governments are never a fold here");
        }
        // variants: name=feature,feature;... (features dropped from training and evaluation); the first is dumped
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        for (String v : System.getProperty("variants", "all=").split(";")) {
            String[] nv = v.split("=", 2);
            variants.put(nv[0], nv.length < 2 || nv[1].isEmpty() ? Set.of() : Set.of(nv[1].split(",")));
        }
        CorpusNames names = CorpusNames.scan(corpus);
        Extractor rules = Extractor.rules();
        List<Analysed> analysed = Analysed.of(docs, rules);
        StringBuilder out = new StringBuilder("gov\tdoc\terr\tname\tproposed\tmaxp\tsource\tvariant\tfeatures\n");
        Map<String, Score> micro = new LinkedHashMap<>();
        StringBuilder per = new StringBuilder();
        Path cache = System.getProperty("cache") == null ? null : Path.of(System.getProperty("cache"));
        Map<String, OverlapChoice> overlaps = new LinkedHashMap<>();
        for (String v : System.getProperty("overlaps", "base=judge").split(";")) {
            String[] nv = v.split("=", 2);
            overlaps.put(nv[0], OverlapSpec.parse(nv.length < 2 ? "judge" : nv[1]));
        }
        StringBuilder pairs = new StringBuilder(
                "gov\tdoc\tchallenger\tpc\tgc\tstanding\tps\tgs\trelation\tec\tes\ttc\tts\tlc\tls\tcontext\n");
        for (String g : folds) {
            List<Analysed> plain = analysed.stream().filter(d -> !d.doc().government().equals(g)).toList();
            Path taggerFile = cache == null ? null : cache.resolve(g + "-tagger.bin");
            Path judgeFile = cache == null ? null : cache.resolve(g + "-judge.bin");
            boolean cached = cache != null && Files.exists(taggerFile) && Files.exists(judgeFile)
                    && variants.size() == 1 && variants.values().iterator().next().isEmpty();
            CharTagger tagger;
            if (cached) {
                try (var in = Files.newInputStream(taggerFile)) {
                    tagger = CharTagger.read(in);
                }
            } else {
                tagger = TaggerTraining.train(plain);
            }
            List<Analysed> test = TaggerTraining.tagged(
                    analysed.stream().filter(d -> d.doc().government().equals(g)).toList(), tagger);
            Set<String> left = new HashSet<>(excluded);
            left.add(g);
            Specificity spec = names.specificity(left, 3);
            List<Event> events = cached ? List.of() : JudgeTrainer.events(TaggerTraining.crossTagged(plain), spec);
            boolean first = true;
            for (var v : variants.entrySet()) {
                Set<String> drop = v.getValue();
                UnaryOperator<String[]> filter = fs -> Arrays.stream(fs)
                        .filter(f -> !drop.contains(f.contains("=") ? f.substring(0, f.indexOf('=')) : f))
                        .toArray(String[]::new);
                MaxentModel m;
                if (cached) {
                    try (var in = Files.newInputStream(judgeFile)) {
                        m = CandidateJudge.read(in);
                    }
                } else {
                    m = JudgeTrainer.train(events.stream()
                            .map(e -> new Event(e.getOutcome(), filter.apply(e.getContext()))).toList());
                    if (cache != null && drop.isEmpty()) {
                        Files.createDirectories(cache);
                        try (var o = Files.newOutputStream(judgeFile)) {
                            new opennlp.tools.ml.model.GenericModelWriter((opennlp.tools.ml.model.AbstractModel) m,
                                    new java.io.DataOutputStream(o)).persist();
                        }
                        try (var o = Files.newOutputStream(taggerFile)) {
                            tagger.write(o);
                        }
                    }
                }
                CandidateJudge judge = new CandidateJudge(new JudgeExperimentMain.Filtered(m, filter), spec,
                        CandidateJudge.THRESHOLD);
                for (var o : overlaps.entrySet()) {
                    String name = overlaps.size() == 1 ? v.getKey() : v.getKey() + "/" + o.getKey();
                    Score fold = score(g, test, rules.withOverlaps(o.getValue()), spec, judge, first ? out : null,
                            first && System.getProperty("pairs") != null ? pairs : null);
                    first = false;
                    micro.merge(name, fold, Score::plus);
                    String line = String.format(java.util.Locale.ROOT, "%s %s P %.3f R %.3f F1 %.3f correct %d predicted %d found %d gold %d%n",
                            name, g, fold.precision(), fold.recall(), fold.f1(), fold.correct(), fold.predicted(), fold.found(), fold.gold());
                    per.append(line);
                    System.out.print(line);
                    System.out.flush();
                }
            }
            if (System.getProperty("pairs") != null) {
                Files.writeString(Path.of(System.getProperty("pairs")), pairs);
            }
            Files.writeString(Path.of(args[0]), out);
            System.err.println("done " + g);
        }
        micro.forEach((v, s) -> System.out.printf(java.util.Locale.ROOT, "%s micro P %.3f R %.3f F1 %.3f%n", v,
                s.precision(), s.recall(), s.f1()));
    }

    /** Scores the fold's documents; with {@code out}, appends a row per error. */
    private static Score score(String g, List<Analysed> test, Extractor rules, Specificity spec, CandidateJudge judge,
                               StringBuilder out, StringBuilder pairs) {
        Extractor x = rules.withJudge(judge);
        Score fold = Score.ZERO;
        for (Analysed a : test) {
            if (a.analysis() == null) {
                continue;
            }
            Extractor xd = pairs == null ? x : x.withOverlaps(recorder(g, a, pairs));
            List<Mention> mentions = xd.decide(a.analysis()).mentions();
            DocumentScore ds = Scorer.scoreDocument(a.doc().gold(), mentions);
            fold = fold.plus(ds.entities());
            if (out == null) {
                continue;
            }
            Map<String, Object[]> best = new LinkedHashMap<>();
            for (Proposal p : rules.proposals(a.analysis(), spec)) {
                String k = AnnotatedDocument.key(p.name());
                double prob = judge.isCategory(p.name()) ? 0 : judge.keepProbability(p.features());
                Object[] row = best.computeIfAbsent(k, y -> new Object[] {-1.0, null});
                if (prob > (Double) row[0]) {
                    row[0] = prob;
                    row[1] = p;
                }
            }
            String stem = a.doc().gold().stem();
            for (Mention m : ds.falsePositives()) {
                out.append(row(g, stem, m.type().isFigure() ? "FP:" + m.type().key() : "FP", m.surface(),
                        m.type().isFigure() ? null : best.get(AnnotatedDocument.key(m.surface()))));
            }
            for (GoldRow r : ds.misses()) {
                Object[] hit = null;
                for (String n : r.names()) {
                    Object[] b = best.get(AnnotatedDocument.key(n));
                    if (b != null && (hit == null || (Double) b[0] > (Double) hit[0])) {
                        hit = b;
                    }
                }
                out.append(row(g, stem, "FN:" + r.type().key(), r.name(), hit));
            }
        }
        return fold;
    }

    /** A choice that keeps the judge's order and writes each overlap it is asked about, with the gold's verdicts. */
    private static OverlapChoice recorder(String g, Analysed a, StringBuilder pairs) {
        Set<String> gold = a.doc().entityKeys();
        return (c, pc, k, pk, s) -> {
            String rel = c.begin() <= k.begin() && k.end() <= c.end() ? "out"
                    : k.begin() <= c.begin() && c.end() <= k.end() ? "in" : "cross";
            int from = Math.max(s.begin(), Math.min(c.begin(), k.begin()) - 4) - s.begin();
            int to = Math.min(s.sentence().end(), Math.max(c.end(), k.end()) + 4) - s.begin();
            pairs.append(String.join("\t", g, a.doc().gold().stem(), c.name(),
                    String.format(java.util.Locale.ROOT, "%.3f", pc), gold.contains(AnnotatedDocument.key(c.name())) ? "1" : "0",
                    k.name(), String.format(java.util.Locale.ROOT, "%.3f", pk),
                    gold.contains(AnnotatedDocument.key(k.name())) ? "1" : "0", rel,
                    String.valueOf(BoundaryChoice.cleanEdges(c, s)), String.valueOf(BoundaryChoice.cleanEdges(k, s)),
                    c.type().key(), k.type().key(), String.valueOf(c.length()), String.valueOf(k.length()),
                    s.text().substring(Math.max(0, from), Math.min(s.text().length(), to)))).append('\n');
            return false;
        };
    }

    private static String row(String g, String stem, String err, String name, Object[] hit) {
        if (hit == null) {
            return String.join("\t", g, stem, err, name, "0", "", "", "", "") + "\n";
        }
        Proposal p = (Proposal) hit[1];
        return String.join("\t", g, stem, err, name, p.name().equals(name) ? "1" : "key",
                String.format(java.util.Locale.ROOT, "%.3f", (Double) hit[0]), p.source(), p.variant(),
                String.join(" ", p.features())) + "\n";
    }
}
