package org.pledgegraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pledgegraph.extract.CrossYearPass;
import org.pledgegraph.extract.Extractor;
import org.pledgegraph.model.Mention;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Normalizer;

/**
 * Dev tool: for the <b>dev</b> reappear rows one side of which is not extracted, whether the other year kept the
 * name and why the cross-year pass did not carry it ({@code CrossYearDiagMain STORE}). Held-out pairs are skipped.
 */
public final class CrossYearDiagMain {
    private static final List<String> DEV_PAIRS = List.of("shenzhenshi", "shenzhen-futianqu", "shenzhen-longgangqu",
            "henansheng", "guizhousheng");

    private CrossYearDiagMain() {
    }

    public static void main(String[] args) throws Exception {
        GoldSet gold = GoldReader.readSet(Path.of("src/test/resources/gold"));
        CrossYearPass pass = Extractor.defaults().crossYear();
        Map<String, List<Mention>> byDoc;
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            byDoc = store.read(store::mentionsByDocument);
        }
        for (ReappearGold pair : gold.reappear()) {
            if (DEV_PAIRS.stream().noneMatch(p -> pair.firstStem().startsWith(p + "-"))) {
                continue;
            }
            for (ReappearRow r : pair.rows()) {
                boolean first = has(byDoc, r.firstStem(), r.firstName());
                boolean second = has(byDoc, r.secondStem(), r.secondName());
                if (first && second) {
                    continue;
                }
                String stem = first ? r.secondStem() : r.firstStem();
                String name = first ? r.secondName() : r.firstName();
                String other = first ? r.firstStem() : r.secondStem();
                System.out.println((first ? "second" : "first") + "\t" + stem + "\t" + name + "\t" + why(byDoc, stem,
                        name, other, pass));
            }
        }
    }

    private static String why(Map<String, List<Mention>> byDoc, String stem, String name, String other, CrossYearPass pass)
            throws Exception {
        String key = Names.key(name);
        List<String> there = byDoc.getOrDefault(other, List.of()).stream().filter(m -> !m.type().isFigure())
                .map(Mention::surface).filter(s -> Names.key(s).equals(key)).distinct().toList();
        if (there.isEmpty()) {
            return "not kept in the other year either";
        }
        String text = Normalizer.normalize(Files.readString(Path.of("src/test/resources/corpus/local", stem + ".txt"))).text();
        StringBuilder out = new StringBuilder("other year kept " + there + (pass.carries(there.get(0)) ? "" : " (not carried)"));
        String n = Normalizer.normalize(there.get(0)).text();
        int count = 0;
        for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
            count++;
            int e = i + n.length();
            out.append(" | ").append(text, Math.max(0, i - 6), i).append('[').append(n).append(']')
                    .append(text, e, Math.min(text.length(), e + 6)).append(CrossYearPass.cleanStart(text, i) ? "" : " badstart")
                    .append(CrossYearPass.cleanEnd(text, e) ? "" : " badend");
            String raw = Files.readString(Path.of("src/test/resources/corpus/local", stem + ".txt"));
            org.pledgegraph.model.Span sp = Normalizer.normalize(raw).toOriginal(i, e);
            byDoc.getOrDefault(stem, List.of()).stream().filter(m -> !m.type().isFigure()
                    && m.span().begin() < sp.end() && sp.begin() < m.span().end())
                    .forEach(m -> out.append(" overlaps ").append(m.surface()).append(m.span()));
        }
        if (count == 0) {
            out.append(" | not written verbatim here");
        }
        return out.toString();
    }

    private static boolean has(Map<String, List<Mention>> byDoc, String stem, String name) {
        String key = Names.key(name);
        return byDoc.getOrDefault(stem, List.of()).stream().anyMatch(m -> Names.key(m.surface()).equals(key));
    }
}
