package org.pledgegraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.model.InputException;
import org.pledgegraph.store.DatasetDescription;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.ProjectVersion;
import org.pledgegraph.store.VoidDescription;
import org.pledgegraph.store.GraphStore;

/**
 * A dated, self-describing release a researcher can archive: the graph as gzipped N-Quads and TriG, the
 * ontology, schemes and shapes, VoID and schema.org descriptions with statement counts and the SHA-256 of
 * every file, a SHA256SUMS file, the licences, the citation file and a README saying how it was made. The
 * data's identifiers are written under a chosen base IRI (default: the store's, the permanent w3id.org names).
 * <pre>
 *   Path dir = new ReleaseBundle(store, IriMinter.defaults(), LocalDate.now()).write(Path.of("releases")).dir();
 *   // releases/pledgegraph-2026-12-02/{data,ontology}/…, void.ttl, description.jsonld, SHA256SUMS, README.md, …
 * </pre>
 */
public final class ReleaseBundle {
    static final String NQUADS = "data/pledgegraph.nq.gz";
    static final String TRIG = "data/pledgegraph.trig.gz";
    private static final String RESOURCES = "/org/pledgegraph/release/";

    private final GraphStore store;
    private final IriMinter iris;
    private final LocalDate date;
    private final Rebase rebase;

    /** What was written: the bundle folder, the quads in it, and the SHA-256 of each file (by relative path). */
    public record Written(Path dir, long quads, Map<String, String> sha256) {
    }

    public ReleaseBundle(GraphStore store, IriMinter iris, LocalDate date) {
        this(store, iris, date, iris.base());
    }

    /** @param base the base IRI of the data's identifiers in the bundle (documents, entities, places, graphs, VoID) */
    public ReleaseBundle(GraphStore store, IriMinter iris, LocalDate date, String base) {
        this.store = store;
        this.iris = iris;
        this.date = date;
        this.rebase = new Rebase(iris.base(), base);
    }

    /** Writes {@code parent/pledgegraph-DATE/}; refuses if it exists. Built beside it and moved, never half-written. */
    public Written write(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            throw new InputException(parent.toString(), "folder does not exist");
        }
        Path dir = parent.resolve("pledgegraph-" + date);
        if (Files.exists(dir)) {
            throw new InputException(dir.toString(), "already exists; remove it or choose another folder");
        }
        Path tmp = Files.createTempDirectory(parent, ".release-");
        try {
            long quads = fill(tmp);
            Map<String, String> sums = sha256All(tmp);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            return new Written(dir, quads, sums);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    private long fill(Path out) throws IOException {
        Files.createDirectories(out.resolve("data"));
        Files.createDirectories(out.resolve("ontology"));
        Exporter exporter = new Exporter(store, rebase);
        long quads = gzip(out.resolve(NQUADS), os -> exporter.write(ExportFormat.nquads, os));
        long trig = gzip(out.resolve(TRIG), os -> exporter.write(ExportFormat.trig, os));
        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put(NQUADS, quads);
        statements.put(TRIG, trig);
        for (String name : OntologyFiles.turtleFiles()) {
            Path f = out.resolve("ontology").resolve(name);
            if (OntologyFiles.MAIN.equals(name)) {
                // The versioned graph (owl:versionIRI of this release), not the file as checked in.
                try (OutputStream os = Files.newOutputStream(f)) {
                    RDFDataMgr.write(os, OntologyFiles.file(name), RDFFormat.TURTLE_PRETTY);
                }
            } else {
                Files.write(f, OntologyFiles.bytes(name));
            }
            statements.put("ontology/" + name, (long) OntologyFiles.file(name).size());
        }
        statements.put("ontology/" + OntologyFiles.PLACES, places(out.resolve("ontology").resolve(OntologyFiles.PLACES)));
        Files.write(out.resolve("ontology").resolve(OntologyFiles.CONTEXT), OntologyFiles.bytes(OntologyFiles.CONTEXT));
        for (String name : List.of("LICENSE", "LICENSE-DATA.md", "CITATION.cff")) {
            Files.write(out.resolve(name), resource(name));
        }
        Files.writeString(out.resolve("README.md"), readme(statements, quads));
        Map<String, String> sums = sha256All(out);
        writeDescriptions(out, statements, sums);
        return quads;
    }

    /**
     * The administrative divisions: the bundled file as it is, or (another base) rewritten with the places'
     * IRIs under it; returns the number of statements, counted from a streaming parse.
     */
    private long places(Path file) throws IOException {
        long[] n = {0};
        try (InputStream in = OntologyFiles.placesTurtle()) {
            if (rebase.identity()) {
                Files.write(file, OntologyFiles.bytes(OntologyFiles.PLACES));
                RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple t) {
                        n[0]++;
                    }
                });
                return n[0];
            }
            try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS);
                RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFWrapper(writer) {
                    @Override
                    public void prefix(String prefix, String iri) {
                        super.prefix(prefix, rebase.apply(iri));
                    }

                    @Override
                    public void triple(Triple t) {
                        n[0]++;
                        super.triple(Triple.create(rebased(t.getSubject()), t.getPredicate(), rebased(t.getObject())));
                    }
                });
            }
        }
        return n[0];
    }

    private Node rebased(Node n) {
        return n.isURI() ? NodeFactory.createURI(rebase.apply(n.getURI())) : n;
    }

    /** VoID (as stored, plus this release's files) and schema.org, in Turtle; schema.org alone as JSON-LD. */
    private void writeDescriptions(Path out, Map<String, Long> statements, Map<String, String> sums) throws IOException {
        List<DatasetDescription.Distribution> files = new ArrayList<>();
        for (Map.Entry<String, Long> e : statements.entrySet()) {
            String path = e.getKey();
            String format = path.endsWith(".nq.gz") ? "application/n-quads" : path.endsWith(".trig.gz") ? "application/trig"
                    : "text/turtle";
            files.add(new DatasetDescription.Distribution(path, format, e.getValue() + " statements" + (path.endsWith(".gz")
                    ? ", gzip" : ""), sums.get(path), Files.size(out.resolve(path))));
        }
        Graph g = GraphFactory.createDefaultGraph();
        DatasetDescription description = store.read(() -> {
            store.datasetGraph().getGraph(VoidDescription.graphName(iris)).find().forEachRemaining(t ->
                    g.add(Triple.create(rebased(t.getSubject()), t.getPredicate(), rebased(t.getObject()))));
            return DatasetDescription.of(store.datasetGraph(), iris, files, null);
        });
        Node dataset = rebased(VoidDescription.dataset(iris));
        description.addTo(g, dataset);
        g.add(dataset, NodeFactory.createURI(PG.DCT + "issued"),
                NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        g.getPrefixMapping().setNsPrefix("void", VoidDescription.VOID).setNsPrefix("schema", DatasetDescription.SCHEMA)
                .setNsPrefix("pg", PG.NS).setNsPrefix("dct", PG.DCT);
        try (OutputStream os = Files.newOutputStream(out.resolve("void.ttl"))) {
            RDFDataMgr.write(os, g, RDFFormat.TURTLE_PRETTY);
        }
        Files.writeString(out.resolve("description.jsonld"), description.jsonLd() + "\n");
    }

    private String readme(Map<String, Long> statements, long quads) {
        StringBuilder rows = new StringBuilder();
        statements.forEach((path, n) -> rows.append("| `").append(path).append("` | ").append(n).append(" statements")
                .append(path.startsWith("data/") ? "; the named graphs kept" : "").append(" |\n"));
        rows.append("| `ontology/context.jsonld` | the JSON-LD context |\n")
                .append("| `void.ttl`, `description.jsonld` | VoID and schema.org descriptions |\n")
                .append("| `LICENSE-DATA.md`, `LICENSE` | CC BY 4.0 for the data; Apache-2.0 for the software |\n")
                .append("| `CITATION.cff` | how to cite |\n| `SHA256SUMS` | checksums |");
        List<String> sources = new ArrayList<>();
        long[] entities = {0};
        store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(QueryFactory.create(DOCUMENTS)).build()) {
                qe.select().forEachRemaining(b -> sources.add("   - `" + b.get("file").getLiteralLexicalForm() + "` ("
                        + b.get("year").getLiteralLexicalForm() + (b.get("place") == null ? "" : ", "
                        + b.get("place").getLiteralLexicalForm()) + (b.get("title") == null ? "" : ", "
                        + b.get("title").getLiteralLexicalForm()) + ")"));
            }
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(QueryFactory.create(ENTITIES)).build()) {
                entities[0] = Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
            }
            return null;
        });
        String template = new String(resource("RELEASE-README.md"), StandardCharsets.UTF_8);
        return template.replace("{{date}}", date.toString()).replace("{{version}}", ProjectVersion.current())
                .replace("{{documents}}", Integer.toString(sources.size())).replace("{{entities}}", Long.toString(entities[0]))
                .replace("{{quads}}", Long.toString(quads)).replace("{{files}}", rows.toString())
                .replace("{{base}}", rebase.to()).replace("{{baseNote}}", rebase.to().equals(IriMinter.DEFAULT_BASE)
                        ? "the permanent w3id.org names, which redirect to the public server" : "chosen with `--base` instead of "
                        + IriMinter.DEFAULT_BASE + "; whoever publishes them makes them resolve")
                .replace("{{sources}}", String.join("\n", sources));
    }

    private static final String DOCUMENTS = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?file ?year ?title ?place {
              GRAPH ?g { ?d a pg:Document ; pg:sourceFile ?file ; pg:year ?y .
                         OPTIONAL { ?d dct:title ?title } OPTIONAL { ?d dct:spatial ?p } }
              OPTIONAL { GRAPH ?h { ?p rdfs:label ?place } }
              BIND(STR(?y) AS ?year)
            } ORDER BY ?y ?file""";
    private static final String ENTITIES = """
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?c }
              VALUES ?c { pg:Project pg:Park pg:Road pg:Enterprise pg:Facility } }""";

    private interface Writer {
        long write(OutputStream os) throws IOException;
    }

    private static long gzip(Path file, Writer w) throws IOException {
        try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            return w.write(os);
        }
    }

    /** SHA-256 of every file under {@code dir} (except SHA256SUMS), by relative path; also writes SHA256SUMS. */
    static Map<String, String> sha256All(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (!rel.equals("SHA256SUMS")) {
                sums.put(rel, sha256(f));
            }
        }
        StringBuilder b = new StringBuilder();
        // The format of `sha256sum`, so `sha256sum -c SHA256SUMS` checks the bundle.
        sums.forEach((rel, h) -> b.append(h).append("  ").append(rel).append('\n'));
        Files.writeString(dir.resolve("SHA256SUMS"), b.toString());
        return sums;
    }

    static String sha256(Path f) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReleaseBundle.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled file missing from the jar: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
