package org.pledgegraph.store;

import static org.pledgegraph.rdf.DocumentMapper.add;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.rdf.ProjectVersion;

/**
 * A schema.org {@code Dataset} description of the graph, for dataset search engines: name, licence,
 * temporal and spatial coverage (from the documents in the store), and where to get it (dumps and the
 * SPARQL endpoint). Rendered as RDF (beside VoID) or as a schema.org JSON-LD object for an HTML page:
 * <pre>
 *   String json = DatasetDescription.of(dsg, iris, distributions, "https://example.org/").jsonLd();
 *   String element = description.scriptElement();   // for the head of an HTML page
 * </pre>
 *
 * @param firstYear year of the earliest document, 0 if the store holds none
 * @param places    the jurisdictions the documents speak for (their Chinese names)
 * @param triples   statements in the graph (as the VoID description counts them)
 */
public record DatasetDescription(String version, int firstYear, int lastYear, List<String> places, long triples,
        List<Distribution> distributions, String url) {
    public static final String SCHEMA = "https://schema.org/";
    public static final String NAME = "pledgegraph: projects, industries and commitments in Chinese local-government documents";
    public static final String NAME_ZH = "pledgegraph: 地方政府文件中的项目、产业与承诺";
    public static final String DESCRIPTION = "A knowledge graph of the projects, parks, roads, enterprises, facilities, "
            + "quantified targets and reported figures named in Chinese local-government documents (government work "
            + "reports, party-congress reports, session news), with the stage each is at and whether the document "
            + "promises it or reports it done; every statement carries the sentence it came from and its character "
            + "offsets in the source file. Extracted by deterministic rules; see the licence for reuse.";
    /** The graph's licence (LICENSE-DATA.md); the code is Apache-2.0. */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private static final Query YEARS = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT (MIN(?y) AS ?from) (MAX(?y) AS ?to) { GRAPH ?g { ?d a pg:Document ; pg:year ?y } }""");
    private static final Query PLACES = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?name { GRAPH ?g { ?d a pg:Document ; dct:spatial ?p } GRAPH ?h { ?p rdfs:label ?name } }
            ORDER BY ?name""");

    /**
     * One way to get the data: a dump file or the SPARQL endpoint.
     *
     * @param contentUrl an absolute URL, or a path relative to a release bundle (written as a string)
     * @param sha256     hex SHA-256 of the file, or null
     * @param bytes      size of the file, or -1
     */
    public record Distribution(String contentUrl, String encodingFormat, String description, String sha256, long bytes) {
        public Distribution(String contentUrl, String encodingFormat, String description) {
            this(contentUrl, encodingFormat, description, null, -1);
        }

        boolean absolute() {
            return contentUrl.startsWith("http://") || contentUrl.startsWith("https://");
        }
    }

    public DatasetDescription {
        places = List.copyOf(places);
        distributions = List.copyOf(distributions);
    }

    /** Reads coverage and size from the store; call inside a read transaction. */
    public static DatasetDescription of(DatasetGraph dsg, IriMinter iris, List<Distribution> distributions, String url) {
        int[] years = {0, 0};
        try (QueryExec qe = QueryExec.dataset(dsg).query(YEARS).build()) {
            qe.select().forEachRemaining(b -> {
                if (b.get("from") != null) {
                    years[0] = Integer.parseInt(b.get("from").getLiteralLexicalForm());
                    years[1] = Integer.parseInt(b.get("to").getLiteralLexicalForm());
                }
            });
        }
        List<String> places = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(PLACES).build()) {
            qe.select().forEachRemaining(b -> places.add(b.get("name").getLiteralLexicalForm()));
        }
        long triples = VoidDescription.statedQuads(dsg, iris).orElseGet(() -> dsg.stream().count());
        return new DatasetDescription(ProjectVersion.current(), years[0], years[1], places, triples, distributions, url);
    }

    /** ISO 8601 interval of the documents' years, e.g. {@code 2021/2026}; empty when there are none. */
    public String temporalCoverage() {
        if (firstYear == 0) {
            return "";
        }
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "/" + lastYear;
    }

    /** Adds the description to {@code g} with {@code subject} typed schema:Dataset. */
    public void addTo(Graph g, Node subject) {
        add(g, subject, PG.rdfType, s("Dataset"));
        add(g, subject, s("name"), NodeFactory.createLiteralLang(NAME, "en"));
        add(g, subject, s("name"), NodeFactory.createLiteralLang(NAME_ZH, "zh"));
        add(g, subject, s("description"), NodeFactory.createLiteralLang(DESCRIPTION, "en"));
        add(g, subject, s("license"), NodeFactory.createURI(LICENSE));
        add(g, subject, s("version"), DocumentMapper.str(version));
        add(g, subject, s("inLanguage"), DocumentMapper.str("zh"));
        add(g, subject, s("isAccessibleForFree"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        add(g, subject, s("creator"), creator(g));
        if (url != null) {
            add(g, subject, s("url"), NodeFactory.createURI(url));
        }
        if (!temporalCoverage().isEmpty()) {
            add(g, subject, s("temporalCoverage"), DocumentMapper.str(temporalCoverage()));
        }
        for (String p : places) {
            Node place = NodeFactory.createBlankNode();
            add(g, place, PG.rdfType, s("Place"));
            add(g, place, s("name"), NodeFactory.createLiteralLang(p, "zh"));
            add(g, subject, s("spatialCoverage"), place);
        }
        add(g, subject, NodeFactory.createURI(VoidDescription.VOID + "triples"), DocumentMapper.integer(triples));
        for (Distribution d : distributions) {
            Node n = NodeFactory.createBlankNode();
            add(g, n, PG.rdfType, s("DataDownload"));
            add(g, n, s("contentUrl"), d.absolute() ? NodeFactory.createURI(d.contentUrl()) : DocumentMapper.str(d.contentUrl()));
            add(g, n, s("encodingFormat"), DocumentMapper.str(d.encodingFormat()));
            add(g, n, s("description"), NodeFactory.createLiteralLang(d.description(), "en"));
            if (d.sha256() != null) {
                add(g, n, s("sha256"), DocumentMapper.str(d.sha256()));
            }
            if (d.bytes() >= 0) {
                add(g, n, s("contentSize"), DocumentMapper.str(d.bytes() + " B"));
            }
            add(g, subject, s("distribution"), n);
        }
    }

    /** A schema.org JSON-LD object ({@code "@context": "https://schema.org/"}), pretty-printed. */
    public String jsonLd() {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("@context", SCHEMA)
                .add("@type", "Dataset")
                .add("name", NAME)
                .add("alternateName", NAME_ZH)
                .add("description", DESCRIPTION)
                .add("license", LICENSE)
                .add("version", version)
                .add("inLanguage", "zh")
                .add("isAccessibleForFree", true)
                .add("creator", Json.createObjectBuilder().add("@type", "Organization").add("name", "pledgegraph contributors"));
        if (url != null) {
            o.add("url", url);
        }
        if (!temporalCoverage().isEmpty()) {
            o.add("temporalCoverage", temporalCoverage());
        }
        JsonArrayBuilder ps = Json.createArrayBuilder();
        places.forEach(p -> ps.add(Json.createObjectBuilder().add("@type", "Place").add("name", p)));
        o.add("spatialCoverage", ps);
        o.add("variableMeasured", Json.createObjectBuilder().add("@type", "PropertyValue")
                .add("name", "triples").add("value", triples));
        JsonArrayBuilder ds = Json.createArrayBuilder();
        for (Distribution d : distributions) {
            JsonObjectBuilder j = Json.createObjectBuilder().add("@type", "DataDownload")
                    .add("contentUrl", d.contentUrl()).add("encodingFormat", d.encodingFormat())
                    .add("description", d.description());
            if (d.sha256() != null) {
                j.add("sha256", d.sha256());
            }
            if (d.bytes() >= 0) {
                j.add("contentSize", d.bytes() + " B");
            }
            ds.add(j);
        }
        o.add("distribution", ds);
        StringWriter w = new StringWriter();
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w)) {
            jw.writeObject(o.build());
        }
        return w.toString().strip();
    }

    /** The JSON-LD inside a {@code <script type="application/ld+json">} element, safe to put in a page. */
    public String scriptElement() {
        // Names come from documents: "</" must not end the script element early.
        return "<script type=\"application/ld+json\">" + jsonLd().replace("</", "<\\/") + "</script>";
    }

    private static Node creator(Graph g) {
        Node n = NodeFactory.createBlankNode();
        add(g, n, PG.rdfType, s("Organization"));
        add(g, n, s("name"), DocumentMapper.str("pledgegraph contributors"));
        return n;
    }

    static Node s(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }
}
