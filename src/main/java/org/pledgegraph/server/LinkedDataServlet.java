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
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.store.Describer;
import org.pledgegraph.rdf.JsonLdContext;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.AnswerCache;
import org.pledgegraph.store.GraphStore;

/**
 * Dereferences entity and document IRIs: {@code GET /id/{type}/{key}} answers with HTML, Turtle,
 * JSON-LD, RDF/XML or N-Triples by content negotiation ({@code ?format=html|ttl|jsonld|rdf|nt} overrides);
 * so do the records of the files a document was read from ({@code /id/document/{stem}/file/{hash}}) and every
 * place of the administrative divisions, from the bundled table when the store does not describe it (most
 * towns); {@code GET /id/document/{stem}/text} answers with the document's stored text as text/plain.
 */
final class LinkedDataServlet extends HttpServlet {
    /** Only plain id paths: a type segment and a key; anything else (.., %2e, slashes) is refused. */
    private static final Pattern PATH = Pattern.compile("/id/[a-z]+/[A-Za-z0-9_\\-]+");
    /** A document's text, as the extractor read it: offsets of the selectors count its characters. */
    private static final Pattern TEXT_PATH = Pattern.compile("/id/document/[A-Za-z0-9_\\-]+/text");
    /** A source-file record of a document (pg:SourceFile). */
    private static final Pattern FILE_PATH = Pattern.compile("/id/document/[A-Za-z0-9_\\-]+/file/[0-9a-f]+");
    private static final String PLACE = "/id/place/";

    private final transient GraphStore store;
    private final String base;
    private final PublicRoot publicRoot;
    private final transient PlacesScheme places;

    private final transient AnswerCache cache;

    LinkedDataServlet(GraphStore store, String base, PublicRoot publicRoot, PlacesScheme places, AnswerCache cache) {
        this.cache = cache;
        this.store = store;
        this.base = base;
        this.publicRoot = publicRoot;
        this.places = places;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (TEXT_PATH.matcher(path).matches()) {
            sendText(NodeFactory.createURI(base + path.substring(1)), resp);
            return;
        }
        if (!PATH.matcher(path).matches() && !FILE_PATH.matcher(path).matches()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "not an id path");
            return;
        }
        Node resource = NodeFactory.createURI(base + path.substring(1));
        Representation rep = Representation.choose(req.getParameter("format"), req.getHeader("Accept"));
        Integer from;
        Integer to;
        try {
            from = year(req.getParameter("from"));
            to = year(req.getParameter("to"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "from and to are years");
            return;
        }
        boolean trackerCsv = "tracker".equals(req.getParameter("csv"));
        boolean wholeMatrix = "all".equals(req.getParameter("matrix"));
        String root = publicRoot.of(req);
        String key = AnswerCache.key("id", path, rep, from, to, trackerCsv, wholeMatrix, root);
        byte[] body = store.read(() -> cache.get(key, () -> {
            if (!Describer.exists(store.datasetGraph(), resource)) {
                return path.startsWith(PLACE) && !trackerCsv ? division(path.substring(PLACE.length()), rep, root) : null;
            }
            // Pages read the resource's own triples and query the rest themselves; the full description
            // (with every mention) is built only for the RDF representations.
            Graph about = rep == Representation.HTML || trackerCsv ? ownTriples(resource)
                    : Describer.describe(store.datasetGraph(), resource);
            if (about.contains(resource, PG.rdfType, PG.Place) && rep == Representation.HTML && !trackerCsv
                    && !store.datasetGraph().find(Node.ANY, Node.ANY, PG.dctSpatial, resource).hasNext()) {
                // A place no document has as its jurisdiction: where it lies and what lies within it.
                byte[] page = division(path.substring(PLACE.length()), rep, root);
                if (page != null) {
                    return page;
                }
            }
            if (about.contains(resource, PG.rdfType, PG.Place) && (rep == Representation.HTML || trackerCsv)) {
                // A government: the workbench page, or its promise tracker as CSV.
                var all = PlacePage.mentions(store.datasetGraph(), base, resource);
                if (trackerCsv) {
                    int y = from != null ? from : all.stream().mapToInt(PlacePage.M::year).min().orElse(0);
                    return Tables.rows(PromiseTracker.trackerHeader(), PromiseTracker.trackerRows(
                            PromiseTracker.track(store.datasetGraph(), base, all, y, to)), ',')
                            .getBytes(StandardCharsets.UTF_8);
                }
                var it = about.find(resource, PG.rdfsLabel, Node.ANY);
                String name = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : resource.getURI();
                return PlacePage.render(store.datasetGraph(), base, resource, name, all, from, to, wholeMatrix).getBytes(StandardCharsets.UTF_8);
            }
            if (rep == Representation.HTML) {
                return new ResourcePage(store.datasetGraph(), base, root).render(resource, about)
                        .getBytes(StandardCharsets.UTF_8);
            }
            return serialise(about, rep);
        }, b -> b == null ? 0 : b.length));
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + resource.getURI());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setHeader("Vary", "Accept");
        if (trackerCsv) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"tracker.csv\"");
        }
        resp.setContentType((trackerCsv ? "text/csv" : rep.mediaType) + ";charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A place of the bundled table by its id, as a page or as its triples; null for an unknown id. */
    private byte[] division(String id, Representation rep, String root) {
        return places.get(id).map(p -> rep == Representation.HTML
                ? new DivisionPage(places, root).placePage(p).getBytes(StandardCharsets.UTF_8)
                : serialise(PlacesScheme.describe(p, IriMinter.withBase(base)), rep)).orElse(null);
    }

    private static byte[] serialise(Graph about, Representation rep) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep == Representation.JSONLD) {
            JsonLdContext.write(about, out);
        } else {
            about.getPrefixMapping().setNsPrefix("pg", PG.NS);
            RDFDataMgr.write(out, about, rep.format);
        }
        return out.toByteArray();
    }

    private Graph ownTriples(Node resource) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.datasetGraph().find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static Integer year(String v) {
        return v == null || v.isBlank() ? null : Integer.valueOf(v.strip());
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

    /** The representations offered, in order of preference when a client accepts several equally. */
    enum Representation {
        HTML("text/html", null, "html"),
        TURTLE("text/turtle", RDFFormat.TURTLE, "ttl"),
        JSONLD("application/ld+json", RDFFormat.JSONLD11, "jsonld"),
        RDFXML("application/rdf+xml", RDFFormat.RDFXML, "rdf"),
        NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt");

        final String mediaType;
        final RDFFormat format;
        /** The file extension of this representation, also accepted as {@code ?format=}. */
        final String extension;

        Representation(String mediaType, RDFFormat format, String extension) {
            this.mediaType = mediaType;
            this.format = format;
            this.extension = extension;
        }

        /** By file extension (html, ttl, jsonld, rdf, nt), or null. */
        static Representation byExtension(String ext) {
            for (Representation r : values()) {
                if (r.extension.equals(ext)) {
                    return r;
                }
            }
            return null;
        }

        static Representation choose(String formatParam, String accept) {
            if (formatParam != null) {
                return switch (formatParam.toLowerCase(Locale.ROOT)) {
                    case "ttl", "turtle" -> TURTLE;
                    case "jsonld", "json-ld", "json" -> JSONLD;
                    case "rdf", "rdfxml", "xml", "owl" -> RDFXML;
                    case "nt", "ntriples" -> NTRIPLES;
                    default -> HTML;
                };
            }
            return negotiate(accept == null ? "" : accept.toLowerCase(Locale.ROOT));
        }

        /**
         * The representation with the highest q-value among those the Accept header names exactly (or by
         * {@code type/*}); a client that names none of them (curl and other tools send {@code *}{@code /*})
         * gets Turtle: data, not a page.
         */
        private static Representation negotiate(String accept) {
            Representation best = TURTLE;
            double bestQ = 0;
            for (String range : accept.split(",")) {
                String[] parts = range.trim().split(";");
                String type = parts[0].trim();
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(p.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                for (Representation r : values()) {
                    if (q > bestQ && matches(type, r)) {
                        best = r;
                        bestQ = q;
                    }
                }
            }
            return best;
        }

        private static boolean matches(String type, Representation r) {
            if (type.equals(r.mediaType)) {
                return true;
            }
            return switch (r) {
                case HTML -> type.equals("application/xhtml+xml");
                case JSONLD -> type.equals("application/json");
                case NTRIPLES -> type.equals("text/plain");
                case TURTLE -> type.equals("application/x-turtle") || type.equals("text/*");
                default -> false;
            };
        }
    }
}
