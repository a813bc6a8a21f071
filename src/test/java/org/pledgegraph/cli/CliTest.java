package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeGraph.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void unknownOptionExitsTwoWithOneLineReason() {
        Result r = run("ingest", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("pledgegraph: Unknown option: '--frobnicate'"), r.err());
    }

    @Test
    void runningOutOfHeapIsOneLineNamingTheHeapAndTheRemedy() {
        String line = PledgeGraph.outOfMemory(1024L * 1024 * 1024);
        assertTrue(line.contains("maximum heap 1024 MB"), line);
        assertTrue(line.contains("rolled back") && line.contains("PLEDGEGRAPH_JAVA_OPTS=-Xmx"), line);
        assertTrue(!line.contains("\n"), line);
    }

    @Test
    void aStoreWhoseTextIndexIsGoneSaysItRebuildsItAndSearchStillAnswers() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("manifest.tsv"), "file\tissued\tyear\nreport.txt\t\t2024\n");
        Files.writeString(docs.resolve("report.txt"), "今年将加快建设青松湾生态公园,推进白桦岭产业园二期项目。\n");
        Path db = tmp.resolve("db");
        assertEquals(0, run("ingest", "--quiet", "--store", db.toString(), docs.toString()).code());
        try (var files = Files.walk(db.resolve("text-index"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Result r = run("query", "--store", db.toString(), "--format", "tsv", "search", "--param", "phrase=青松湾");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("note: the store's full-text index is missing") && r.err().contains("rebuilt"),
                "said before and after the silent minutes: " + r.err());
        assertTrue(r.err().matches("(?s).*search: rows 1-\\d+ of \\d+.*"), "the rebuilt index answers: " + r.err());
    }

    @Test
    void unknownExportFormatListsTheValidChoices() {
        Result r = run("export", "--store", tmp.resolve("db").toString(), "--format", "yaml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("turtle, jsonld, rdfxml, ntriples, nquads, trig"), r.err());
    }

    @Test
    void versionNamesTheBuildAndTheOntologyVersionIri() {
        Result r = run("--version");
        assertEquals(0, r.code(), r.err());
        String v = org.pledgegraph.rdf.ProjectVersion.current();
        assertTrue(r.out().startsWith("pledgegraph " + v + "\n") || r.out().startsWith("pledgegraph " + v + "\r\n"), r.out());
        assertTrue(r.out().contains("https://w3id.org/pledgegraph/ontology/" + v), r.out());
    }

    @Test
    void exportNeedsExactlyOneOfFormatAndRelease() {
        String db = tmp.resolve("db").toString();
        Result neither = run("export", "--store", db);
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("give either --format FORMAT or --release DIR"), neither.err());
        Result both = run("export", "--store", db, "--format", "turtle", "--release", tmp.toString());
        assertEquals(2, both.code());
        Result missing = run("export", "--store", db, "--release", tmp.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope: folder does not exist"), missing.err());
    }

    @Test
    void aBaseUrlThatIsNotHttpIsBadUsage() {
        Result r = run("serve", "--store", tmp.resolve("db").toString(), "--port", "0", "--base-url", "ftp://example.org/");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--base-url") && r.err().contains("not an http(s) URL"), r.err());
    }

    @Test
    void aNegativeQuerySlotCountIsBadUsage() {
        Result r = run("serve", "--store", tmp.resolve("db").toString(), "--port", "0", "--query-slots", "-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--query-slots") && r.err().contains("got -1"), r.err());
    }

    @Test
    void unknownQueryFormatListsTheValidChoices() {
        Result r = run("query", "--store", tmp.resolve("db").toString(), "documents", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("table, csv, tsv, json"), r.err());
        assertTrue(r.err().lines().count() <= 2, r.err());
    }

    @Test
    void missingInputPathIsNamedAndExitsTwo() {
        Result r = run("ingest", "--store", tmp.resolve("db").toString(), tmp.resolve("nope").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope: no such file or folder"), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
    }

    @Test
    void malformedCurationRowIsNamedByFileAndLineAndExitsTwo() throws Exception {
        Path cur = tmp.resolve("curation.tsv");
        Files.writeString(cur, "# overrides\nrelation\ttype\tname\tother\nsame\tproject\tonly-one-name\n");
        Result r = run("ingest", "--store", tmp.resolve("db").toString(), "--curation", cur.toString(), "seeds");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(cur + ":3:1: expected 4 tab-separated columns"), r.err());
        assertTrue(!Files.exists(tmp.resolve("db")) || Files.list(tmp.resolve("db")).findAny().isEmpty()
                || r.out().isEmpty(), "nothing ingested");
    }

    @Test
    void missingCurationFileExitsTwo() {
        Result r = run("ingest", "--store", tmp.resolve("db").toString(), "--curation", tmp.resolve("none.tsv").toString(),
                "seeds");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("none.tsv: curation file not found"), r.err());
    }

    @Test
    void malformedQueryFileGivesLineAndColumn() throws Exception {
        Path q = tmp.resolve("bad.rq");
        Files.writeString(q, "SELECT ?x\nWHERE { ?x ?y }\n");
        Result r = run("query", "--store", tmp.resolve("db").toString(), q.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.rq:2:"), r.err());
    }

    @Test
    void helpListsEveryCommand() {
        Result r = run("--help");
        assertEquals(0, r.code());
        for (String verb : new String[] {"up", "ingest", "serve", "query", "export", "validate", "eval"}) {
            assertTrue(r.out().contains("  " + verb), verb + " missing from help");
        }
    }
}
