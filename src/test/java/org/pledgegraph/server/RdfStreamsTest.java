package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.pledgegraph.rdf.OntologyFiles;

/** The streaming RDF/XML and JSON-LD writers give back, through Jena's parsers, exactly the triples they were fed. */
class RdfStreamsTest {
    /** Invented data with everything a writer can get wrong: escapes, languages, datatypes, blank nodes, odd namespaces. */
    static final String TRICKY = """
            @prefix ex: <http://example.org/ns#> .
            @prefix pg: <https://w3id.org/pledgegraph/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a a pg:Place , ex:Thing ; ex:label "示例镇"@zh , "Quote \\" & <tag> 'x'\\nnew line\\ttab"@en ;
                ex:n 42 ; ex:d "2024-01-02"^^xsd:date ; ex:plain "plain" ; ex:link ex:b ; ex:node _:x .
            _:x <http://other.example/path/prop> "in another namespace" ; ex:back ex:a .
            ex:b ex:label "b" .
            ex:a ex:again "the subject comes back" .
            """;

    @Test
    void rdfXmlRoundTrips() throws Exception {
        check(RdfStreams::rdfXml, Lang.RDFXML, TRICKY);
        check(RdfStreams::rdfXml, Lang.RDFXML, placesHead(300));
    }

    @Test
    void jsonLdRoundTrips() throws Exception {
        check(RdfStreams::jsonLd, Lang.JSONLD, TRICKY);
        check(RdfStreams::jsonLd, Lang.JSONLD, placesHead(300));
    }

    @Test
    void anEmptyGraphIsAValidDocument() throws Exception {
        check(RdfStreams::jsonLd, Lang.JSONLD, "");
        check(RdfStreams::rdfXml, Lang.RDFXML, "");
    }

    private static void check(Function<java.io.Writer, StreamRDF> writer, Lang lang, String turtle) {
        Graph in = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(in);
        StringWriter out = new StringWriter();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(writer.apply(out));
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(back);
        assertEquals(in.size(), back.size(), out.toString());
        assertTrue(in.isIsomorphicWith(back), out.toString());
    }

    /** The bundled places file's prefixes, scheme and first places. */
    private static String placesHead(int lines) throws Exception {
        StringBuilder b = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(OntologyFiles.placesTurtle(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < lines; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                b.append(line).append('\n');
            }
        }
        return b.toString();
    }
}
