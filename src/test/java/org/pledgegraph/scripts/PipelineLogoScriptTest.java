package org.pledgegraph.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/pipeline-logo.sh's table: from each fold's `eval --tsv` output it takes the government's row and its
 * reappear pair's row. Its training and ingest are skipped here (a fold whose models and scores exist is reused), so
 * only the reading of eval's TSV is under test: a change of that format must not leave the README's table blank.
 */
class PipelineLogoScriptTest {
    private static final String HEADER = "document\tentity_p\tentity_r\tentity_f1\tstrict_p\tstrict_r\tstrict_f1\tfigure_p"
            + "\tfigure_r\tfigure_f1\ttype_acc\tstage_acc\tmodality_acc\tyear_acc\tkind_acc\tlabel_acc\tfigure_year_acc\tset"
            + "\tunscorable_figures";

    @Test
    void readsTheGovernmentAndItsPair(@TempDir Path out) throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(Path.of("..", "shared", "corpus", "local", "manifest.tsv")),
                "../shared is not beside the clone");
        Path fold = out.resolve("河南省");
        Files.createDirectories(fold.resolve("org/pledgegraph/extract"));
        Files.writeString(fold.resolve("org/pledgegraph/extract/candidate-judge-stack.bin"), "");
        for (String mode : List.of("shipped", "logo")) {
            String f1 = mode.equals("logo") ? "0.700" : "0.800";
            Files.writeString(fold.resolve("eval-" + mode + ".tsv"), String.join("\n",
                    HEADER,
                    "gov:河南省\t0.9\t0.7\t" + f1 + "\t-\t-\t-\t-\t-\t0.95\t0.91\t0.92\t0.93\t-\t-\t-\t-\tdev\t0",
                    "gov:贵州省\t0.1\t0.1\t0.100\t-\t-\t-\t-\t-\t0.1\t0.1\t0.1\t0.1\t-\t-\t-\t-\tdev\t0",
                    "",
                    "pair\tset\treappear_p\treappear_r\treappear_f1",
                    "guizhousheng-2025-2026\tdev\t0.1\t0.1\t0.1",
                    "henansheng-2025-2026\tdev\t0.9\t0.6\t0.72",
                    "set:dev\tdev\t0.5\t0.5\t0.5", ""), StandardCharsets.UTF_8);
        }
        Path jar = Files.writeString(out.resolve("any.jar"), "");
        ProcessBuilder pb = new ProcessBuilder("bash", "scripts/pipeline-logo.sh", out.toString(), "河南省");
        pb.environment().put("JAR", jar.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor(), String.join("\n", lines));
        assertEquals(List.of(
                "government\tmodels\tentity_p\tentity_r\tentity_f1\tfigure_f1\ttype\tstage\tmodality\treappear_p\treappear_r\treappear_f1",
                "河南省\tshipped\t0.9\t0.7\t0.800\t0.95\t0.91\t0.92\t0.93\t0.9\t0.6\t0.72",
                "河南省\tlogo\t0.9\t0.7\t0.700\t0.95\t0.91\t0.92\t0.93\t0.9\t0.6\t0.72"), lines);
    }
}
