package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar itself: catches ServiceLoader entries lost in shading (Jena subsystems, Rio writers). */
class ShadedJarIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    /**
     * {@code java -jar pledgegraph.jar ARGS} with the JIT at C1 only: these runs last seconds, and C2 compiles cost
     * them half their CPU time (validate of the seeds: 21 s → 10 s of CPU). JIT flags change no behaviour the tests
     * look at; the jar, its manifest and its ServiceLoader files are the ones users run.
     */
    static List<String> command(List<String> args) {
        Path jar = Path.of(System.getProperty("pledgegraph.jar", "target/pledgegraph.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        cmd.addAll(args);
        return cmd;
    }

    static Run jar(Path tmp, String... args) throws IOException, InterruptedException {
        List<String> cmd = command(List.of(args));
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jar did not finish: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jarIngestsValidatesAndExportsTurtleAndJsonLd() throws Exception {
        String db = tmp.resolve("db").toString();
        Run ingest = jar(tmp, "ingest", "--quiet", "--store", db, "seeds");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested 5 documents"), ingest.out());
        Run validate = jar(tmp, "validate", "--store", db);
        assertEquals(0, validate.code(), validate.out() + validate.err());
        Run ttl = jar(tmp, "export", "--store", db, "--format", "turtle");
        assertEquals(0, ttl.code(), ttl.err());
        assertTrue(ttl.out().contains("@prefix pg: <https://w3id.org/pledgegraph/ontology#>"), "no pg prefix");
        Run jsonld = jar(tmp, "export", "--store", db, "--format", "jsonld");
        assertEquals(0, jsonld.code(), jsonld.err());
        assertTrue(jsonld.out().contains("@context"));
    }
}
