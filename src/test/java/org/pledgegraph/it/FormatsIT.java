package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.convert.Fingerprint;
import org.pledgegraph.convert.ReportFiles;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/**
 * A seed and a corpus report as real web page, PDF and Word files built here from their text: each ingests with
 * at least 98 % of the mentions of its .txt twin (same surface, type and stage), every selector is exact against
 * the stored text, the text dereferences over HTTP, the same report in several files is one document, and bad
 * files are refused by the shaded jar with exit 2 and nothing stored.
 */
class FormatsIT {
    /** Development data: a seed and a corpus report of a government outside the held-out split. */
    static final Map<String, Path> REPORTS = new LinkedHashMap<>();
    static final Map<String, String> YEARS = Map.of("seed-002", "2024", "dapeng-2023", "2023");
    static final List<String> FORMATS = List.of("txt", "html", "pdf", "docx");

    @TempDir
    static Path tmp;
    static final Map<String, GraphStore> stores = new HashMap<>();
    static final Map<String, byte[]> bytes = new HashMap<>();

    @BeforeAll
    static void ingestEachFormat() throws Exception {
        REPORTS.put("seed-002", Path.of("seeds", "002_1352a3e80078e6b8.txt"));
        REPORTS.put("dapeng-2023", Path.of("..", "shared", "corpus", "local", "shenzhen-dapengxinqu-2023.txt"));
        for (Map.Entry<String, Path> r : REPORTS.entrySet()) {
            String text = Files.readString(r.getValue());
            List<String> paragraphs = ReportFiles.paragraphs(text);
            bytes.put(r.getKey() + ".txt", text.getBytes(StandardCharsets.UTF_8));
            bytes.put(r.getKey() + ".html", ReportFiles.html(paragraphs).getBytes(StandardCharsets.UTF_8));
            bytes.put(r.getKey() + ".pdf", ReportFiles.pdf(paragraphs, paragraphs.get(0)));
            bytes.put(r.getKey() + ".docx", ReportFiles.docx(paragraphs, paragraphs.get(0)));
        }
        for (String format : FORMATS) {
            Path dir = Files.createDirectories(tmp.resolve("in-" + format));
            StringBuilder manifest = new StringBuilder("file\tissued\tyear\n");
            for (String report : REPORTS.keySet()) {
                Files.write(dir.resolve(report + "." + format), bytes.get(report + "." + format));
                manifest.append(report).append('.').append(format).append("\t\t").append(YEARS.get(report)).append('\n');
            }
            Files.writeString(dir.resolve("manifest.tsv"), manifest);
            GraphStore store = GraphStore.open(tmp.resolve("db-" + format));
            IngestReport r = Ingest.create(store).run(List.of(dir), IngestListener.NONE);
            assertEquals(REPORTS.size(), r.documents(), format + ": " + r.refused());
            stores.put(format, store);
        }
    }

    @AfterAll
    static void close() {
        stores.values().forEach(GraphStore::close);
    }

    @Test
    void eachFormatYieldsAtLeast98PercentOfTheMentionsOfItsTextTwin() {
        for (String report : REPORTS.keySet()) {
            List<String> twin = mentions("txt", report);
            assertTrue(twin.size() > 50, report + ": " + twin.size() + " mentions in the .txt");
            for (String format : FORMATS.subList(1, FORMATS.size())) {
                List<String> got = new ArrayList<>(mentions(format, report));
                int matched = 0;
                List<String> missing = new ArrayList<>();
                for (String m : twin) {
                    if (got.remove(m)) {
                        matched++;
                    } else {
                        missing.add(m);
                    }
                }
                double recall = matched / (double) twin.size();
                assertTrue(recall >= 0.98, report + "." + format + ": " + matched + "/" + twin.size() + " missing "
                        + missing);
                assertTrue(got.size() <= 0.02 * twin.size(), report + "." + format + ": extra " + got);
            }
        }
    }

    @Test
    void convertedTextsHaveTheContentOfTheirTextTwin() {
        for (String report : REPORTS.keySet()) {
            String twin = squash(storedText("txt", report));
            for (String format : FORMATS.subList(1, FORMATS.size())) {
                String got = squash(storedText(format, report));
                int i = 0;
                while (i < Math.min(twin.length(), got.length()) && twin.charAt(i) == got.charAt(i)) {
                    i++;
                }
                assertEquals(twin.length(), i, report + "." + format + " differs at " + i + ": '"
                        + twin.substring(Math.max(0, i - 20), Math.min(twin.length(), i + 30)) + "' vs '"
                        + got.substring(Math.max(0, i - 20), Math.min(got.length(), i + 30)) + "'");
                assertEquals(twin.length(), got.length(), report + "." + format);
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u3000\u00A0]+", "");
    }

    @Test
    void everySelectorIsExactAgainstTheStoredText() {
        for (String format : FORMATS) {
            for (String report : REPORTS.keySet()) {
                String text = storedText(format, report);
                List<QuerySolution> rows = select(format, """
                        SELECT ?exact ?prefix ?suffix ?start ?end WHERE {
                          ?m pg:inDocument <%s> ; oa:hasTarget ?t .
                          ?t oa:hasSelector ?q , ?p .
                          ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
                          ?p oa:start ?start ; oa:end ?end . }""".formatted(doc(report)));
                assertTrue(rows.size() > 50, format + " " + report);
                for (QuerySolution row : rows) {
                    int start = row.getLiteral("start").getInt();
                    int end = row.getLiteral("end").getInt();
                    String exact = row.getLiteral("exact").getString();
                    assertEquals(exact, text.substring(start, end), format + " " + report + " at " + start);
                    assertTrue(text.substring(0, start).endsWith(row.getLiteral("prefix").getString()));
                    assertTrue(text.substring(end).startsWith(row.getLiteral("suffix").getString()));
                }
            }
        }
    }

    @Test
    void storedTextCarriesDigestsFormatAndConverter() throws Exception {
        for (String format : FORMATS) {
            for (String report : REPORTS.keySet()) {
                String text = storedText(format, report);
                byte[] file = bytes.get(report + "." + format);
                QuerySolution row = select(format, """
                        SELECT * WHERE { <%s> pg:text ?t ; pg:file ?f ; pg:sourceFile ?name .
                          ?t pg:sha256 ?tsha ; pg:contentSha256 ?csha ; prov:wasDerivedFrom ?f ; prov:hadPrimarySource ?f .
                          ?f pg:fileName ?name ; dct:format ?media ; pg:sha256 ?fsha ; pg:byteSize ?size ;
                             pg:converter ?conv ; pg:converterVersion ?ver . }""".formatted(doc(report))).get(0);
                assertEquals(Fingerprint.sha256(text), row.getLiteral("tsha").getString());
                assertEquals(Fingerprint.sha256(file), row.getLiteral("fsha").getString());
                assertEquals(file.length, row.getLiteral("size").getLong());
                assertEquals(Map.of("txt", "text", "html", "html", "pdf", "pdf", "docx", "docx").get(format),
                        row.getLiteral("conv").getString());
                assertTrue(row.getLiteral("ver").getString().matches("1 \\(.*\\d.*\\)"), row.getLiteral("ver").getString());
                assertEquals(Map.of("txt", "text/plain", "html", "text/html", "pdf", "application/pdf", "docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").get(format),
                        row.getLiteral("media").getString());
            }
        }
        // Plain text is stored as decoded: offsets count characters of the file itself, as before.
        assertEquals(Files.readString(REPORTS.get("seed-002")), storedText("txt", "seed-002"));
    }

    @Test
    void sameReportInSeveralFilesIsOneDocumentWithEveryFileRecorded() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        StringBuilder manifest = new StringBuilder("file\tissued\tyear\n");
        List<String> names = new ArrayList<>();
        for (String format : FORMATS) {
            names.add("seed-002." + format);
        }
        names.add("copy-of-seed-002.txt"); // the same report again under another name
        for (String name : names) {
            String ext = name.substring(name.lastIndexOf('.') + 1);
            Files.write(dir.resolve(name), bytes.get("seed-002." + ext));
            manifest.append(name).append("\t\t2024\n");
        }
        Files.writeString(dir.resolve("manifest.tsv"), manifest);
        try (GraphStore store = GraphStore.open(tmp.resolve("db-mixed"))) {
            IngestReport r = Ingest.create(store).run(List.of(dir), IngestListener.NONE);
            assertEquals(1, r.documents(), r.toString());
            assertEquals(4, r.duplicates().size(), r.toString());
            assertTrue(r.duplicates().get(0).message().contains(": same text as copy-of-seed-002.txt; recorded as "
                    + "another file of document copy-of-seed-002"), r.duplicates().get(0).message());
            assertEquals(5, fileNames(store).size());
            // Ingesting one of the files again keeps the others recorded; a new copy joins the same document.
            Path again = Files.createDirectories(tmp.resolve("again"));
            Files.write(again.resolve("beiguan-2024.pdf"), bytes.get("seed-002.pdf"));
            Files.writeString(again.resolve("manifest.tsv"), "file\tissued\tyear\nbeiguan-2024.pdf\t\t2024\n");
            IngestReport r2 = Ingest.create(store).run(List.of(again, dir.resolve("copy-of-seed-002.txt")),
                    IngestListener.NONE);
            assertEquals(1, r2.duplicates().size(), r2.toString());
            assertEquals(1, r2.documents(), r2.toString());
            assertEquals(6, fileNames(store).size());
            long docs = store.read(() -> store.datasetGraph().getUnionGraph()
                    .find(null, org.pledgegraph.rdf.PG.rdfType, org.pledgegraph.rdf.PG.Document).toList().size());
            assertEquals(1, docs);
        }
    }

    @Test
    void storedTextDereferencesAsPlainText() throws Exception {
        GraphStore store = stores.get("pdf");
        try (SparqlServer server = SparqlServer.create(store).port(0).build().start()) {
            HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/id/document/seed-002/text")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, res.statusCode());
            assertEquals("text/plain;charset=utf-8", res.headers().firstValue("Content-Type").orElse("").replace(" ", "")
                    .toLowerCase());
            assertEquals(storedText("pdf", "seed-002"), new String(res.body(), StandardCharsets.UTF_8));
            HttpResponse<String> none = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/id/document/nope/text")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, none.statusCode());
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/id/document/seed-002")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("/id/document/seed-002/text\"") && page.contains("seed-002.pdf"), page);
        }
    }

    @Test
    void shadedJarRefusesBadFilesWithExitTwoAndStoresNothing() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        List<String> paragraphs = ReportFiles.paragraphs(Files.readString(REPORTS.get("seed-002")));
        Files.write(bad.resolve("locked.pdf"), ReportFiles.pdf(paragraphs.subList(0, 3), "报告", "secret"));
        Files.write(bad.resolve("scan.pdf"), ReportFiles.scannedPdf());
        byte[] docx = bytes.get("seed-002.docx");
        Files.write(bad.resolve("broken.docx"), java.util.Arrays.copyOf(docx, docx.length * 2 / 3));
        Files.writeString(bad.resolve("menu.html"), "<html><body><ul class=nav><li><a href=/>首页</a></li></ul>"
                + "<div class=ewm>扫一扫在手机打开当前页</div></body></html>");
        Path db = tmp.resolve("db-bad");
        Path err = tmp.resolve("bad.err");
        Process p = new ProcessBuilder(ShadedJarIT.command(List.of("ingest", "--quiet", "--store", db.toString(),
                bad.toString()))).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ingest child did not finish");
        String stderr = Files.readString(err);
        assertEquals(2, p.exitValue(), stderr);
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(
                "refused " + bad.resolve("broken.docx") + ": looks like a zip archive (e.g. a Word .docx file) but its ZIP container is damaged",
                "refused " + bad.resolve("locked.pdf") + ": encrypted PDF: it needs a password to open",
                "refused " + bad.resolve("menu.html") + ": web page with no body text",
                "refused " + bad.resolve("scan.pdf") + ": no text layer: run OCR first"),
                lines.stream().map(l -> l.substring(0, prefixLength(l))).sorted().toList(), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(0L, (long) store.read(store::quadCount));
        }
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeConversion() throws Exception {
        Path pdf = Files.write(tmp.resolve("big.pdf"), bytes.get("seed-002.pdf"));
        try (GraphStore store = GraphStore.open(tmp.resolve("db-big"))) {
            IngestReport r = Ingest.create(store).maxBytes(1000).run(List.of(pdf), IngestListener.NONE);
            assertEquals(0, r.documents());
            assertTrue(r.refused().get(0).reason().startsWith(pdf + ": file is "), r.refused().toString());
            assertEquals(0L, (long) store.read(store::quadCount));
        }
    }

    /** The refusal line up to the end of its fixed wording (the rest names counts and sizes). */
    private static int prefixLength(String line) {
        for (String end : List.of("its ZIP container is damaged", "it needs a password to open", "no body text",
                "run OCR first")) {
            int at = line.indexOf(end);
            if (at >= 0) {
                return at + end.length();
            }
        }
        return line.length();
    }

    private static List<String> fileNames(GraphStore store) {
        return store.read(() -> store.datasetGraph().getUnionGraph()
                .find(null, org.pledgegraph.rdf.PG.fileName, null).mapWith(t -> t.getObject().getLiteralLexicalForm())
                .toList());
    }

    private static String doc(String report) {
        return "https://w3id.org/pledgegraph/id/document/" + report;
    }

    /** Surface, type and stage of each mention of a document. */
    private static List<String> mentions(String format, String report) {
        return select(format, """
                SELECT ?surface ?type ?stage WHERE { ?m pg:inDocument <%s> ; pg:surface ?surface ; pg:mentionType ?type .
                  OPTIONAL { ?m pg:stage ?stage } }""".formatted(doc(report))).stream()
                .map(r -> r.getLiteral("surface").getString() + "|" + r.getResource("type").getLocalName() + "|"
                        + (r.contains("stage") ? r.getResource("stage").getLocalName() : ""))
                .toList();
    }

    private static String storedText(String format, String report) {
        return select(format, "SELECT ?v WHERE { <%s> pg:text/rdf:value ?v }".formatted(doc(report)))
                .get(0).getLiteral("v").getString();
    }

    private static List<QuerySolution> select(String format, String where) {
        GraphStore store = stores.get(format);
        String q = """
                PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                """ + where;
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.model(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                    store.datasetGraph().getUnionGraph())).query(q).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                // Copied inside the read transaction: TDB2 bindings fetch their nodes lazily.
                rs.forEachRemaining(sol -> {
                    org.apache.jena.query.QuerySolutionMap copy = new org.apache.jena.query.QuerySolutionMap();
                    sol.varNames().forEachRemaining(v -> copy.add(v, sol.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }
}
