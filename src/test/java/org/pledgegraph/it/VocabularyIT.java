package org.pledgegraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.export.ExportFormat;
import org.pledgegraph.export.Exporter;
import org.pledgegraph.rdf.OntologyFiles;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.ProjectVersion;
import org.pledgegraph.server.SparqlServer;
import org.pledgegraph.store.GraphStore;

/** The vocabulary dereferences over real HTTP: every pg: term of the seeds' exported graph, the schemes, conneg. */
class VocabularyIT {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final Node DEFINITION = NodeFactory.createURI(PG.SKOS + "definition");
    static final Node PREF = NodeFactory.createURI(PG.SKOS + "prefLabel");
    @TempDir
    static Path tmp;
    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.serving(b -> b);
    static GraphStore store;
    static SparqlServer server;
    static String root;
    static DatasetGraph exported;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SEEDED.graphStore();
        server = SEEDED.server();
        root = "http://127.0.0.1:" + server.port() + "/";
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        new Exporter(store).write(ExportFormat.nquads, nq);
        exported = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(nq.toByteArray())).lang(Lang.NQUADS).parse(exported);
    }

    /** Every pg: IRI the exported graph uses as a predicate, a type or any other object, outside the ontology graph. */
    static TreeSet<String> pgTermsUsed() {
        TreeSet<String> terms = new TreeSet<>();
        exported.find().forEachRemaining(q -> {
            if (q.getGraph().getURI().endsWith("graph/ontology")) {
                return;
            }
            for (Node n : new Node[] {q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(PG.NS)) {
                    terms.add(n.getURI());
                }
            }
        });
        return terms;
    }

    @Test
    void everyPgTermOfTheExportedGraphDereferencesToItsDefinitionAsTurtle() throws Exception {
        TreeSet<String> terms = pgTermsUsed();
        assertTrue(terms.size() > 40, "only " + terms.size() + " pg: terms in the seeds' graph: " + terms);
        for (String term : terms) {
            // What a linked-data client does: drop the fragment, GET the document, look the term up in it.
            String url = term.replace("https://w3id.org/pledgegraph/", root).replaceFirst("#.*$", "");
            HttpResponse<String> r = get(url, "text/turtle");
            assertEquals(200, r.statusCode(), term);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), term);
            Graph g = parse(r.body(), Lang.TURTLE);
            Node t = NodeFactory.createURI(term);
            for (String lang : new String[] {"en", "zh"}) {
                assertTrue(has(g, t, PG.rdfsLabel, lang), term + " has no rdfs:label@" + lang);
                assertTrue(has(g, t, DEFINITION, lang), term + " has no skos:definition@" + lang);
            }
        }
    }

    @Test
    void everyConceptOfTheExportedGraphDereferences() throws Exception {
        TreeSet<String> concepts = new TreeSet<>();
        exported.find().forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && (o.getURI().startsWith("https://w3id.org/pledgegraph/industry/")
                    || o.getURI().startsWith("https://w3id.org/pledgegraph/indicator/"))) {
                concepts.add(o.getURI());
            }
        });
        assertTrue(concepts.size() > 5, concepts.toString());
        for (String c : concepts) {
            String url = c.replace("https://w3id.org/pledgegraph/", root);
            HttpResponse<String> r = get(url, "text/turtle");
            assertEquals(200, r.statusCode(), c);
            assertTrue(has(parse(r.body(), Lang.TURTLE), NodeFactory.createURI(c), PREF, "zh"), c);
            HttpResponse<String> page = get(url, BROWSER);
            assertEquals(303, page.statusCode(), c);
            String location = page.headers().firstValue("Location").orElse("");
            assertTrue(location.matches(java.util.regex.Pattern.quote(root) + "ontology/(industries|indicators)#.+"), location);
        }
    }

    @Test
    void browsersGetTheDocumentationWithAnAnchorPerTerm() throws Exception {
        HttpResponse<String> r = get(root + "ontology", BROWSER);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        assertEquals(root + "ontology.html", r.headers().firstValue("Content-Location").orElse(""));
        String html = r.body();
        for (String term : pgTermsUsed()) {
            String local = term.substring(PG.NS.length());
            assertTrue(html.contains("id=\"" + local + "\""), "no anchor for " + local);
        }
        assertTrue(html.contains("<svg"), "no diagram");
        assertTrue(html.contains("SHACL constraints"), "no SHACL constraints");
        assertTrue(html.contains("A mention must have exactly one pg:inDocument"), "a shape's message is missing");
        assertTrue(html.contains("id=\"example-Mention\"") && html.contains("oa:hasTarget"), "no Turtle example of a mention");
        assertTrue(html.contains("as this server's store holds it"), "examples should come from the store");
        assertTrue(html.contains("文件") && html.contains("项目"), "no Chinese labels");
        assertFalse(html.contains("<script"), "no scripts on the page");
    }

    @Test
    void everyFormatCarriesTheSameOntologyWithItsVersion() throws Exception {
        Graph ttl = parse(get(root + "ontology", "text/turtle").body(), Lang.TURTLE);
        Node ont = NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI);
        Node versionIri = NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI + "/" + ProjectVersion.current());
        assertTrue(ttl.contains(ont, NodeFactory.createURI("http://www.w3.org/2002/07/owl#versionIRI"), versionIri));
        assertFalse(ProjectVersion.current().equals("unknown"), "the build did not filter version.properties");
        assertTrue(ttl.contains(ont, NodeFactory.createURI("http://www.w3.org/2002/07/owl#versionInfo"),
                NodeFactory.createLiteralString(ProjectVersion.current())));
        String[][] variants = {{"application/ld+json", "JSONLD", "jsonld"}, {"application/rdf+xml", "RDFXML", "rdf"},
                {"application/n-triples", "NT", "nt"}};
        for (String[] v : variants) {
            Lang lang = switch (v[1]) {
                case "JSONLD" -> Lang.JSONLD;
                case "RDFXML" -> Lang.RDFXML;
                default -> Lang.NTRIPLES;
            };
            HttpResponse<String> byAccept = get(root + "ontology", v[0]);
            assertEquals(200, byAccept.statusCode(), v[0]);
            assertTrue(byAccept.headers().firstValue("Content-Type").orElse("").startsWith(v[0]), v[0]);
            assertTrue(parse(byAccept.body(), lang).isIsomorphicWith(ttl), v[0] + " differs from the Turtle");
            assertTrue(parse(get(root + "ontology." + v[2], "*/*").body(), lang).isIsomorphicWith(ttl), v[2]);
            assertTrue(parse(get(root + "ontology?format=" + v[2], BROWSER).body(), lang).isIsomorphicWith(ttl), v[2]);
        }
        // The version IRI is served too; a Turtle-preferring client is not sent HTML.
        assertEquals(200, get(root + "ontology/" + ProjectVersion.current(), "text/turtle").statusCode());
        assertTrue(get(root + "ontology", "text/turtle, text/html;q=0.5").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/turtle"));
        assertTrue(get(root + "ontology", "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void everyVocabularyFileIsServedAtItsPath() throws Exception {
        List<String> names = new ArrayList<>(OntologyFiles.turtleFiles());
        names.remove(OntologyFiles.MAIN);
        for (String name : names) {
            String path = "ontology/" + name.replace(".ttl", "");
            HttpResponse<String> r = get(root + path, "text/turtle");
            assertEquals(200, r.statusCode(), path);
            assertTrue(parse(r.body(), Lang.TURTLE).isIsomorphicWith(OntologyFiles.file(name)), path);
            HttpResponse<String> page = get(root + path, BROWSER);
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().startsWith("<!DOCTYPE html>"), path);
        }
        String industries = get(root + "ontology/industries", BROWSER).body();
        assertTrue(industries.contains("id=\"textiles-apparel\"") && industries.contains("纺织服装"), "no concept anchors");
        assertEquals(404, get(root + "ontology/nosuchfile", "text/turtle").statusCode());
        assertEquals(404, get(root + "industry/no-such-industry", "text/turtle").statusCode());
    }

    @Test
    void thePlacesSchemeIsServedInEveryFormatAsTheBundledFileSaysIt() throws Exception {
        Graph bundled = GraphFactory.createDefaultGraph();
        try (var in = OntologyFiles.placesTurtle()) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(bundled);
        }
        assertTrue(bundled.size() > 300_000, bundled.size() + " triples");
        String[][] variants = {{"text/turtle", "TTL"}, {"application/n-triples", "NT"}, {"application/rdf+xml", "RDFXML"},
                {"application/ld+json", "JSONLD"}};
        for (String[] v : variants) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(root + "ontology/places"))
                    .header("Accept", v[0]).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), v[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(v[0]), v[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""), v[0]);
            if (v[1].equals("TTL")) {
                // The bundled file itself, byte for byte (parsed once above as the reference).
                try (var in = OntologyFiles.placesTurtle()) {
                    assertTrue(java.util.Arrays.equals(in.readAllBytes(), r.body()), "Turtle is not the bundled file");
                }
                continue;
            }
            if (v[1].equals("JSONLD")) {
                // Jena's JSON-LD reader (Titanium) takes minutes over 310,000 triples; the writer's triples are
                // checked against Titanium in RdfStreamsTest. Here: valid JSON, one node object per place.
                var nodes = org.apache.jena.atlas.json.JSON.parseAny(new ByteArrayInputStream(r.body())).getAsArray();
                java.util.Set<Node> subjects = new java.util.HashSet<>();
                bundled.find().forEachRemaining(t -> subjects.add(t.getSubject()));
                assertEquals(subjects.size(), nodes.size(), "one node object per subject");
                var town = nodes.stream().map(j -> j.getAsObject())
                        .filter(o -> o.getString("@id").endsWith("/id/place/110101001")).findFirst().orElseThrow();
                assertEquals(PG.NS + "Place", town.get("@type").getAsArray().get(0).getAsString().value());
                continue;
            }
            Lang lang = v[1].equals("NT") ? Lang.NTRIPLES : Lang.RDFXML;
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
            assertTrue(g.isIsomorphicWith(bundled), v[0] + ": " + g.size() + " triples, not the bundled " + bundled.size());
        }
        HttpResponse<String> page = get(root + "ontology/places", BROWSER);
        assertEquals(200, page.statusCode());
        assertEquals(root + "ontology/places.html", page.headers().firstValue("Content-Location").orElse(""));
        String html = page.body();
        assertTrue(html.contains("中华人民共和国行政区划"), "no scheme label");
        assertTrue(html.contains("id=\"410000\"") && html.contains("href=\"" + root + "id/place/410503\""),
                "no anchor per province or link per county");
        assertFalse(html.contains("id/place/110101001"), "towns belong on their county's page");
        assertTrue(get(root + "ontology", BROWSER).body().contains("href=\"" + root + "ontology/places\""),
                "the ontology page does not link the places scheme");
    }

    @Test
    void everyPlaceOfTheTableDereferencesWhetherOrNotTheStoreDescribesIt() throws Exception {
        // A town no seed names: only the bundled table knows it.
        String town = "https://w3id.org/pledgegraph/id/place/110101001";
        String url = root + "id/place/110101001";
        store.read(() -> {
            assertFalse(org.pledgegraph.store.Describer.exists(store.datasetGraph(), NodeFactory.createURI(town)));
            return null;
        });
        Graph g = parse(get(url, "text/turtle").body(), Lang.TURTLE);
        Node t = NodeFactory.createURI(town);
        assertTrue(g.contains(t, PG.rdfType, PG.Place));
        assertTrue(g.contains(t, PG.within, NodeFactory.createURI("https://w3id.org/pledgegraph/id/place/110101")));
        assertTrue(has(g, t, PG.rdfsLabel, "zh"));
        for (String accept : new String[] {"application/ld+json", "application/rdf+xml", "application/n-triples"}) {
            HttpResponse<String> r = get(url, accept);
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), accept);
        }
        String html = get(url, BROWSER).body();
        assertTrue(html.contains("东华门街道") && html.contains("乡级 town level"), "no name or level");
        assertTrue(html.contains("href=\"" + root + "id/place/110101\""), "no link to the county it lies within");
        // A county the store holds but no document governs: the places within it, each a link.
        String county = get(root + "id/place/110101", BROWSER).body();
        int towns = county.split("<li><a href=\"" + java.util.regex.Pattern.quote(root) + "id/place/110101\\d{3}\"", -1).length - 1;
        assertEquals(17, towns, "the towns of 东城区 listed on its page");
        // The government of the seeds keeps its workbench page.
        assertTrue(get(root + "id/place/410503", BROWSER).body().contains("matrix"), "the government page is gone");
        assertEquals(404, get(root + "id/place/999999", "text/turtle").statusCode());
        assertEquals(404, get(root + "id/place/999999", BROWSER).statusCode());
    }

    @Test
    void sourceFileRecordsDereferenceAndTheDocumentLinksThem() throws Exception {
        String doc = get(root + "id/document/001_b64101aa0c6a0ce7", BROWSER).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"" + java.util.regex.Pattern.quote(root)
                + "(id/document/001_b64101aa0c6a0ce7/file/[0-9a-f]+)\"").matcher(doc);
        assertTrue(m.find(), "the document page does not link its file record");
        String url = root + m.group(1);
        Node file = NodeFactory.createURI("https://w3id.org/pledgegraph/" + m.group(1));
        Graph g = parse(get(url, "text/turtle").body(), Lang.TURTLE);
        assertTrue(g.contains(file, PG.rdfType, PG.SourceFile), g.toString());
        assertTrue(g.find(file, PG.sha256, Node.ANY).hasNext(), "no SHA-256");
        HttpResponse<String> page = get(url, BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("001_b64101aa0c6a0ce7.txt") && page.body().contains("SHA-256"), "no file page");
        assertTrue(page.body().contains("href=\"" + root + "id/document/001_b64101aa0c6a0ce7\""), "no link back to the document");
        assertEquals(404, get(root + "id/document/001_b64101aa0c6a0ce7/file/0123456789abcdef", "text/turtle").statusCode());
    }

    @Test
    void voidCarriesASchemaOrgDatasetAndItsDumpsDownload() throws Exception {
        Graph g = parse(get(root + ".well-known/void", "text/turtle").body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI("https://w3id.org/pledgegraph/void#dataset");
        String s = "https://schema.org/";
        assertTrue(g.contains(dataset, PG.rdfType, NodeFactory.createURI(s + "Dataset")));
        assertTrue(g.contains(dataset, NodeFactory.createURI(s + "license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(g.contains(dataset, NodeFactory.createURI(s + "temporalCoverage"), NodeFactory.createLiteralString("2021/2026")));
        assertTrue(g.find(dataset, NodeFactory.createURI(s + "spatialCoverage"), Node.ANY).hasNext());
        List<String> downloads = new ArrayList<>();
        g.find(Node.ANY, NodeFactory.createURI(s + "contentUrl"), Node.ANY).forEachRemaining(t -> downloads.add(t.getObject().getURI()));
        assertTrue(downloads.contains(root + "kg/sparql"), downloads.toString());
        String nq = downloads.stream().filter(u -> u.endsWith(".nq.gz")).findFirst().orElseThrow();
        HttpResponse<byte[]> dump = http.send(HttpRequest.newBuilder(URI.create(nq)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(back);
        assertEquals(exported.stream().count(), back.stream().count(), "the dump holds every quad");
    }

    @Test
    void aBaseUrlIsUsedInPagesVoidAndLinks() throws Exception {
        String base = "https://pg.example.org/pub/";
        SparqlServer behindProxy = SparqlServer.create(store).port(0).baseUrl(base).build().start();
        try {
            String local = "http://127.0.0.1:" + behindProxy.port() + "/";
            String page = get(local + "ontology", BROWSER).body();
            assertTrue(page.contains(base + "ontology.ttl"), "the page does not link the public base");
            assertFalse(page.contains(local), "the page leaks the local address");
            String voidTtl = get(local + ".well-known/void", "text/turtle").body();
            assertTrue(voidTtl.contains("<" + base + "kg/sparql>"), voidTtl);
            assertFalse(voidTtl.contains(local), "VoID leaks the local address");
            String doc = get(local + "id/document/001_b64101aa0c6a0ce7", BROWSER).body();
            assertTrue(doc.contains("href=\"" + base + "id/"), "entity links do not use the base URL");
            assertTrue(doc.contains("href=\"" + base + "ontology#"), "types do not link the vocabulary");
            HttpResponse<String> concept = get(local + "industry/construction", BROWSER);
            assertEquals(base + "ontology/industries#construction", concept.headers().firstValue("Location").orElse(""));
        } finally {
            behindProxy.close();
        }
    }

    @Test
    void anEmptyStoreShowsTheInventedExample() throws Exception {
        try (GraphStore empty = GraphStore.open(tmp.resolve("empty"))) {
            SparqlServer s = SparqlServer.create(empty).port(0).build().start();
            try {
                String html = get("http://127.0.0.1:" + s.port() + "/ontology", BROWSER).body();
                assertTrue(html.contains("An invented example"), "no fallback example");
                assertTrue(html.contains("id=\"example-Target\""), "the invented example has no target");
            } finally {
                s.close();
            }
        }
    }

    @Test
    void w3idRulesSendEveryKindOfPermanentIriToAPathTheServerAnswers() throws Exception {
        HtaccessRules rules = HtaccessRules.read(Path.of("w3id", ".htaccess"));
        String base = rules.base();
        assertTrue(base.startsWith("https://") && base.endsWith("/"), base);
        String w3id = "https://w3id.org/pledgegraph/";
        // One IRI of every kind the exported graph holds: each id/{type}/, each named graph, a concept of each scheme.
        java.util.Map<String, String> samples = new java.util.TreeMap<>();
        exported.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getSubject(), q.getObject(), q.getGraph()}) {
                if (n.isURI() && n.getURI().startsWith(w3id) && !n.getURI().contains("#")) {
                    String rest = n.getURI().substring(w3id.length());
                    String kind = rest.contains("/") ? rest.substring(0, rest.lastIndexOf('/')) : rest;
                    kind = kind.startsWith("graph/document") ? "graph/document"
                            : kind.matches("id/document/.+/file") ? "id/document/file"
                            : rest.startsWith("ontology/") ? rest : kind;
                    samples.putIfAbsent(kind, n.getURI());
                }
            }
        });
        for (String kind : List.of("id/document", "id/document/file", "id/mention", "id/park", "id/project", "id/target",
                "id/actual", "id/place", "id/decision", "industry", "indicator", "graph/document", "graph", "ontology/places")) {
            assertTrue(samples.containsKey(kind), "no " + kind + " IRI in the seeds' graph: " + samples.keySet());
        }
        List<String[]> cases = new ArrayList<>();
        // A document's stored text is an information resource: plain text whatever the client asks for.
        samples.values().forEach(iri -> cases.add(iri.endsWith("/text")
                ? new String[] {iri, "text/turtle", "text/plain"} : new String[] {iri, "text/turtle", "text/turtle"}));
        samples.values().stream().filter(i -> (i.contains("/id/") || i.contains("/industry/")) && !i.endsWith("/text"))
                .forEach(iri -> cases.add(new String[] {iri, BROWSER, "text/html"}));
        String[][] vocabulary = {
            {w3id + "ontology", "text/turtle", "text/turtle"},
            {w3id + "ontology", "application/rdf+xml", "application/rdf+xml"},
            {w3id + "ontology", "application/ld+json", "application/ld+json"},
            {w3id + "ontology", "application/n-triples", "application/n-triples"},
            {w3id + "ontology", BROWSER, "text/html"},
            {w3id + "ontology", "*/*", "text/turtle"},
            {w3id + "ontology/" + ProjectVersion.current(), "text/turtle", "text/turtle"},
            {w3id + "ontology/industries", BROWSER, "text/html"},
            {w3id + "ontology/indicators", "text/turtle", "text/turtle"},
            {w3id + "ontology/places", BROWSER, "text/html"},
            {w3id + "ontology/places", "application/n-triples", "application/n-triples"},
            {w3id + "id/place/110101001", BROWSER, "text/html"},
            {w3id + "id/place/110101001", "text/turtle", "text/turtle"},
            {w3id + "shapes", "text/turtle", "text/turtle"},
            {w3id + "void", "text/turtle", "text/turtle"}};
        cases.addAll(List.of(vocabulary));
        for (String[] c : cases) {
            String path = c[0].substring(w3id.length());
            HtaccessRules.Redirect r = rules.apply(path, java.util.Map.of("Accept", c[1]));
            assertTrue(r != null && r.status() == 303, c[0] + " (" + c[1] + ") is not redirected with 303: " + r);
            assertTrue(r.location().startsWith(base), r.location());
            String url = root + r.location().substring(base.length());
            HttpResponse<String> answer = get(url, c[1]);
            if (answer.statusCode() == 303) {
                // A concept sends browsers on to its scheme's page.
                answer = get(answer.headers().firstValue("Location").orElseThrow(), c[1]);
            }
            assertEquals(200, answer.statusCode(), c[0] + " -> " + url);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(c[2]),
                    c[0] + " (" + c[1] + ") -> " + url + " gave " + answer.headers().firstValue("Content-Type"));
        }
        assertEquals(new HtaccessRules.Redirect(302, base), rules.apply("", java.util.Map.of()));
        assertEquals(null, rules.apply("id/../../etc/passwd", java.util.Map.of("Accept", "text/turtle")));
    }

    static boolean has(Graph g, Node s, Node p, String lang) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equals(lang) && !o.getLiteralLexicalForm().isBlank()) {
                return true;
            }
        }
        return false;
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
