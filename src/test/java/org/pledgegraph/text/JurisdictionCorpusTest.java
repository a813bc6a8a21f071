package org.pledgegraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.Place;

/**
 * Jurisdiction from the text alone, over every document of ../shared/corpus/local, against the manifest's
 * jurisdiction column (the measure the README reports).
 */
class JurisdictionCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "local");

    @Test
    void everyLocalReportGetsTheManifestsPlaceFromItsTextAlone() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS.resolve("manifest.tsv")), "no shared corpus beside the repo");
        Places places = Places.bundled();
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c[0].equals("file") || c.length < 7) {
                continue;
            }
            Place expected = places.resolve(c[6]).orElseThrow(() -> new AssertionError("manifest place unknown: " + c[6]));
            String text = TextDecoder.decode(Files.readAllBytes(CORPUS.resolve(c[0])), c[0]);
            String got = JurisdictionInference.inferPlace(text, places).map(p -> p.id() + " " + p.name()).orElse("none");
            total++;
            if (!got.startsWith(expected.id() + " ")) {
                wrong.add(c[0] + ": expected " + expected.id() + " " + c[6] + ", inferred " + got);
            }
        }
        System.out.printf("jurisdiction from text: %d of %d right (%.1f %%)%n", total - wrong.size(), total,
                100.0 * (total - wrong.size()) / total);
        wrong.forEach(System.out::println);
        assertTrue(total >= 200, "expected the whole local corpus, read " + total);
        assertEquals(List.of(), wrong);
    }
}
