package org.pledgegraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.pledgegraph.rdf.Describer;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.store.GraphStore;

/**
 * Dereferences entity and document IRIs: {@code GET /id/{type}/{key}} answers with HTML, Turtle,
 * JSON-LD or N-Triples by content negotiation ({@code ?format=html|ttl|jsonld|nt} overrides);
 * {@code GET /id/document/{stem}/text} answers with the document's stored text as text/plain.
 */
final class LinkedDataServlet extends HttpServlet {
    /** Only plain id paths: a type segment and a key; anything else (.., %2e, slashes) is refused. */
    private static final Pattern PATH = Pattern.compile("/id/[a-z]+/[A-Za-z0-9_\\-]+");
    /** A document's text, as the extractor read it: offsets of the selectors count its characters. */
    private static final Pattern TEXT_PATH = Pattern.compile("/id/document/[A-Za-z0-9_\\-]+/text");

    private final transient GraphStore store;
    private final String base;

    LinkedDataServlet(GraphStore store, String base) {
        this.store = store;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (TEXT_PATH.matcher(path).matches()) {
            sendText(NodeFactory.createURI(base + path.substring(1)), resp);
            return;
        }
        if (!PATH.matcher(path).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not an id path");
            return;
        }
        Node resource = NodeFactory.createURI(base + path.substring(1));
        Representation rep = Representation.choose(req.getParameter("format"), req.getHeader("Accept"));
        byte[] body = store.read(() -> {
            if (!Describer.exists(store.datasetGraph(), resource)) {
                return null;
            }
            Graph about = Describer.describe(store.datasetGraph(), resource);
            if (rep == Representation.HTML) {
                return new ResourcePage(store.datasetGraph(), base).render(resource, about)
                        .getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (rep == Representation.JSONLD) {
                JsonLdContext.write(about, out);
            } else {
                about.getPrefixMapping().setNsPrefix("pg", org.pledgegraph.rdf.PG.NS);
                RDFDataMgr.write(out, about, rep.format);
            }
            return out.toByteArray();
        });
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + resource.getURI());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        resp.setContentType(rep.mediaType + ";charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void sendText(Node text, HttpServletResponse resp) throws IOException {
        String value = store.read(() -> {
            var it = store.datasetGraph().find(Node.ANY, text, org.pledgegraph.rdf.PG.rdfValue, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
        if (value == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no stored text " + text.getURI());
            return;
        }
        byte[] body = value.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The representations offered, in order of preference when the client accepts anything. */
    enum Representation {
        HTML("text/html", null),
        TURTLE("text/turtle", RDFFormat.TURTLE),
        JSONLD("application/ld+json", RDFFormat.JSONLD11),
        NTRIPLES("application/n-triples", RDFFormat.NTRIPLES);

        final String mediaType;
        final RDFFormat format;

        Representation(String mediaType, RDFFormat format) {
            this.mediaType = mediaType;
            this.format = format;
        }

        static Representation choose(String formatParam, String accept) {
            if (formatParam != null) {
                return switch (formatParam.toLowerCase(Locale.ROOT)) {
                    case "ttl", "turtle" -> TURTLE;
                    case "jsonld", "json-ld", "json" -> JSONLD;
                    case "nt", "ntriples" -> NTRIPLES;
                    default -> HTML;
                };
            }
            String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            if (a.contains("text/html")) {
                return HTML;
            }
            if (a.contains("application/ld+json") || a.contains("application/json")) {
                return JSONLD;
            }
            if (a.contains("application/n-triples")) {
                return NTRIPLES;
            }
            // curl and other tools send */*: data, not a page.
            return TURTLE;
        }
    }
}
