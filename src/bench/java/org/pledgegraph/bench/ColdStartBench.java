package org.pledgegraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pledgegraph.bench.BenchReport.ColdStart;

/** Launcher to first query answer: {@code java -jar pledgegraph.jar query --store DIR documents} as a child process. */
final class ColdStartBench {
    private final BenchConfig config;
    private final PrintWriter progress;

    ColdStartBench(BenchConfig config, PrintWriter progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Empty when there is no jar to start (e.g. running from classes in an IDE). */
    Optional<ColdStart> run(Path store) {
        if (config.jar() == null || !config.jar().toFile().isFile()) {
            progress.println("cold start: skipped, no shaded jar (build it with mvn -DskipTests package)");
            progress.flush();
            return Optional.empty();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-jar", config.jar().toString(), "query", "--store", store.toString(),
                "--queries", config.queries().toAbsolutePath().toString(), "--format", "tsv", "documents");
        List<Double> seconds = new ArrayList<>();
        int runs = config.quick() ? 1 : 3;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            try {
                Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("cold start: child did not answer within 120 s: " + cmd);
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("cold start: child exited with " + p.exitValue() + ": " + cmd);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cold start: cannot start " + java + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            seconds.add(Stats.seconds(System.nanoTime() - t0));
        }
        ColdStart c = new ColdStart("java -jar " + config.jar().getFileName() + " query --store DIR documents", seconds);
        progress.printf("cold start: median %.2f s over %d run(s)%n", c.median(), runs);
        progress.flush();
        return Optional.of(c);
    }
}
