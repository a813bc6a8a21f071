package org.pledgegraph.store;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.rdf.PG;

/** What evaluation reads about documents beyond their mentions: their governments and the entities a query lists. */
final class DocumentReads {
    private static final Query GOVERNMENTS = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?file ?government WHERE {
              ?d pg:sourceFile ?file ; dct:spatial ?p . ?p rdfs:label ?name .
              # A county-level government is named with its prefecture (福田区 → 深圳市福田区), as the split names it.
              OPTIONAL { ?p pg:level pg:County ; pg:within ?up . ?up pg:level pg:Prefecture ; rdfs:label ?upName }
              BIND (CONCAT(COALESCE(STR(?upName), ""), STR(?name)) AS ?government)
            }""");

    private DocumentReads() {
    }

    static Map<String, String> governments(DatasetGraph dsg) {
        Map<String, String> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(GOVERNMENTS).build()) {
            qe.select().forEachRemaining(b -> out.put(DocumentMeta.stemOf(b.get("file").getLiteralLexicalForm()),
                    b.get("government").getLiteralLexicalForm()));
        }
        return out;
    }

    /** One entity per listed row whose from/to files are the two documents, named by its label. */
    static List<ListedEntity> reappearing(DatasetGraph dsg, NamedQuery reappear, int fromYear, int toYear,
                                          String firstStem, String secondStem) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(reappear.query())
                .substitution("from", year(fromYear)).substitution("to", year(toYear));
        Map<Node, String> labels = new LinkedHashMap<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(row -> {
                Node from = row.get("fromFile");
                Node to = row.get("toFile");
                if (from != null && to != null && stem(from).equals(firstStem) && stem(to).equals(secondStem)) {
                    Node label = row.get("label");
                    labels.putIfAbsent(row.get("entity"), label == null ? row.get("entity").toString() : label.getLiteralLexicalForm());
                }
            });
        }
        Set<String> files = Set.of(firstStem, secondStem);
        List<ListedEntity> out = new ArrayList<>();
        labels.forEach((entity, label) -> out.add(new ListedEntity(entity.getURI(), label, names(dsg, entity, files))));
        return out;
    }

    /** Labels, alternative labels and the surfaces of the entity's mentions in the documents with these stems. */
    private static Set<String> names(DatasetGraph dsg, Node entity, Set<String> stems) {
        Set<String> names = new HashSet<>();
        for (Node p : List.of(PG.rdfsLabel, PG.skosAltLabel)) {
            dsg.find(Node.ANY, entity, p, Node.ANY).forEachRemaining(q -> names.add(q.getObject().getLiteralLexicalForm()));
        }
        dsg.find(Node.ANY, Node.ANY, PG.mentions, entity).forEachRemaining(q -> {
            Node m = q.getSubject();
            boolean inPair = objects(dsg, m, PG.inDocument).stream()
                    .flatMap(d -> objects(dsg, d, PG.sourceFile).stream())
                    .anyMatch(f -> stems.contains(stem(f)));
            if (inPair) {
                objects(dsg, m, PG.surface).forEach(s -> names.add(s.getLiteralLexicalForm()));
            }
        });
        return names;
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining((Quad q) -> out.add(q.getObject()));
        return out;
    }

    private static String stem(Node file) {
        return DocumentMeta.stemOf(file.getLiteralLexicalForm());
    }

    private static Node year(int y) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(y).toString(), XSDDatatype.XSDinteger);
    }
}
