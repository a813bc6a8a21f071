package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * What the graph says about one resource (an entity or a document): its own triples and the
 * mentions that name it with their sentences. Call inside a read transaction.
 */
public final class Describer {
    private static final Query ENTITY = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            CONSTRUCT {
              ?r ?p ?o .
              ?m pg:mentions ?r ; pg:inDocument ?d ; pg:surface ?s ; pg:evidence ?e ; pg:modality ?mod ;
                 pg:stage ?st ; pg:aboutYear ?y ; a pg:Mention .
              ?d a pg:Document ; pg:year ?dy ; pg:sourceFile ?f .
              ?m2 pg:inDocument ?r ; pg:surface ?s2 ; pg:mentionType ?t2 ; pg:mentions ?x2 .
            } WHERE {
              { ?r ?p ?o }
              UNION
              { ?m pg:mentions ?r ; pg:inDocument ?d ; pg:surface ?s ; pg:evidence ?e ; pg:modality ?mod .
                ?d pg:year ?dy ; pg:sourceFile ?f .
                OPTIONAL { ?m pg:stage ?st } OPTIONAL { ?m pg:aboutYear ?y } }
              UNION
              { ?m2 pg:inDocument ?r ; pg:surface ?s2 ; pg:mentionType ?t2 . OPTIONAL { ?m2 pg:mentions ?x2 } }
            }""");

    private static final Query TIMELINE = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?m ?doc ?file ?year ?issued ?surface ?stage ?modality ?aboutYear ?evidence WHERE {
              ?m pg:mentions ?r ; pg:inDocument ?doc ; pg:surface ?surface ; pg:evidence ?evidence ; pg:modality ?modality .
              ?doc pg:year ?year ; pg:sourceFile ?file .
              OPTIONAL { ?doc dct:issued ?issued }
              OPTIONAL { ?m pg:stage ?stage }
              OPTIONAL { ?m pg:aboutYear ?aboutYear }
            } ORDER BY ?year ?file ?m""");

    private Describer() {
    }

    /** The triples about {@code resource}, plus its mentions (for an entity) or mentions in it (for a document). */
    public static Graph describe(DatasetGraph dsg, Node resource) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(ENTITY).substitution("r", resource).build()) {
            return qe.construct();
        }
    }

    /** Every mention of an entity, oldest document first. */
    public static List<Binding> timeline(DatasetGraph dsg, Node entity) {
        return select(dsg, TIMELINE, entity);
    }

    /** True if the store says anything about {@code resource}. */
    public static boolean exists(DatasetGraph dsg, Node resource) {
        return dsg.find(Node.ANY, resource, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, resource).hasNext();
    }

    private static List<Binding> select(DatasetGraph dsg, Query q, Node r) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution("r", r).build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }
}
