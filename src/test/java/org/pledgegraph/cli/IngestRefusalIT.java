package org.pledgegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.store.GraphStore;

/**
 * Each kind of bad input, through the command line: exit 2, the file named with a one-line reason,
 * no stack trace, and the store (holding a seed) exactly as it was.
 */
class IngestRefusalIT {
    @TempDir
    static Path shared;
    static Path db;
    static Set<String> seeded;

    @TempDir
    Path tmp;

    @BeforeAll
    static void seedStore() {
        db = shared.resolve("db");
        CliTest.Result r = CliTest.run("ingest", "--quiet", "--store", db.toString(), "seeds/003_d45b306f38fa5f8e.txt");
        assertEquals(0, r.code(), r.err());
        seeded = quads(db);
    }

    @Test
    void refusesMissingPath() {
        assertRefused(List.of(tmp.resolve("nope.txt")), "nope.txt: no such file or folder");
    }

    @Test
    void refusesEmptyFile() throws Exception {
        assertRefused(List.of(write("empty.txt", new byte[0])), "empty.txt: empty file");
    }

    @Test
    void refusesWhitespaceOnlyFile() throws Exception {
        assertRefused(List.of(write("blank.txt", " \n\t\u3000\r\n".getBytes(StandardCharsets.UTF_8))),
                "blank.txt: file holds only whitespace");
    }

    @Test
    void refusesBinaryData() throws Exception {
        byte[] b = new byte[3000];
        new java.util.Random(1).nextBytes(b);
        assertRefused(List.of(write("random.txt", b)), "random.txt: binary data");
    }

    @Test
    void refusesPdfSavedAsTxt() throws Exception {
        assertRefused(List.of(write("report.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1))),
                "report.txt: looks like a PDF file");
    }

    @Test
    void refusesWordDocxSavedAsTxt() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        assertRefused(List.of(write("report.txt", zip)), "report.txt: looks like a zip archive (e.g. a Word .docx file)");
    }

    @Test
    void refusesWordDocSavedAsTxt() throws Exception {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertRefused(List.of(write("report.txt", ole)), "report.txt: looks like an OLE document (e.g. a Word .doc file)");
    }

    @Test
    void refusesDamagedUtf8WithItsLine() throws Exception {
        byte[] b = Files.readAllBytes(Path.of("seeds", "003_d45b306f38fa5f8e.txt"));
        int thirdLine = indexOfNth(b, (byte) '\n', 2) + 1;
        b[thirdLine] = (byte) 0xFF;
        assertRefused(List.of(write("damaged.txt", b)), "damaged.txt:3: damaged UTF-8");
    }

    @Test
    void refusesMalformedManifestRowNamingFileAndLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("m"));
        Files.copy(Path.of("seeds", "003_d45b306f38fa5f8e.txt"), dir.resolve("a.txt"));
        Files.writeString(dir.resolve("manifest.tsv"), "# comment\nfile\tissued\tyear\na.txt\t2024-01-01\ttwenty\n");
        CliTest.Result r = CliTest.run("ingest", "--store", db.toString(), dir.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("pledgegraph: " + dir.resolve("manifest.tsv") + ":3:3: year 'twenty' is not a number"),
                r.err());
        assertNoTrace(r);
        assertEquals(seeded, quads(db));
    }

    @Test
    void refusalReasonStaysOnOneLineWhenTheNameHoldsALineBreak() throws Exception {
        assertRefused(List.of(write("two\nlines.txt", new byte[0])), "two lines.txt: empty file");
    }

    @Test
    void refusesFileLargerThanTheLimit() throws Exception {
        Path big = write("big.txt", Files.readAllBytes(Path.of("seeds", "003_d45b306f38fa5f8e.txt")));
        try (GraphStore store = GraphStore.open(db)) {
            IngestReport r = Ingest.create(store).maxBytes(1000).run(List.of(big), IngestListener.NONE);
            assertEquals(0, r.documents());
            assertEquals(1, r.refused().size());
            assertTrue(r.refused().get(0).reason().startsWith(big + ": file is 14063 bytes, larger than the 1000-byte"),
                    r.refused().get(0).reason());
        }
        assertEquals(seeded, quads(db));
    }

    @Test
    void folderWithSomeBadFilesIngestsTheGoodOnesAndNamesEachRefused() throws Exception {
        Path dir = badFolderWithOneGoodFile();
        Path fresh = tmp.resolve("fresh");
        CliTest.Result r = CliTest.run("ingest", "--store", fresh.toString(), dir.toString());
        assertEquals(2, r.code(), r.err());
        assertRefusedLines(r, dir.resolve("empty.txt") + ": empty file", dir.resolve("pdf.txt") + ": looks like a PDF file");
        assertTrue(r.out().startsWith("ingested 1 documents"), r.out());
        assertTrue(r.out().contains("refused 2 file(s)"), r.out());
        assertTrue(quads(fresh).stream().anyMatch(q -> q.contains("/document/good_003")), "good file stored");
    }

    @Test
    void strictRefusesTheWholeBatch() throws Exception {
        Path dir = badFolderWithOneGoodFile();
        CliTest.Result r = CliTest.run("ingest", "--strict", "--store", db.toString(), dir.toString());
        assertEquals(2, r.code(), r.err());
        assertRefusedLines(r, dir.resolve("empty.txt") + ": empty file", dir.resolve("pdf.txt") + ": looks like a PDF file");
        assertTrue(r.err().contains("--strict: 2 file(s) refused, nothing ingested"), r.err());
        assertEquals(seeded, quads(db));
    }

    private Path badFolderWithOneGoodFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.copy(Path.of("seeds", "003_d45b306f38fa5f8e.txt"), dir.resolve("good_003.txt"));
        Files.writeString(dir.resolve("manifest.tsv"), "file\tissued\tyear\ngood_003.txt\t\t2024\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("pdf.txt"), "%PDF-1.4\n");
        return dir;
    }

    /** Ingests {@code inputs} into the seeded store; expects one refusal containing {@code reason}. */
    private void assertRefused(List<Path> inputs, String reason) {
        String[] args = new String[4 + inputs.size()];
        args[0] = "ingest";
        args[1] = "--quiet";
        args[2] = "--store";
        args[3] = db.toString();
        for (int i = 0; i < inputs.size(); i++) {
            args[4 + i] = inputs.get(i).toString();
        }
        CliTest.Result r = CliTest.run(args);
        assertEquals(2, r.code(), r.err());
        assertRefusedLines(r, reason);
        assertEquals(seeded, quads(db));
    }

    private static void assertRefusedLines(CliTest.Result r, String... reasons) {
        List<String> refusals = r.err().lines().filter(l -> l.startsWith("refused ")).toList();
        assertEquals(reasons.length, refusals.size(), r.err());
        for (String reason : reasons) {
            assertTrue(refusals.stream().anyMatch(l -> l.contains(reason)), "no line with '" + reason + "' in\n" + r.err());
        }
        assertNoTrace(r);
    }

    private static void assertNoTrace(CliTest.Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private static int indexOfNth(byte[] b, byte x, int n) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x && --n == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("fewer than " + n + " of " + x);
    }

    static Set<String> quads(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            return store.read(() -> {
                Set<String> s = new TreeSet<>();
                store.datasetGraph().find().forEachRemaining((Quad q) -> s.add(q.toString()));
                return s;
            });
        }
    }
}
