package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.ingest.Manifest;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.TextDecoder;
import org.pledgegraph.text.YearInference;

/**
 * Dev experiment: does a maximum-entropy stage classifier (features: the rule cues' stage, the words around the
 * name in its clause, modality, type) beat the rule cues leave-one-government-out? Reads the dev documents of the
 * shared gold and the training gold only (held-out and helper-held-out sets are skipped, never read); rows are
 * the gold rows eval matches, paired with the mention eval compares.
 * Run: {@code java -cp JAR:target/test-classes org.pledgegraph.eval.StageLearnMain}
 */
public final class StageLearnMain {
    private static final List<Path> TEXTS = List.of(Path.of("seeds"), Path.of("src/test/resources/corpus/local"),
            Path.of("../shared/corpus/local"), Path.of("../../shared/corpus/local"));
    private static final List<String> VERBS = List.of("谋划", "规划", "启动", "新建", "筹建", "创建", "争创", "申报", "前期",
            "推进", "推动", "加快", "建设", "开工", "在建", "续建", "实施", "改造", "提升", "打造", "支持", "深化",
            "建成", "竣工", "投用", "通车", "完成", "完工", "落地", "落户", "揭牌", "成立", "设立", "开业", "开放",
            "运营", "运行", "达产", "投产", "上线", "开通", "发挥", "用好", "优化", "完善", "依托", "新增", "引进", "获批");

    private record Row(String government, String gold, String rule, List<String> features) {
    }

    private StageLearnMain() {
    }

    public static void main(String[] args) throws Exception {
        Extractor extractor = Extractor.defaults();
        List<Row> rows = new ArrayList<>();
        for (String dir : List.of("src/test/resources/gold", "src/test/resources/gold-train")) {
            GoldSet gold = GoldReader.readSet(Path.of(dir));
            for (GoldDocument g : gold.documents()) {
                Path file = TEXTS.stream().map(d -> d.resolve(g.stem() + ".txt")).filter(Files::exists).findFirst().orElse(null);
                if (file == null) {
                    continue;
                }
                String name = file.getFileName().toString();
                DocumentMeta meta = Manifest.of(file.getParent()).get(name).orElse(null);
                String government = meta == null || meta.jurisdiction().isEmpty() ? "seeds" : meta.jurisdiction();
                String set = gold.split().setOf(g.stem(), meta == null ? "" : meta.jurisdiction());
                if (!set.equals("dev") && !set.equals("train-helper")) {
                    continue; // held-out texts are never opened
                }
                String text = TextDecoder.decode(Files.readAllBytes(file), name);
                if (meta == null) {
                    meta = new DocumentMeta(name, DocumentMeta.stemOf(name), null,
                            YearInference.infer(text, name).orElse(2000), "", "", "");
                }
                rows.addAll(pairs(government, g, extractor.extract(meta, text).mentions()));
            }
        }
        Map<String, List<Row>> byGovernment = new TreeMap<>();
        rows.forEach(r -> byGovernment.computeIfAbsent(r.government(), k -> new ArrayList<>()).add(r));
        int ruleRight = 0;
        int learnedRight = 0;
        double[] thresholds = {0.6, 0.7, 0.8, 0.9, 0.95};
        int[] hybridRight = new int[thresholds.length];
        for (var e : byGovernment.entrySet()) {
            List<Event> events = new ArrayList<>();
            rows.stream().filter(r -> !r.government().equals(e.getKey()))
                    .forEach(r -> events.add(new Event(r.gold(), r.features().toArray(String[]::new))));
            MaxentModel model = train(events);
            int rule = 0;
            int learned = 0;
            for (Row r : e.getValue()) {
                rule += r.gold().equals(r.rule()) ? 1 : 0;
                double[] p = model.eval(r.features().toArray(String[]::new));
                String best = model.getBestOutcome(p);
                learned += r.gold().equals(best) ? 1 : 0;
                double top = java.util.Arrays.stream(p).max().orElse(0);
                for (int t = 0; t < thresholds.length; t++) {
                    hybridRight[t] += r.gold().equals(top >= thresholds[t] ? best : r.rule()) ? 1 : 0;
                }
            }
            ruleRight += rule;
            learnedRight += learned;
            System.out.printf("%s\trows %d\trules %.3f\tmaxent %.3f%n", e.getKey(), e.getValue().size(),
                    rule / (double) e.getValue().size(), learned / (double) e.getValue().size());
        }
        System.out.printf("ALL\trows %d\trules %.3f\tmaxent %.3f%n", rows.size(), ruleRight / (double) rows.size(),
                learnedRight / (double) rows.size());
        for (int t = 0; t < thresholds.length; t++) {
            System.out.printf("HYBRID\tmaxent when sure >= %.2f, else rules\t%.3f%n", thresholds[t],
                    hybridRight[t] / (double) rows.size());
        }
    }

    private static MaxentModel train(List<Event> events) throws Exception {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
    }

    /** The matched (gold row, compared mention) pairs of one document, as eval's EntityScorer forms them. */
    private static List<Row> pairs(String government, GoldDocument g, List<Mention> predicted) {
        Map<String, List<Mention>> entities = new LinkedHashMap<>();
        for (Mention m : predicted) {
            if (!m.type().isFigure() && !Names.key(m.surface()).isEmpty()) {
                entities.computeIfAbsent(Names.key(m.surface()), k -> new ArrayList<>()).add(m);
            }
        }
        List<Row> out = new ArrayList<>();
        for (GoldRow r : g.entities()) {
            List<Mention> entity = r.names().stream().map(n -> entities.get(Names.key(n))).filter(x -> x != null)
                    .findFirst().orElse(null);
            if (entity == null) {
                continue;
            }
            Mention m = entity.stream().filter(x -> Names.evidenceContains(x.evidence(), r.evidence())).findFirst()
                    .orElse(entity.get(0));
            String rule = m.stage() == null ? "none" : m.stage().key();
            out.add(new Row(government, r.stage() == null ? "none" : r.stage().key(), rule, features(m, rule)));
        }
        return out;
    }

    private static List<String> features(Mention m, String rule) {
        String ev = m.evidence();
        int b = Math.max(0, Math.min(ev.length(), m.span().begin() - m.sentence().begin()));
        int e = Math.max(b, Math.min(ev.length(), m.span().end() - m.sentence().begin()));
        String before = ev.substring(0, b).replaceAll("^.*[，,；;。：:]", "");
        String after = ev.substring(e).replaceAll("[，,；;。：:].*$", "");
        List<String> f = new ArrayList<>();
        f.add("rule=" + rule);
        f.add("mod=" + m.modality().key());
        f.add("type=" + m.type().key());
        f.add("rule+mod=" + rule + m.modality().key());
        f.add("pre2=" + tail(before, 2));
        f.add("post2=" + head(after, 2));
        for (String v : VERBS) {
            int i = before.lastIndexOf(v);
            if (i >= 0) {
                f.add("vb=" + v);
                f.add("vb=" + v + "+mod=" + m.modality().key());
            }
            int j = after.indexOf(v);
            if (j >= 0 && j <= 8) {
                f.add("va=" + v);
            }
        }
        return f;
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
