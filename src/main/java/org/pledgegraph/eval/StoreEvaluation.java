package org.pledgegraph.eval;

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
import org.pledgegraph.model.Mention;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.StoredMentions;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.NamedQuery;

/**
 * Evaluates a store: its mentions against the document gold, and the named query {@code reappear} against
 * the continuity gold (for each pair: from/to = the pair's years, rows kept when they come from the pair's
 * two documents, one prediction per listed entity, named by its labels and its surfaces in the two
 * documents). Documents are grouped by their {@code dct:spatial} label.
 *
 * <pre>
 * EvalReport r = StoreEvaluation.evaluate(store, GoldReader.readSet(dir), NamedQueries.load(q).get("reappear"));
 * </pre>
 */
public final class StoreEvaluation {
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

    private StoreEvaluation() {
    }

    /** Scores everything; {@code reappear} may be null to leave the continuity pairs out. */
    public static EvalReport evaluate(GraphStore store, GoldSet gold, NamedQuery reappear) {
        return store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Map<String, List<Mention>> predicted = StoredMentions.byDocument(dsg);
            List<ReappearScore> pairs = new ArrayList<>();
            if (reappear != null) {
                for (ReappearGold pair : gold.reappear()) {
                    pairs.add(ReappearScorer.score(pair, reappearances(dsg, reappear, pair)));
                }
            }
            return Scorer.score(gold, predicted, governments(dsg), pairs);
        });
    }

    /** The stems of the stored documents; call inside a read transaction. */
    public static Set<String> storedStems(DatasetGraph dsg) {
        Set<String> out = new java.util.TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, PG.sourceFile, Node.ANY).forEachRemaining(q -> out.add(stem(q.getObject())));
        return out;
    }

    /** Government ({@code dct:spatial} label, a county with its prefecture) by document stem; call inside a read transaction. */
    public static Map<String, String> governments(DatasetGraph dsg) {
        Map<String, String> out = new TreeMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(GOVERNMENTS).build()) {
            qe.select().forEachRemaining(b -> out.put(DocumentMeta.stemOf(b.get("file").getLiteralLexicalForm()),
                    b.get("government").getLiteralLexicalForm()));
        }
        return out;
    }

    /**
     * The entities {@code reappear} lists for the pair's years whose rows come from the pair's two documents;
     * call inside a read transaction.
     */
    public static List<PredictedReappearance> reappearances(DatasetGraph dsg, NamedQuery reappear, ReappearGold pair) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(reappear.query())
                .substitution("from", year(pair.fromYear())).substitution("to", year(pair.toYear()));
        Map<Node, String> labels = new LinkedHashMap<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(row -> {
                Node from = row.get("fromFile");
                Node to = row.get("toFile");
                if (from != null && to != null && stem(from).equals(pair.firstStem()) && stem(to).equals(pair.secondStem())) {
                    Node label = row.get("label");
                    labels.putIfAbsent(row.get("entity"), label == null ? row.get("entity").toString() : label.getLiteralLexicalForm());
                }
            });
        }
        Set<String> files = Set.of(pair.firstStem(), pair.secondStem());
        List<PredictedReappearance> out = new ArrayList<>();
        labels.forEach((entity, label) -> out.add(new PredictedReappearance(entity.getURI(), label, names(dsg, entity, files))));
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
