package org.pledgegraph.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * scripts/thread-cpu.py and scripts/jfr-writer.py (the ingest CPU budget, BENCHMARKS.md "Session 29: budget29") run
 * their own checks, scripts/test_thread_cpu.py: a synthetic trace whose groups, windows and exited threads add up, and
 * synthetic stacks put into the writer's phases. Run here so that `mvn verify` keeps them working; skipped where
 * there is no python3.
 */
class ThreadCpuScriptsTest {
    @Test
    void scriptChecksPass() throws IOException, InterruptedException {
        assumeTrue(python3(), "python3 is not on the PATH");
        ProcessBuilder pb = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "scripts", "-p",
                "test_thread_cpu.py");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("Ran 7 tests"), out);
    }

    private static boolean python3() throws InterruptedException {
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
