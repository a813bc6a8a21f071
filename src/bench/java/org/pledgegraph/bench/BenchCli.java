package org.pledgegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.pledgegraph.cli.PledgeGraph;
import org.pledgegraph.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction throughput (beside HanLP), ingest (beside Jena's TDB2 bulk loader),",
                "growth over scaled copies of a corpus, named-query latency and cold start.",
                "Progress goes to stderr, a markdown report to stdout (and --out). See BENCHMARKS.md."})
/**
 * The {@code bench} verb. {@link PledgeGraph} finds it by name when the bench jar is on the class path (the
 * launcher puts it there), so the product jar carries neither the harness nor HanLP.
 */
public final class BenchCli implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scales", split = ",", paramLabel = "N[,N...]", defaultValue = "1,10",
            description = "Corpus multiples to ingest (default: ${DEFAULT-VALUE}); up to 1000, which takes long.")
    List<Integer> scales;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of .txt documents (default: ../shared/corpus/national if present, "
                    + "else src/test/resources/corpus).")
    Path corpus;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report here (.tsv: TSV, else markdown).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel figures (default: all cores).")
    Integer threads;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of named queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "Shaded jar for the cold-start figure (default: the running jar, else target/pledgegraph.jar).")
    Path jar;

    @Option(names = "--mixed-seconds", paramLabel = "N", defaultValue = "60",
            description = "Length of the mixed-load run at the largest scale: 16 HTTP clients sending every named "
                    + "query in turn (default: ${DEFAULT-VALUE}; 0 skips it; --quick: 2).")
    int mixedSeconds;

    @Option(names = "--quick", description = "A tiny run (one repetition, few requests) that only checks the harness.")
    boolean quick;

    @Option(names = "--variety", description = {"Scale by real variety: copy c of each government is filed by another "
            + "real county (GB/T 2260) and its entity names are varied, so distinct entities grow with the scale.",
            "Default corpus then ../shared/corpus/local. Without it copies repeat the same entities (the worst case "
            + "for one entity's mentions)."})
    boolean variety;

    @Option(names = "--variety-scales", split = ",", paramLabel = "N[,N...]",
            description = {"After the run above, a second one at these scales with real variety (as --variety, on "
            + "--variety-corpus), reported below the first: both tables of BENCHMARKS.md from one command."})
    List<Integer> varietyScales;

    @Option(names = "--variety-corpus", paramLabel = "DIR",
            description = "Corpus of the --variety-scales run (default: ../shared/corpus/local).")
    Path varietyCorpus;

    @Option(names = "--ingest-only", description = "Only ingest, resolution and the bulk loader at each scale.")
    boolean ingestOnly;

    @Option(names = "--verbose", description = "Print stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() {
        BenchConfig config = new BenchConfig(scales, corpus == null ? defaultCorpus(variety) : corpus, queries,
                jar == null ? defaultJar() : jar, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                quick, quick ? Math.min(mixedSeconds, 2) : mixedSeconds, variety, ingestOnly);
        BenchReport report = new Bench(config, err()).run();
        String markdown = ReportWriter.markdown(report);
        String tsv = ReportWriter.tsv(report);
        if (varietyScales != null && !varietyScales.isEmpty()) {
            BenchConfig second = new BenchConfig(varietyScales,
                    varietyCorpus == null ? defaultCorpus(true) : varietyCorpus, queries, config.jar(),
                    config.threads(), quick, config.mixedSeconds(), true, ingestOnly);
            BenchReport variety = new Bench(second, err()).run();
            markdown += "\n# Real variety (" + second.corpus() + ", scales " + second.scales() + ")\n\n"
                    + ReportWriter.markdown(variety);
            tsv += "\n" + ReportWriter.tsv(variety);
        }
        out().print(markdown);
        out().flush();
        if (out != null) {
            String text = out.getFileName().toString().endsWith(".tsv") ? tsv : markdown;
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(out.toString(), "cannot write report: " + e.getMessage());
            }
            err().println("report written to " + out);
            err().flush();
        }
        return PledgeGraph.OK;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private static Path defaultCorpus(boolean variety) {
        Path local = Path.of("..", "shared", "corpus", "local");
        if (variety && Files.isDirectory(local)) {
            return local;
        }
        Path national = Path.of("..", "shared", "corpus", "national");
        return Files.isDirectory(national) ? national : Path.of("src", "test", "resources", "corpus");
    }

    /** The product jar the CLI runs from (not the bench jar), when it runs from one; else the build's output. */
    private static Path defaultJar() {
        try {
            Path self = Path.of(PledgeGraph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: fall through to the build's output
        }
        String property = System.getProperty("pledgegraph.jar");
        return Path.of(property != null ? property : "target/pledgegraph.jar");
    }
}
