package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.cli.PledgeGraph;
import org.pledgegraph.store.GraphStore;

/** `export --release`: the seeds' bundle is complete, checksummed, self-described, and re-imports to the same quads. */
class ReleaseBundleIT {
    /** One seeded store for both tests (export only reads it); each test writes its releases under its own tmp. */
    @TempDir
    static Path shared;
    static Path db;

    @TempDir
    Path tmp;

    @BeforeAll
    static void seed() throws Exception {
        db = shared.resolve("db");
        SeededStore.open(db).close();
    }

    @Test
    void releaseOfTheSeedsReimportsIntoAnEmptyStoreToTheSameQuads() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("releases"));
        StringWriter err = new StringWriter();
        int code = PledgeGraph.run(new String[] {"export", "--store", db.toString(), "--release", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        List<Path> made;
        try (var s = Files.list(out)) {
            made = s.toList();
        }
        assertEquals(1, made.size(), "one dated folder, nothing left over: " + made);
        Path bundle = made.get(0);
        assertTrue(bundle.getFileName().toString().matches("pledgegraph-\\d{4}-\\d{2}-\\d{2}"), bundle.toString());
        for (String f : List.of("data/pledgegraph.nq.gz", "data/pledgegraph.trig.gz", "ontology/pledgegraph.ttl",
                "ontology/places.ttl.gz",
                "ontology/industries.ttl", "ontology/indicators.ttl", "ontology/shapes.ttl", "ontology/context.jsonld",
                "void.ttl", "description.jsonld", "SHA256SUMS", "README.md", "LICENSE", "LICENSE-DATA.md", "CITATION.cff")) {
            assertTrue(Files.isRegularFile(bundle.resolve(f)) && Files.size(bundle.resolve(f)) > 0, "missing " + f);
        }

        // SHA256SUMS covers every other file and is right about each.
        List<String> lines = Files.readAllLines(bundle.resolve("SHA256SUMS"));
        long files;
        try (var s = Files.walk(bundle)) {
            files = s.filter(Files::isRegularFile).count();
        }
        assertEquals(files - 1, lines.size(), "SHA256SUMS does not list every file");
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], sha256(bundle.resolve(parts[1])), parts[1]);
        }

        // The descriptions state counts and checksums that match the files.
        Graph v = GraphFactory.createDefaultGraph();
        RDFParser.source(bundle.resolve("void.ttl")).parse(v);
        String s = "https://schema.org/";
        Node dataset = NodeFactory.createURI("https://w3id.org/pledgegraph/void#dataset");
        assertTrue(v.contains(dataset, NodeFactory.createURI(s + "license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(v.find(dataset, NodeFactory.createURI("http://rdfs.org/ns/void#triples"), Node.ANY).hasNext());
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            if (parts[1].startsWith("data/") || parts[1].endsWith(".ttl") && parts[1].startsWith("ontology/")) {
                Node download = v.find(Node.ANY, NodeFactory.createURI(s + "contentUrl"), NodeFactory.createLiteralString(parts[1]))
                        .next().getSubject();
                assertTrue(v.contains(download, NodeFactory.createURI(s + "sha256"), NodeFactory.createLiteralString(parts[0])),
                        "void.ttl has no or a wrong checksum for " + parts[1]);
            }
        }
        String json = Files.readString(bundle.resolve("description.jsonld"));
        assertTrue(json.contains("\"@type\": \"Dataset\"") && json.contains("\"sha256\""), json);
        String readme = Files.readString(bundle.resolve("README.md"));
        assertTrue(readme.contains("## How it was made") && readme.contains("000_8b5d310501e46dd4.txt")
                && !readme.contains("{{"), readme);
        assertTrue(readme.contains("named under\n`https://w3id.org/pledgegraph/` (the permanent w3id.org names"), readme);
        assertTrue(Files.readString(bundle.resolve("SHA256SUMS")).contains("  ontology/places.ttl.gz\n"));

        // Re-import the N-Quads into an empty TDB2 store: the same quads as the store they came from.
        DatasetGraph original = DatasetGraphFactory.createTxnMem();
        try (GraphStore store = GraphStore.open(db)) {
            store.read(() -> {
                store.datasetGraph().find().forEachRemaining(original::add);
                return null;
            });
        }
        original.removeGraph(org.pledgegraph.rdf.IriMinter.defaults().statisticsGraph()); // a cache: not released
        try (GraphStore fresh = GraphStore.open(tmp.resolve("reimported"))) {
            assertTrue(fresh.isEmpty());
            fresh.write(() -> {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle.resolve("data/pledgegraph.nq.gz")))) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(fresh.datasetGraph());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(original.stream().count(), (long) fresh.read(fresh::quadCount));
            fresh.read(() -> {
                assertSameDatasets(original, fresh.datasetGraph(), "the re-imported store");
                return null;
            });
        }
        DatasetGraph trig = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle.resolve("data/pledgegraph.trig.gz")))) {
            RDFDataMgr.read(trig, in, Lang.TRIG);
        }
        assertSameDatasets(original, trig, "the TriG");

        // A second release on the same day is refused rather than overwriting the first.
        StringWriter again = new StringWriter();
        assertEquals(2, PledgeGraph.run(new String[] {"export", "--store", db.toString(), "--release", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(again, true)));
        assertTrue(again.toString().contains("already exists"), again.toString());
    }

    @Test
    void aReleaseUnderAnotherBaseRenamesTheDataButNotTheVocabulary() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("releases"));
        String w3id = "https://w3id.org/pledgegraph/";
        String base = "https://data.example.org/pg/";
        StringWriter err = new StringWriter();
        int code = PledgeGraph.run(new String[] {"export", "--store", db.toString(), "--release", out.toString(),
            "--base", "https://data.example.org/pg"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("under " + base), err.toString());
        Path bundle;
        try (var s = Files.list(out)) {
            bundle = s.findFirst().orElseThrow();
        }
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle.resolve("data/pledgegraph.nq.gz")))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(data);
        }
        long stored;
        try (GraphStore store = GraphStore.open(db)) {
            stored = store.read(() -> store.quadCount() - store.datasetGraph()
                    .getGraph(org.pledgegraph.rdf.IriMinter.defaults().statisticsGraph()).size());
        }
        assertEquals(stored, data.stream().count(), "the same quads, renamed");
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        long[] vocabulary = {0};
        data.stream().forEach(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (!n.isURI()) {
                    continue;
                }
                String iri = n.getURI();
                assertFalse(iri.startsWith(w3id + "id/") || iri.startsWith(w3id + "graph"), "left under w3id.org: " + iri);
                if (iri.startsWith(base)) {
                    String rest = iri.substring(base.length());
                    kinds.add(rest.substring(0, rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/')));
                }
                vocabulary[0] += iri.startsWith(w3id + "ontology#") ? 1 : 0;
            }
        });
        assertTrue(kinds.contains("id") && kinds.contains("graph"), kinds.toString());
        assertTrue(vocabulary[0] > 10_000, "pg: terms should keep their w3id.org names");
        Graph places = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bundle.resolve("ontology/places.ttl.gz")))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(places);
        }
        assertTrue(places.size() > 300_000, places.size() + " triples");
        assertTrue(places.contains(NodeFactory.createURI(base + "id/place/410503"), NodeFactory.createURI(w3id + "ontology#within"),
                NodeFactory.createURI(base + "id/place/410500")), "places keep their structure under the new base");
        assertFalse(places.find().filterKeep(t -> t.getSubject().getURI().startsWith(w3id + "id/")).hasNext());
        Graph v = GraphFactory.createDefaultGraph();
        RDFParser.source(bundle.resolve("void.ttl")).parse(v);
        assertTrue(v.contains(NodeFactory.createURI(base + "void#dataset"), NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createURI("https://schema.org/Dataset")), "the dataset is not described under the new base");
        assertTrue(Files.readString(bundle.resolve("README.md")).contains("`" + base + "` (chosen with `--base`"));

        for (String[] bad : new String[][] {{"--release", out.toString(), "--base", "ftp://x.org/"},
            {"--release", out.toString(), "--base", "https://x.org/a b"}, {"--format", "nquads", "--base", base}}) {
            List<String> args = new java.util.ArrayList<>(List.of("export", "--store", db.toString()));
            args.addAll(List.of(bad));
            StringWriter e = new StringWriter();
            assertEquals(2, PledgeGraph.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
                    new PrintWriter(e, true)), String.join(" ", bad));
            assertTrue(e.toString().contains("--base"), e.toString());
        }
    }

    /**
     * Isomorphic datasets, graph by graph: the same graph names, and in each the same triples (Jena's graph
     * matcher maps blank nodes, which a parser relabels; IsoMatcher over the whole dataset takes minutes).
     */
    static void assertSameDatasets(DatasetGraph expected, DatasetGraph actual, String what) {
        java.util.Set<Node> names = new java.util.HashSet<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        java.util.Set<Node> actualNames = new java.util.HashSet<>();
        actual.listGraphNodes().forEachRemaining(actualNames::add);
        assertEquals(names, actualNames, what + ": other named graphs");
        for (Node n : names) {
            Graph e = expected.getGraph(n);
            Graph a = actual.getGraph(n);
            assertEquals(e.size(), a.size(), what + ": size of " + n);
            assertTrue(e.isIsomorphicWith(a), what + ": graph " + n + " differs");
        }
        assertEquals(expected.getDefaultGraph().size(), actual.getDefaultGraph().size(), what + ": default graph");
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
