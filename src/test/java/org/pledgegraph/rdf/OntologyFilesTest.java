package org.pledgegraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Every term of the pg: namespace is documented in both languages; the version comes from the build. */
class OntologyFilesTest {
    static final Node DEFINITION = NodeFactory.createURI(PG.SKOS + "definition");

    @Test
    void everyPgTermHasChineseAndEnglishLabelsAndDefinitions() {
        Graph g = OntologyFiles.file(OntologyFiles.MAIN);
        TreeSet<String> terms = new TreeSet<>();
        g.find(Node.ANY, PG.rdfType, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PG.NS)) {
                terms.add(t.getSubject().getURI());
            }
        });
        assertTrue(terms.size() > 70, "only " + terms.size() + " terms");
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            Node n = NodeFactory.createURI(term);
            for (Node p : new Node[] {PG.rdfsLabel, DEFINITION}) {
                for (String lang : new String[] {"zh", "en"}) {
                    if (!g.find(n, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                            && t.getObject().getLiteralLanguage().equals(lang)).hasNext()) {
                        missing.add(PG.localName(n) + " " + (p.equals(PG.rdfsLabel) ? "label" : "definition") + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theOntologyCarriesTheProjectVersion() {
        Graph g = OntologyFiles.file(OntologyFiles.MAIN);
        Node ont = NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI);
        String version = ProjectVersion.current();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertTrue(g.contains(ont, NodeFactory.createURI(OntologyFiles.OWL + "versionIRI"),
                NodeFactory.createURI(OntologyFiles.ONTOLOGY_IRI + "/" + version)));
        assertEquals(1, g.find(ont, NodeFactory.createURI(OntologyFiles.OWL + "versionInfo"), Node.ANY).toList().size());
    }
}
