package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.rdf.VoidDescription;
import org.pledgegraph.store.GraphStore;

/** Serves the stored VoID description at {@code /.well-known/void}, with this server's endpoint added. */
final class VoidServlet extends HttpServlet {
    private final transient GraphStore store;
    private final transient IriMinter iris;

    VoidServlet(GraphStore store, IriMinter iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.Representation rep =
                LinkedDataServlet.Representation.choose(req.getParameter("format"), req.getHeader("Accept"));
        Graph g = GraphFactory.createDefaultGraph();
        store.read(() -> {
            store.datasetGraph().getGraph(VoidDescription.graphName(iris)).find().forEachRemaining(g::add);
            return null;
        });
        // The endpoint as this client reaches it (the port may have been chosen at start).
        String endpoint = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort()
                + SparqlServer.DATASET + "/sparql";
        VoidDescription.withEndpoint(g, iris, endpoint);
        g.getPrefixMapping().setNsPrefix("void", VoidDescription.VOID);
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
