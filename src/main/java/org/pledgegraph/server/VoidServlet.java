package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.store.DatasetDescription;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.store.VoidDescription;
import org.pledgegraph.store.GraphStore;

/**
 * Serves the stored VoID description at {@code /.well-known/void}, with this server's endpoint and dumps
 * added, and the same dataset described as a schema.org {@code Dataset} for dataset search engines.
 */
final class VoidServlet extends HttpServlet {
    private final transient GraphStore store;
    private final transient IriMinter iris;
    private final PublicRoot publicRoot;

    VoidServlet(GraphStore store, IriMinter iris, PublicRoot publicRoot) {
        this.store = store;
        this.iris = iris;
        this.publicRoot = publicRoot;
    }

    /** Where this server offers the data: the dumps and the SPARQL endpoint. */
    static List<DatasetDescription.Distribution> distributions(String root) {
        return List.of(
                new DatasetDescription.Distribution(root + DumpServlet.PATH + "pledgegraph.nq.gz",
                        "application/n-quads", "The whole graph with its named graphs, N-Quads, gzip"),
                new DatasetDescription.Distribution(root + DumpServlet.PATH + "pledgegraph.trig.gz",
                        "application/trig", "The whole graph with its named graphs, TriG, gzip"),
                new DatasetDescription.Distribution(root + SparqlServer.DATASET.substring(1) + "/sparql",
                        "application/sparql-query", "SPARQL 1.1 endpoint (read-only)"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.Representation rep =
                LinkedDataServlet.Representation.choose(req.getParameter("format"), req.getHeader("Accept"));
        String root = publicRoot.of(req);
        Graph g = GraphFactory.createDefaultGraph();
        store.read(() -> {
            store.datasetGraph().getGraph(VoidDescription.graphName(iris)).find().forEachRemaining(g::add);
            DatasetDescription.of(store.datasetGraph(), iris, distributions(root), root)
                    .addTo(g, VoidDescription.dataset(iris));
            return null;
        });
        VoidDescription.withEndpoint(g, iris, root + SparqlServer.DATASET.substring(1) + "/sparql");
        for (String dump : List.of("pledgegraph.nq.gz", "pledgegraph.trig.gz")) {
            g.add(VoidDescription.dataset(iris), NodeFactory.createURI(VoidDescription.VOID + "dataDump"),
                    NodeFactory.createURI(root + DumpServlet.PATH + dump));
        }
        g.getPrefixMapping().setNsPrefix("void", VoidDescription.VOID);
        g.getPrefixMapping().setNsPrefix("schema", DatasetDescription.SCHEMA);
        g.getPrefixMapping().setNsPrefix("pg", org.pledgegraph.rdf.PG.NS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep == LinkedDataServlet.Representation.JSONLD) {
            JsonLdContext.write(g, out);
        } else if (rep == LinkedDataServlet.Representation.NTRIPLES) {
            RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
        } else {
            // HTML is not offered here: Turtle is readable in a browser too.
            rep = LinkedDataServlet.Representation.TURTLE;
            RDFDataMgr.write(out, g, RDFFormat.TURTLE);
        }
        resp.setHeader("Vary", "Accept");
        resp.setContentType(rep.mediaType + ";charset=utf-8");
        resp.getOutputStream().write(out.toByteArray());
    }
}
