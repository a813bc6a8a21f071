package org.pledgegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pledgegraph.bench.BenchReport.BulkLoad;
import org.pledgegraph.bench.BenchReport.IngestRun;
import org.pledgegraph.bench.BenchReport.Latency;
import org.pledgegraph.bench.BenchReport.Resolution;
import org.pledgegraph.bench.BenchReport.Throughput;

/** Renders a {@link BenchReport} as markdown (headed sections of tables) or as one flat TSV. */
public final class ReportWriter {
    /** Section titles, in order; the smoke test checks every one is present. */
    public static final List<String> SECTIONS = List.of("Machine", "Extraction throughput", "Ingest",
            "Side by side: TDB2 bulk loader", "Growth", "Query latency", "Cold start");

    private ReportWriter() {
    }

    /** A titled table; rendering is the only thing done with it. */
    private record Table(String section, String note, List<String> header, List<List<String>> rows) {
    }

    public static String markdown(BenchReport r) {
        StringBuilder sb = new StringBuilder("# pledgegraph bench\n\n");
        sb.append(String.format(Locale.ROOT, "Corpus %s: %d documents, %.2f MB of UTF-8 text. Run took %.0f s.%n",
                r.corpus().dir(), r.corpus().documents(), r.corpus().utf8Bytes() / 1e6, r.seconds()));
        if (r.quick()) {
            sb.append("\n**Quick run (--quick): one repetition, a handful of requests; the numbers mean nothing.**\n");
        }
        for (Table t : tables(r)) {
            sb.append("\n## ").append(t.section()).append("\n\n");
            if (!t.note().isEmpty()) {
                sb.append(t.note()).append("\n\n");
            }
            if (t.rows().isEmpty()) {
                sb.append("(not measured)\n");
                continue;
            }
            sb.append("| ").append(String.join(" | ", t.header())).append(" |\n");
            sb.append("|").append("---|".repeat(t.header().size())).append("\n");
            for (List<String> row : t.rows()) {
                sb.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** One line per table row: section, then the header's columns as name=value pairs. */
    public static String tsv(BenchReport r) {
        StringBuilder sb = new StringBuilder("section\tfigures\n");
        for (Table t : tables(r)) {
            for (List<String> row : t.rows()) {
                sb.append(t.section());
                for (int i = 0; i < row.size(); i++) {
                    sb.append('\t').append(t.header().get(i)).append('=').append(row.get(i).replace('\t', ' '));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static List<Table> tables(BenchReport r) {
        List<Table> out = new ArrayList<>();
        var m = r.machine();
        out.add(new Table(SECTIONS.get(0), "", List.of("processors", "memory", "max heap", "java", "os", "date",
                "threads", "load avg start/end"), List.of(List.of(String.valueOf(m.processors()),
                gb(m.physicalMemoryBytes()), gb(m.maxHeapBytes()), m.java(), m.os(), m.date(),
                String.valueOf(m.threads()), f(1, m.loadAtStart()) + " / " + f(1, m.loadAtEnd())))));
        out.add(extraction(r));
        out.add(ingest(r));
        out.add(bulk(r));
        out.add(growth(r));
        List<List<String>> lat = new ArrayList<>();
        for (Latency l : r.latencies()) {
            lat.add(List.of(l.scale() + "×", l.query(), l.params(), l.mode(), String.valueOf(l.clients()),
                    String.valueOf(l.requests()), String.valueOf(l.errors()), l.rows() < 0 ? "" : String.valueOf(l.rows()),
                    f(1, l.p50Millis()), f(1, l.p99Millis())));
        }
        out.add(new Table(SECTIONS.get(5), "Warmed up; in-process results are written as TSV to nowhere, HTTP "
                + "responses (/api TSV) are read in full. Latency is per request, measured by the client. "
                + "Queries time out after " + QueryBench.TIMEOUT_MS / 1000 + " s (counted as errors at that latency). "
                + "Each request asks for one page (the first 100 rows and the total): in-process through QueryRunner, "
                + "HTTP as GET /api/NAME. HTTP: " + QueryBench.CLIENTS + " clients send one query at a time; HTTP mixed: the same clients "
                + "send every named query in turn for the stated time against a server with the default timeout, "
                + "(all) sums them. HTTP page: the same clients ask one workbench page at a time (the HTML read in "
                + "full, no assets; params column = the path).",
                List.of("scale", "query", "params", "mode", "clients", "requests", "errors", "rows", "p50 ms", "p99 ms"),
                lat));
        List<List<String>> cold = r.coldStart().map(c -> List.of(List.of(c.command(), String.valueOf(c.seconds().size()),
                f(2, c.median()), c.seconds().stream().map(s -> f(2, s)).reduce((a, b) -> a + ", " + b).orElse(""))))
                .orElse(List.of());
        out.add(new Table(SECTIONS.get(6), "", List.of("command", "runs", "median s", "runs s"), cold));
        return out;
    }

    private static Table extraction(BenchReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (Throughput t : r.extraction()) {
            rows.add(List.of(t.tool(), String.valueOf(t.threads()), f(2, t.mbPerSecond()),
                    t.runs().stream().map(x -> f(2, x)).reduce((a, b) -> a + ", " + b).orElse(""),
                    String.valueOf(t.outputs())));
        }
        StringBuilder note = new StringBuilder("MB = 10^6 bytes of UTF-8 text; median of the repetitions after a "
                + "warm-up pass. Output per pass: our mentions (names, figures, with stage, modality, year and "
                + "offsets) vs HanLP's nt/ns terms.");
        for (int threads : r.extraction().stream().mapToInt(Throughput::threads).distinct().toArray()) {
            double ours = find(r.extraction(), "pledgegraph", threads);
            double hanlp = find(r.extraction(), "HanLP", threads);
            if (!Double.isNaN(ours) && !Double.isNaN(hanlp)) {
                note.append(String.format(Locale.ROOT, " **%d thread(s): pledgegraph = %.2f× HanLP.**", threads,
                        ours / hanlp));
            }
        }
        return new Table(SECTIONS.get(1), note.toString(), List.of("tool", "threads", "MB/s", "repetitions MB/s",
                "outputs per pass"), rows);
    }

    private static double find(List<Throughput> ts, String tool, int threads) {
        return ts.stream().filter(t -> t.tool().equals(tool) && t.threads() == threads)
                .mapToDouble(Throughput::mbPerSecond).findFirst().orElse(Double.NaN);
    }

    private static Table ingest(BenchReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (IngestRun i : r.ingests()) {
            rows.add(List.of(i.scale() + "×", String.valueOf(i.documents()), String.valueOf(i.mentions()),
                    String.valueOf(i.quads()), String.valueOf(i.entities()), f(2, i.seconds()), f(2, i.extractSeconds()),
                    f(1, i.docsPerSecond()), f(0, i.triplesPerSecond()), mb(i.heap().sampled()),
                    mb(i.heap().afterGc()), mb(i.storeBytes())));
        }
        return new Table(SECTIONS.get(2), "Fresh TDB2 store in a temporary folder. quads/s counts every quad in the "
                + "store afterwards (documents, entities, ontology). Heap: sampled = largest used heap (incl. garbage); "
                + "after GC = largest occupancy right after a collection (≈ live set, 0 if none ran).",
                List.of("scale", "documents", "mentions", "quads", "entities", "ingest s", "of which extract s", "docs/s",
                        "quads/s", "peak heap sampled", "peak heap after GC", "store on disk (du)"), rows);
    }

    private static Table bulk(BenchReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (BulkLoad b : r.bulkLoads()) {
            IngestRun i = r.ingests().stream().filter(x -> x.scale() == b.scale()).findFirst().orElseThrow();
            rows.add(List.of(b.scale() + "×", String.valueOf(b.quads()), f(2, i.seconds()),
                    f(2, i.seconds() - i.extractSeconds()), f(2, b.loadSeconds()), f(2, i.seconds() / b.loadSeconds()),
                    f(2, (i.seconds() - i.extractSeconds()) / b.loadSeconds()), b.loader(), f(2, b.exportSeconds()),
                    mb(b.storeBytes())));
        }
        return new Table(SECTIONS.get(3), "Our ingest's store as N-Quads, loaded by Jena's default TDB2 bulk loader "
                + "into a fresh store. Ratio = our time / bulk loader time (the bulk loader extracts nothing, so the "
                + "store-only ratio compares like with like).",
                List.of("scale", "quads", "our ingest s", "our store+resolve s", "bulk load s", "ratio ingest",
                        "ratio store-only", "loader", "export s", "bulk store on disk (du)"), rows);
    }

    private static Table growth(BenchReport r) {
        List<List<String>> rows = new ArrayList<>();
        IngestRun prevI = null;
        Resolution prevR = null;
        for (IngestRun i : r.ingests()) {
            Resolution res = r.resolutions().stream().filter(x -> x.scale() == i.scale()).findFirst().orElseThrow();
            double resTotal = res.readSeconds() + res.resolveSeconds();
            String ingestStep = prevI == null ? "" : step(prevI.scale(), i.scale(), prevI.seconds(), i.seconds());
            String resStep = prevR == null ? "" : step(prevR.scale(), res.scale(),
                    prevR.readSeconds() + prevR.resolveSeconds(), resTotal);
            rows.add(List.of(i.scale() + "×", String.valueOf(i.documents()), f(2, i.seconds()), ingestStep,
                    mb(i.heap().sampled()), String.valueOf(res.mentions()), f(3, res.readSeconds()),
                    f(3, res.resolveSeconds()), resStep, mb(res.heap().sampled())));
            prevI = i;
            prevR = res;
        }
        return new Table(SECTIONS.get(4), "Step = time ratio to the previous scale, and the exponent k in "
                + "time ∝ scale^k (1 = linear, 2 = quadratic). Resolution = reading the stored mentions back by SPARQL "
                + "+ the resolver, outside ingest.",
                List.of("scale", "documents", "ingest s", "ingest step", "ingest peak heap", "mentions",
                        "resolution read s", "resolve s", "resolution step", "resolution peak heap"), rows);
    }

    private static String step(int s0, int s1, double t0, double t1) {
        double ratio = t1 / t0;
        double k = Math.log(ratio) / Math.log((double) s1 / s0);
        return String.format(Locale.ROOT, "×%.1f (k=%.2f)", ratio, k);
    }

    static String f(int decimals, double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    static String mb(long bytes) {
        return bytes <= 0 ? "–" : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
