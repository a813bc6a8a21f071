package org.pledgegraph.extract;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pledgegraph.eval.Disagreement;
import org.pledgegraph.eval.DocumentScore;
import org.pledgegraph.eval.EvalReport;
import org.pledgegraph.eval.GoldReader;
import org.pledgegraph.eval.GoldSet;
import org.pledgegraph.eval.Scorer;
import org.pledgegraph.model.Mention;

/**
 * Dev tool: entity type errors of matched rows (the name matched, the type did not), as a confusion count per
 * readable set (gold type → predicted type) and, with {@code --rows}, one line per error: set, stem, gold type,
 * predicted type, gold name, predicted surface, evidence. Held-out sets are never listed.
 * Usage: {@code TypeDiagMain [--gold DIR] [--rows]}.
 */
public final class TypeDiagMain {

    private TypeDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        int g0 = a.indexOf("--gold");
        GoldSet gold = GoldReader.readSet(Path.of(g0 >= 0 ? a.get(g0 + 1) : "src/test/resources/gold"));
        Extractor extractor = Extractor.defaults();
        Map<String, List<Mention>> predicted = new HashMap<>();
        Map<String, String> governments = new HashMap<>();
        DiagTexts.forEach(gold, (g, meta, text) -> {
            if (!meta.jurisdiction().isEmpty()) {
                governments.put(g.stem(), meta.jurisdiction());
            }
            predicted.put(g.stem(), extractor.extract(meta, text).mentions());
        });
        EvalReport report = Scorer.score(gold, predicted, governments, List.of());
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (DocumentScore d : report.documents()) {
            String set = gold.split().setOf(d.stem(), governments.getOrDefault(d.stem(), ""));
            if (!DiagTexts.READABLE.contains(set)) {
                continue;
            }
            for (Disagreement x : d.disagreements()) {
                if (!x.attribute().equals("type")) {
                    continue;
                }
                confusion.computeIfAbsent(set, k -> new TreeMap<>())
                        .merge(x.expected() + " -> " + x.actual(), 1, Integer::sum);
                if (a.contains("--rows")) {
                    Mention m = x.predicted();
                    System.out.println(set + "\t" + d.stem() + "\t" + x.expected() + "\t" + x.actual() + "\t"
                            + x.gold().name() + "\t" + m.surface() + "\t" + x.gold().evidence().replace('\n', ' '));
                }
            }
        }
        confusion.forEach((set, n) -> n.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.println("TYPE " + set + "\t" + e.getKey() + "\t" + e.getValue())));
    }
}
