package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.QueryExec;
import org.pledgegraph.rdf.PG;

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

    /**
     * Every mention of an entity, oldest document first: the rows of {@link #TIMELINE}, read by look-ups over the
     * union of the named graphs (what the query's default graph is): one scan of each mention's triples and
     * three look-ups per document, instead of the query's ten joins per mention (most of the entity page).
     * Same rows in the same order; rows of one mention that differ only in a property given twice (two stages)
     * come in the order of the cross product below, not necessarily the query's.
     */
    public static List<Binding> timeline(DatasetGraph dsg, Node entity) {
        Set<Node> mentions = new LinkedHashSet<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.mentions, entity).forEachRemaining(q -> mentions.add(q.getSubject()));
        Map<Node, Map<Node, List<Node>>> docs = new HashMap<>();
        List<Binding> rows = new ArrayList<>();
        for (Node m : mentions) {
            Map<Node, List<Node>> own = new LinkedHashMap<>();
            dsg.find(Quad.unionGraph, m, Node.ANY, Node.ANY).forEachRemaining(q -> {
                List<Node> values = own.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>());
                if (!values.contains(q.getObject())) {
                    values.add(q.getObject());
                }
            });
            for (Node doc : own.getOrDefault(PG.inDocument, List.of())) {
                Map<Node, List<Node>> d = docs.computeIfAbsent(doc, x -> documentValues(dsg, x));
                for (Node year : d.get(PG.year)) {
                    for (Node file : d.get(PG.sourceFile)) {
                        for (Node issued : optional(d.get(PG.dctIssued))) {
                            for (Node surface : own.getOrDefault(PG.surface, List.of())) {
                                for (Node evidence : own.getOrDefault(PG.evidence, List.of())) {
                                    for (Node modality : own.getOrDefault(PG.modality, List.of())) {
                                        for (Node stage : optional(own.get(PG.stage))) {
                                            for (Node about : optional(own.get(PG.aboutYear))) {
                                                BindingBuilder b = Binding.builder();
                                                b.add(Var.alloc("m"), m).add(Var.alloc("doc"), doc).add(Var.alloc("file"), file)
                                                        .add(Var.alloc("year"), year);
                                                addIf(b, "issued", issued);
                                                b.add(Var.alloc("surface"), surface);
                                                addIf(b, "stage", stage);
                                                b.add(Var.alloc("modality"), modality);
                                                addIf(b, "aboutYear", about);
                                                b.add(Var.alloc("evidence"), evidence);
                                                rows.add(b.build());
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        rows.sort(new BindingComparator(TIMELINE.getOrderBy()));
        return rows;
    }

    /** The rows of the timeline's query itself, to compare {@link #timeline} with. */
    public static List<Binding> timelineByQuery(DatasetGraph dsg, Node entity) {
        return select(dsg, TIMELINE, entity);
    }

    private static Map<Node, List<Node>> documentValues(DatasetGraph dsg, Node doc) {
        Map<Node, List<Node>> out = new HashMap<>();
        for (Node p : new Node[] {PG.year, PG.sourceFile, PG.dctIssued}) {
            List<Node> values = new ArrayList<>();
            dsg.find(Quad.unionGraph, doc, p, Node.ANY).forEachRemaining(q -> {
                if (!values.contains(q.getObject())) {
                    values.add(q.getObject());
                }
            });
            out.put(p, values);
        }
        return out;
    }

    /** An OPTIONAL's values: each one, or one unbound row when there is none. */
    private static List<Node> optional(List<Node> values) {
        return values == null || values.isEmpty() ? java.util.Collections.singletonList(null) : values;
    }

    private static void addIf(BindingBuilder b, String var, Node value) {
        if (value != null) {
            b.add(Var.alloc(var), value);
        }
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
