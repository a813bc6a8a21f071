package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pledgegraph.store.GraphStore;

/** The whole store as a gzipped N-Quads or TriG download: the dumps that VoID and schema.org name. */
final class DumpServlet extends HttpServlet {
    /** Relative to the server root. */
    static final String PATH = "download/";

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
                RDFDataMgr.write(gz, store.datasetGraph(), lang);
                gz.finish();
                gz.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
    }
}
