package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Iterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.GraphStore;

/** The whole store as a gzipped N-Quads or TriG download: the dumps that VoID and schema.org name. */
final class DumpServlet extends HttpServlet {
    /** Relative to the server root. */
    static final String PATH = "download/";

    private static final IriMinter STORED = IriMinter.defaults();

    private final transient GraphStore store;

    DumpServlet(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getRequestURI().substring(req.getRequestURI().lastIndexOf('/') + 1);
        Lang lang = switch (name) {
            case "pledgegraph.nq.gz" -> Lang.NQUADS;
            case "pledgegraph.trig.gz" -> Lang.TRIG;
            default -> null;
        };
        if (lang == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "dumps: pledgegraph.nq.gz, pledgegraph.trig.gz");
            return;
        }
        resp.setContentType(lang.getHeaderString());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        // One read transaction: the dump is a consistent snapshot even if it takes a while.
        OutputStream raw = resp.getOutputStream();
        store.read(() -> {
            try {
                GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(raw));
                StreamRDF out = StreamRDFWriter.getWriterStream(gz,
                        lang == Lang.NQUADS ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
                out.start();
                store.datasetGraph().prefixes().forEach(out::prefix);
                Iterator<Quad> quads = store.datasetGraph().find();
                while (quads.hasNext()) {
                    Quad q = quads.next();
                    if (!STORED.isStatistic(q.getSubject())) { // the workbench's cache, as in export
                        out.quad(q);
                    }
                }
                out.finish();
                gz.finish();
                gz.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }
}
