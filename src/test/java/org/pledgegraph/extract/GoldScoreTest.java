package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.Extraction;
import org.pledgegraph.model.Mention;
import org.pledgegraph.text.YearInference;

/**
 * Dev scorer: runs the extractor on the gold-annotated seeds and prints lenient precision,
 * recall and F1 for named entities (any type) and figures (value + unit), with misses and false
 * positives. The floors catch regressions.
 */
class GoldScoreTest {
    static final double ENTITY_F1_FLOOR = 0.85;
    static final double FIGURE_F1_FLOOR = 0.9;

    record Score(int tp, int gold, int found) {
        double p() {
            return found == 0 ? 0 : (double) tp / found;
        }

        double r() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        double f1() {
            return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r());
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, gold + o.gold, found + o.found);
        }

        @Override
        public String toString() {
            return String.format("P=%.2f R=%.2f F1=%.2f (tp=%d gold=%d found=%d)", p(), r(), f1(), tp, gold, found);
        }
    }

    @Test
    void extractorMeetsGoldFloorsOnSeeds000And003() throws IOException {
        Score entities = new Score(0, 0, 0);
        Score figures = new Score(0, 0, 0);
        for (String stem : List.of("000_8b5d310501e46dd4", "003_d45b306f38fa5f8e")) {
            String text = Files.readString(Path.of("seeds", stem + ".txt"));
            int year = YearInference.infer(text, stem + ".txt").orElse(2000);
            Extraction x = Extractor.defaults().extract(
                    new DocumentMeta(stem + ".txt", stem, null, year, "", "", ""), text);
            List<String[]> gold = readGold(stem);
            entities = entities.plus(scoreEntities(stem, gold, x.mentions()));
            figures = figures.plus(scoreFigures(stem, gold, x.mentions()));
        }
        System.out.println("ENTITIES " + entities);
        System.out.println("FIGURES  " + figures);
        assertTrue(entities.f1() >= ENTITY_F1_FLOOR, "entity F1 " + entities);
        assertTrue(figures.f1() >= FIGURE_F1_FLOOR, "figure F1 " + figures);
    }

    static String key(String name) {
        return name.replaceAll("[“”\"‘’]", "").replaceAll("(?:建设|项目)+$", "").strip();
    }

    private static Score scoreEntities(String stem, List<String[]> gold, List<Mention> mentions) {
        Set<String> found = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (!m.type().isFigure()) {
                found.add(key(m.surface()));
            }
        }
        int tp = 0;
        int goldCount = 0;
        Set<String> matched = new LinkedHashSet<>();
        List<String> misses = new ArrayList<>();
        for (String[] g : gold) {
            if (g[0].equals("target") || g[0].equals("actual")) {
                continue;
            }
            goldCount++;
            List<String> names = new ArrayList<>(List.of(key(g[1])));
            if (g.length > 2 && !g[2].isEmpty()) {
                for (String a : g[2].split("\\|")) {
                    names.add(key(a));
                }
            }
            String hit = names.stream().filter(found::contains).findFirst().orElse(null);
            if (hit != null) {
                tp++;
                matched.addAll(names);
            } else {
                misses.add(g[0] + ":" + g[1]);
            }
        }
        List<String> fps = found.stream().filter(f -> !matched.contains(f)).toList();
        System.out.println(stem + " entity misses: " + misses);
        System.out.println(stem + " entity false positives: " + fps);
        return new Score(tp, goldCount, tp + fps.size());
    }

    private static Score scoreFigures(String stem, List<String[]> gold, List<Mention> mentions) {
        List<String> found = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type().isFigure()) {
                found.add(m.figure().value().stripTrailingZeros().toPlainString() + " " + m.figure().unit());
            }
        }
        List<String> remaining = new ArrayList<>(found);
        int tp = 0;
        int goldCount = 0;
        List<String> misses = new ArrayList<>();
        for (String[] g : gold) {
            if (!g[0].equals("target") && !g[0].equals("actual")) {
                continue;
            }
            goldCount++;
            String vu = g[1].substring(g[1].lastIndexOf('=') + 1);
            String[] p = vu.split(" ", 2);
            String k = new BigDecimal(p[0]).stripTrailingZeros().toPlainString() + " " + (p.length > 1 ? p[1] : "");
            if (remaining.remove(k)) {
                tp++;
            } else {
                misses.add(g[1]);
            }
        }
        System.out.println(stem + " figure misses: " + misses);
        System.out.println(stem + " figure false positives: " + remaining);
        return new Score(tp, goldCount, found.size());
    }

    private static List<String[]> readGold(String stem) throws IOException {
        try (InputStream in = GoldScoreTest.class.getResourceAsStream("/gold/" + stem + ".tsv")) {
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
            return rows;
        }
    }
}
