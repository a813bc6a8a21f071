package org.pledgegraph.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * The gold folder and text folder a dev diagnostic reads ({@code STORE [--gold DIR] [--texts DIR]}), and which pairs
 * it may list row by row: the development pairs of the shared gold, or every pair of a training folder
 * (src/test/resources/gold-train). Held-out governments and the helper-held-out folder are never listed.
 *
 * @param gold  the gold set read
 * @param texts the folder holding the reports' texts
 */
record DiagGold(GoldSet gold, Path texts, boolean training) {
    /** The development pairs of the written split (src/test/resources/gold/split.tsv); the others are held out. */
    private static final List<String> DEV_PAIRS = List.of("shenzhenshi", "shenzhen-futianqu", "shenzhen-longgangqu",
            "henansheng", "guizhousheng");
    private static final List<String> HELD_OUT = List.of("shenzhen-yantianqu", "shenzhen-baoanqu", "zhejiangsheng");

    static DiagGold of(String[] args) {
        Path gold = Path.of("src/test/resources/gold");
        Path texts = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--gold" -> gold = Path.of(args[i + 1]);
                case "--texts" -> texts = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (gold.toString().contains("gold-helper")) {
            throw new IllegalArgumentException("the helper-held-out gold is scored with eval only, never listed");
        }
        boolean training = gold.getFileName().toString().equals("gold-train");
        if (texts == null) {
            texts = Path.of(training ? "../shared/corpus/local" : "src/test/resources/corpus/local");
        }
        return new DiagGold(GoldReader.readSet(gold), texts, training);
    }

    /** Whether this pair's rows may be printed (development or training data). */
    boolean listable(ReappearGold pair) {
        if (HELD_OUT.stream().anyMatch(p -> pair.firstStem().startsWith(p + "-"))) {
            return false;
        }
        return training || DEV_PAIRS.stream().anyMatch(p -> pair.firstStem().startsWith(p + "-"));
    }
}
