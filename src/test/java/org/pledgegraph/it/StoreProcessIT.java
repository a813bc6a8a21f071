package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.ingest.IngestReport;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.ShapesValidator;

/** Real child processes against one store: a served store refuses a second writer; kill -9 loses no document. */
@Timeout(value = 4, unit = TimeUnit.MINUTES) // a hang guard for blocked reads of child output
class StoreProcessIT {
    private static final Path SEED_003 = Path.of("seeds", "003_d45b306f38fa5f8e.txt");
    private static final Path SEED_004 = Path.of("seeds", "004_ca738dd9d9ca4cdf.txt");

    @TempDir
    Path tmp;

    @Test
    void aSecondProcessIsToldWhichProcessServesTheStoreAndTheServerKeepsAnswering() throws Exception {
        Path db = tmp.resolve("db");
        // Which process wrote the store does not matter here (ShadedJarIT runs the jar's ingest): write it in this JVM.
        try (GraphStore store = GraphStore.open(db)) {
            assertEquals(1, Ingest.create(store).run(List.of(SEED_003), IngestListener.NONE).documents());
        }
        Set<String> before = quads(db);
        Process server = start(List.of("serve", "--store", db.toString(), "--port", "0"), tmp.resolve("serve.err"));
        try {
            String endpoint = awaitLine(new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)),
                    "SPARQL endpoint: ").replaceAll("^SPARQL endpoint: (\\S+).*", "$1");

            ShadedJarIT.Run second = ShadedJarIT.jar(tmp, "ingest", "--store", db.toString(), SEED_004.toString());
            assertEquals(1, second.code(), "a store in use is not bad usage: " + second.err());
            assertEquals(1, second.err().strip().lines().count(), second.err());
            assertTrue(second.err().startsWith("pledgegraph: " + db + ": cannot open store: in use by process "
                    + server.pid()), second.err());
            assertTrue(second.err().contains("stop the server, ingest, and serve again"), second.err());
            assertFalse(second.err().contains("Exception"), second.err());

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                    + "?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?d a <https://w3id.org/pledgegraph/ontology#Document> }",
                    StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("n\r\n1", answer.body().strip());
        } finally {
            server.destroy(); // SIGTERM: the shutdown hook stops Fuseki and closes the store
            assertTrue(server.waitFor(60, TimeUnit.SECONDS), "server did not stop");
        }
        try (GraphStore store = GraphStore.open(db)) {
            assertTrue(store.recoveryNotice().isEmpty(), "a stopped server closed the store: " + store.recoveryNotice());
        }
        assertEquals(before, quads(db));
    }

    /**
     * Re-ingests changed versions of six documents, one per transaction, and kills the process with
     * SIGKILL after its first commit. The store opens, explains the killed process's stale lock,
     * validates, and each document graph is exactly its old or its new version.
     */
    @Test
    void killDashNineDuringIngestLeavesEachDocumentOldOrNew() throws Exception {
        int n = 6;
        Path oldDir = versions(tmp.resolve("old"), n, 0);
        Path newDir = versions(tmp.resolve("new"), n, 2);
        Path db = tmp.resolve("db");
        Map<String, Set<String>> oldGraphs = ingestAndRead(db, oldDir, n);
        Map<String, Set<String>> newGraphs = ingestAndRead(tmp.resolve("reference"), newDir, n);

        Process ingest = start(List.of("ingest", "--batch-size", "1", "--store", db.toString(), newDir.toString()),
                null);
        BufferedReader err = new BufferedReader(new InputStreamReader(ingest.getErrorStream(), StandardCharsets.UTF_8));
        String committed = awaitLine(err, "committed ");
        ingest.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
        assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, ingest.exitValue(), "killed by SIGKILL");

        int renewed = 0;
        try (GraphStore store = GraphStore.open(db)) {
            String notice = store.recoveryNotice().orElseThrow(() -> new AssertionError("stale lock not detected"));
            assertTrue(notice.contains("was not closed by process " + ingest.pid() + " (killed or crashed)"), notice);
            // Killed after its first of six commits: documents are stored, their resolution is pending.
            assertTrue(org.pledgegraph.ingest.Ingest.create(store).finishPending(), "no pending resolution recorded");
            List<ShapesValidator.Violation> violations = new ShapesValidator(OntologyFiles.shapes()).validate(store)
                    .stream().filter(v -> v.severity().equals("Violation")).toList();
            assertTrue(violations.isEmpty(), violations.stream().limit(5).toList().toString());
            Map<String, Set<String>> now = documentGraphs(store);
            assertEquals(oldGraphs.keySet(), now.keySet());
            for (var e : now.entrySet()) {
                boolean isOld = e.getValue().equals(oldGraphs.get(e.getKey()));
                boolean isNew = e.getValue().equals(newGraphs.get(e.getKey()));
                assertTrue(isOld || isNew, e.getKey() + " is neither its old nor its new version");
                renewed += isNew ? 1 : 0;
            }
        }
        assertTrue(renewed >= 1, "killed after '" + committed + "' but no document is new");
        System.out.printf("kill -9 after '%s': %d of %d documents new, the rest old%n", committed, renewed, n);
    }

    /** {@code n} files doc-NN.txt, file k holding short seed (k + shift) mod 4, with a manifest giving its year. */
    private static Path versions(Path dir, int n, int shift) throws Exception {
        Files.createDirectories(dir);
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            // 001 is skipped: at 42 kB it is the slowest seed to extract and adds nothing here.
            seeds = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("001"))
                    .sorted().toList();
        }
        var manifest = org.pledgegraph.ingest.Manifest.read(Path.of("seeds", "manifest.tsv"));
        StringBuilder rows = new StringBuilder("file\tissued\tyear\n");
        for (int k = 0; k < n; k++) {
            Path seed = seeds.get((k + shift) % seeds.size());
            String name = String.format("doc-%02d.txt", k);
            // A last line naming the copy keeps the copies distinct reports: identical texts would be one document.
            Files.writeString(dir.resolve(name), Files.readString(seed) + "\n（" + name + "）\n");
            rows.append(name).append("\t\t").append(manifest.get(seed.getFileName().toString()).orElseThrow().year())
                    .append('\n');
        }
        Files.writeString(dir.resolve("manifest.tsv"), rows);
        return dir;
    }

    private static Map<String, Set<String>> ingestAndRead(Path db, Path dir, int n) {
        try (GraphStore store = GraphStore.open(db)) {
            IngestReport r = Ingest.create(store).run(List.of(dir), IngestListener.NONE);
            assertEquals(n, r.documents(), r.toString());
            return documentGraphs(store);
        }
    }

    private static Map<String, Set<String>> documentGraphs(GraphStore store) {
        return store.read(() -> {
            Map<String, Set<String>> out = new TreeMap<>();
            for (Node g : store.graphNames()) {
                if (g.getURI().contains("/graph/document/")) {
                    // A document's corroborated mentions follow its government's other documents (cross-year pass,
                    // recomputed at each resolution), so they are left out, and so is its pg:mentionCount, which
                    // counts them (store.SiblingDocuments): the test is about the document's own.
                    var graph = store.datasetGraph().getGraph(g);
                    Set<String> corroborated = new TreeSet<>();
                    graph.find(Node.ANY, org.pledgegraph.rdf.PG.corroboratedBy, Node.ANY)
                            .forEachRemaining(t -> corroborated.add(t.getSubject().getURI()));
                    java.util.function.Predicate<Node> added = x -> x.isURI() && (corroborated.contains(x.getURI())
                            || x.getURI().contains("#") && corroborated.contains(
                                    x.getURI().substring(0, x.getURI().indexOf('#'))));
                    Set<String> triples = new TreeSet<>();
                    graph.find().forEachRemaining(t -> {
                        if (!added.test(t.getSubject()) && !added.test(t.getObject())
                                && !t.getPredicate().equals(org.pledgegraph.rdf.PG.mentionCount)) {
                            triples.add(t.toString());
                        }
                    });
                    out.put(g.getURI(), triples);
                }
            }
            return out;
        });
    }

    private static Set<String> quads(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            return store.read(() -> {
                Set<String> s = new TreeSet<>();
                store.datasetGraph().find().forEachRemaining((Quad q) -> s.add(q.toString()));
                return s;
            });
        }
    }

    /** Starts the shaded jar; stdout piped, stderr piped or (if {@code errFile} is given) to a file. */
    private static Process start(List<String> args, Path errFile) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ShadedJarIT.command(args));
        if (errFile != null) {
            pb.redirectError(errFile.toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    /** Reads lines until one starts with {@code prefix}; fails if the stream ends first. */
    private static String awaitLine(BufferedReader in, String prefix) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError("no line starting with '" + prefix + "'; got " + seen);
    }
}
