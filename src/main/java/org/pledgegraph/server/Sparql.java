package org.pledgegraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** Runs the pages' own SELECTs (call inside a read transaction); rows are copied, so they outlive it. */
final class Sparql {
    static final String PREFIXES = """
            PREFIX pg:   <https://w3id.org/pledgegraph/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX pgs:  <https://w3id.org/pledgegraph/search#>
            """;

    private Sparql() {
    }

    static Query parse(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    static List<Binding> select(DatasetGraph dsg, Query q, Map<String, Node> bind) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(q);
        bind.forEach(b::substitution);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec qe = b.build()) {
            qe.select().forEachRemaining(r -> {
                BindingBuilder copy = Binding.builder();
                r.vars().forEachRemaining(v -> copy.add(v, r.get(v)));
                rows.add(copy.build());
            });
        }
        return rows;
    }
}
