package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness lives in target/pledgegraph-bench.jar, never in the product jar; HanLP portable is in the
 * product jar, since the judge reads its word dictionary ({@code extract.DictionaryWords}), and the bench uses it from there.
 */
class ProductJarIT {
    private static final Path JAR = Path.of(System.getProperty("pledgegraph.jar", "target/pledgegraph.jar"));

    @Test
    void productJarHoldsNoHarnessButHanlpsDictionary() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> leaked = zip.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/pledgegraph/bench/"))
                    .limit(5).toList();
            assertEquals(List.of(), leaked);
            assertTrue(zip.getEntry("org/pledgegraph/cli/BenchCommand.class") != null, "bench stand-in missing");
            assertTrue(zip.getEntry("data/dictionary/CoreNatureDictionary.mini.txt.bin") != null, "no word dictionary");
        }
    }

    @Test
    void benchJarHoldsHarness() throws IOException {
        Path bench = JAR.resolveSibling("pledgegraph-bench.jar");
        assertTrue(Files.isRegularFile(bench), bench + " not built");
        try (ZipFile zip = new ZipFile(bench.toFile())) {
            assertTrue(zip.getEntry("org/pledgegraph/bench/BenchCli.class") != null, "no harness in " + bench);
        }
    }

    @Test
    void productJarAloneSaysHowToRunBench() throws Exception {
        Process p = new ProcessBuilder(ShadedJarIT.command(List.of("bench", "--quick"))).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), output);
        assertTrue(output.contains("./pledgegraph bench"), output);
    }
}
