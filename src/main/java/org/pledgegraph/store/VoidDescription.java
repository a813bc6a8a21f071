package org.pledgegraph.store;

import static org.pledgegraph.rdf.DocumentMapper.add;
import static org.pledgegraph.rdf.DocumentMapper.integer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/** A VoID description of the dataset: size, entities per class, vocabulary, and (when served) the endpoint. */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    private static final Query PER_CLASS = QueryFactory.create("""
            PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
            SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
              GRAPH ?g { ?s a ?c }
              VALUES ?c { pg:Document pg:Mention pg:Project pg:Park pg:Road pg:Enterprise pg:Facility
                          pg:Target pg:Actual pg:Place pg:Industry pg:Indicator }
            } GROUP BY ?c ORDER BY ?c""");

    private VoidDescription() {
    }

    public static Node graphName(IriMinter iris) {
        return NodeFactory.createURI(iris.base() + "graph/void");
    }

    public static Node dataset(IriMinter iris) {
        return NodeFactory.createURI(iris.base() + "void#dataset");
    }

    /** Describes every named graph except the VoID graph itself; call inside a transaction. */
    public static Graph describe(DatasetGraph dsg, IriMinter iris) {
        Node voidGraph = graphName(iris);
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = dataset(iris);
        add(g, ds, PG.rdfType, v("Dataset"));
        add(g, ds, PG.dctTitle, NodeFactory.createLiteralLang("pledgegraph: 地方政府文件中的项目、产业与承诺", "zh"));
        add(g, ds, PG.dctTitle, NodeFactory.createLiteralLang(
                "pledgegraph: projects, industries and commitments in Chinese local-government documents", "en"));
        add(g, ds, v("vocabulary"), NodeFactory.createURI("https://w3id.org/pledgegraph/ontology"));
        add(g, ds, v("vocabulary"), NodeFactory.createURI(PG.OA));
        add(g, ds, v("vocabulary"), NodeFactory.createURI(PG.SKOS));
        add(g, ds, v("uriSpace"), DocumentMapper.str(iris.base() + "id/"));
        // What the dumps hold: not this description, nor the workbench's statistics cache.
        long triples = QuadLoader.count(dsg) - dsg.getGraph(voidGraph).size()
                - dsg.getGraph(iris.statisticsGraph()).size();
        add(g, ds, v("triples"), integer(triples));
        try (QueryExec qe = QueryExec.dataset(dsg).query(PER_CLASS).build()) {
            qe.select().forEachRemaining(b -> {
                Node cls = b.get("c");
                Node part = NodeFactory.createURI(iris.base() + "void#class-"
                        + cls.getURI().substring(cls.getURI().indexOf('#') + 1));
                add(g, ds, v("classPartition"), part);
                add(g, part, v("class"), cls);
                add(g, part, v("entities"), integer(Long.parseLong(b.get("n").getLiteralLexicalForm())));
            });
        }
        return g;
    }

    /**
     * Quads in the store as the stored VoID description states them (its own graph included), if there
     * is one: ingest writes it in the same transaction as the data, so counting again would repeat work.
     */
    public static java.util.OptionalLong statedQuads(DatasetGraph dsg, IriMinter iris) {
        Graph g = dsg.getGraph(graphName(iris));
        var it = g.find(dataset(iris), v("triples"), Node.ANY);
        if (!it.hasNext()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm()) + g.size()
                + dsg.getGraph(iris.statisticsGraph()).size());
    }

    /** Adds the SPARQL endpoint, known only when served. */
    public static void withEndpoint(Graph g, IriMinter iris, String endpointUrl) {
        add(g, dataset(iris), v("sparqlEndpoint"), NodeFactory.createURI(endpointUrl));
    }

    private static Node v(String local) {
        return NodeFactory.createURI(VOID + local);
    }
}
