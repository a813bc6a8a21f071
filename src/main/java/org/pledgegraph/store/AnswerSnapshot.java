package org.pledgegraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The whole answer, without parameters, of the named queries that list every document, dropped name, located
 * entity or industry shared by governments (issue 14): resolution runs each once, in its page order
 * ({@link Paging#stable}), and writes its rows into the statistics graph in chunks of {@value #CHUNK} lines
 * ({@link TermCodec} terms, tab-separated; an empty field is unbound). A first page read every row of those answers
 * to count and sort them (0.2–0.7 s at 1,045 documents); with a header {@code # pages: answer} and no parameter, a
 * page is read from its chunks and the total from the stored count ({@link #pages}). The queries are the ones the
 * jar ships ({@code org/pledgegraph/queries/}); a snapshot is found by a digest of the query text it ran, so a
 * query that differs from it (edited, or from another folder) reads the store as before.
 */
final class AnswerSnapshot {
    static final String KEY = "answer";
    /** The named queries snapshotted, as the jar ships them. */
    static final List<String> NAMES = List.of("documents", "dropped-names", "in-place", "across-governments");
    static final int CHUNK = 500;
    static final Node QUERY = PG.pg("answerQuery");
    static final Node TOTAL = PG.pg("answerTotal");
    static final Node COLUMNS = PG.pg("answerColumns");
    static final Node BASE = PG.pg("answerBase");
    static final Node ROWS = PG.pg("answerRows");

    private AnswerSnapshot() {
    }

    /**
     * Runs each query of {@link #NAMES} over {@code dsg} (inside the caller's write transaction, after the rest of the
     * statistics graph is written: {@code across-governments} reads it) and adds its rows to the statistics graph.
     */
    static void write(DatasetGraph dsg, IriMinter iris) {
        TermCodec codec = new TermCodec(iris.base());
        Node graph = iris.statisticsGraph();
        for (String name : NAMES) {
            Query query = shipped(name);
            if (query == null) {
                continue; // not shipped (a class path without the queries): that query reads the store
            }
            Node head = iris.statistic(KEY + "/" + name);
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = qe.select();
                List<Var> vars = rows.getResultVars();
                StringBuilder chunk = new StringBuilder();
                long n = 0;
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    for (int i = 0; i < vars.size(); i++) {
                        Node v = b.get(vars.get(i));
                        chunk.append(i == 0 ? "" : "\t").append(v == null ? "" : codec.encode(v));
                    }
                    chunk.append('\n');
                    if (++n % CHUNK == 0) {
                        dsg.add(graph, chunkNode(head, n / CHUNK - 1), ROWS, NodeFactory.createLiteralString(chunk.toString()));
                        chunk.setLength(0);
                    }
                }
                if (!chunk.isEmpty()) {
                    dsg.add(graph, chunkNode(head, n / CHUNK), ROWS, NodeFactory.createLiteralString(chunk.toString()));
                }
                dsg.add(graph, head, TOTAL, DocumentMapper.integer(n));
                dsg.add(graph, head, COLUMNS, NodeFactory.createLiteralString(
                        String.join(" ", vars.stream().map(Var::getVarName).toList())));
                dsg.add(graph, head, BASE, NodeFactory.createLiteralString(iris.base()));
                dsg.add(graph, head, QUERY, NodeFactory.createLiteralString(digest(query)));
            }
        }
    }

    /** The named query {@code name} as the jar ships it, in its page order; null if it does not. */
    static Query shipped(String name) {
        String resource = "/org/pledgegraph/queries/" + name + ".rq";
        try (InputStream in = AnswerSnapshot.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return Paging.stable(QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Syntax.syntaxSPARQL_11));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code query} (in page order) is the named query {@code name} the jar ships: a reader that computes that
     * query's answer in Java ({@link SearchPages}, {@link ReappearPages}, {@link TimelinePages}) must not answer an
     * edited copy that kept the {@code # pages:} header.
     */
    static boolean isShipped(String name, Query query) {
        String shipped = ShippedDigests.BY_NAME.get(name);
        if (shipped == null) { // not one of those made once (or not shipped)
            Query q = shipped(name);
            return q != null && digest(q).equals(digest(query));
        }
        return shipped.equals(digest(query));
    }

    /**
     * The digests of the shipped queries that {@link #isShipped} is asked about on every request, made once: reading
     * and parsing the query file each time was 5 % of a `reappear` request (profiled). A constant of the jar.
     */
    private static final class ShippedDigests {
        static final Map<String, String> BY_NAME = digests(SearchPages.KEY, ReappearPages.KEY, TimelinePages.KEY);

        private static Map<String, String> digests(String... names) {
            Map<String, String> out = new HashMap<>();
            for (String n : names) {
                Query q = shipped(n);
                if (q != null) {
                    out.put(n, digest(q));
                }
            }
            return Map.copyOf(out);
        }
    }

    private static Node chunkNode(Node head, long k) {
        return NodeFactory.createURI(head.getURI() + "/" + k);
    }

    /** Identifies a query by its text as ARQ writes it (comments and layout of the file do not count). */
    static String digest(Query query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.serialize(Syntax.syntaxSPARQL_11).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The page reader of a query whose header says {@code # pages: answer} or {@code # pages: answer PARAM~COLUMN}:
     * without parameters, or (the second form) with {@code PARAM} alone, which the query uses as
     * {@code FILTER (COALESCE(CONTAINS(?COLUMN, STR(?PARAM)), true))}: the stored rows whose column contains the value
     * (or is not a string: CONTAINS fails and COALESCE keeps the row), in their order.
     */
    static PageReader pages(String filter) {
        int tilde = filter.indexOf('~');
        String param = tilde < 0 ? "" : filter.substring(0, tilde);
        String column = tilde < 0 ? "" : filter.substring(tilde + 1);
        return new PageReader() {
            @Override
            public String param() {
                return param;
            }

            @Override
            public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
                if (params.isEmpty()) {
                    return read(dsg, query, paging, null, -1);
                }
                Node value = params.get(param);
                int at = query.getProjectVars().indexOf(Var.alloc(column));
                if (params.size() != 1 || value == null || value.isBlank() || at < 0) {
                    return Optional.empty();
                }
                return read(dsg, query, paging, value.isURI() ? value.getURI() : value.getLiteralLexicalForm(), at);
            }
        };
    }

    /**
     * The page {@code paging} of the snapshot of {@code query} (in its page order), if the store holds one; with a
     * {@code needle}, of its rows whose column {@code at} contains it (or is not a string).
     */
    static Optional<Paging.Window> read(DatasetGraph dsg, Query query, Paging paging, String needle, int at) {
        Iterator<Quad> found = dsg.find(Node.ANY, Node.ANY, QUERY, NodeFactory.createLiteralString(digest(query)));
        if (!found.hasNext()) {
            return Optional.empty();
        }
        Quad snapshot = found.next();
        Node head = snapshot.getSubject();
        List<Var> vars = query.getProjectVars();
        if (!String.join(" ", vars.stream().map(Var::getVarName).toList()).equals(literal(dsg, head, COLUMNS))) {
            return Optional.empty();
        }
        long stored = Long.parseLong(literal(dsg, head, TOTAL));
        TermCodec codec = new TermCodec(literal(dsg, head, BASE));
        if (needle != null && plain(needle)) {
            return Optional.ofNullable(filtered(dsg, snapshot.getGraph(), head, vars, stored, codec, needle, at,
                    paging));
        }
        // Without a needle only the page's chunks are read; with one, every chunk (the rows that match are counted).
        long from = needle == null ? paging.offset() : 0;
        long end = needle == null ? Math.min(stored, paging.end()) : stored;
        List<Binding> rows = new ArrayList<>();
        Map<String, Node> terms = new HashMap<>();
        String[] lines = null;
        long matched = 0;
        for (long n = from; n < end; n++) {
            if (lines == null || n % CHUNK == 0) {
                Iterator<Quad> chunk = dsg.find(Node.ANY, chunkNode(head, n / CHUNK), ROWS, Node.ANY);
                if (!chunk.hasNext()) {
                    return Optional.empty(); // the count and the chunks disagree: read the store
                }
                lines = chunk.next().getObject().getLiteralLexicalForm().split("\n", -1);
            }
            int within = (int) (n % CHUNK);
            if (within >= lines.length - 1) {
                return Optional.empty(); // the chunk holds fewer lines than the count says (each line ends in '\n')
            }
            String line = lines[within];
            if (needle != null) {
                String field = field(line, at);
                String lexical = field.isEmpty() ? null : TermCodec.stringLexical(field);
                if (lexical != null && !lexical.contains(needle)) {
                    continue; // unbound or not a string: CONTAINS fails, COALESCE keeps the row
                }
                long index = matched++;
                if (index < paging.offset() || index - paging.offset() >= paging.limit()) {
                    continue;
                }
            }
            rows.add(binding(line, vars, codec, terms));
        }
        return Optional.of(new Paging.Window(vars, rows, needle == null ? stored : matched));
    }

    /**
     * {@link #read} with a needle, without splitting the chunks into lines and fields: each chunk is searched for the
     * needle as it is stored, and only the lines it falls in, and those whose column is unbound or not a string
     * (kept), are read ({@link ChunkColumn}: where each line's column lies, worked out once per chunk text and kept
     * for the store). Splitting every chunk was the whole time of {@code dropped-names} with {@code name} (~450 k
     * rows at 1,045 documents: profiled); finding each line's column on every request was still half of it (perf25).
     * Null if a chunk is missing or a line has too few fields.
     */
    private static Paging.Window filtered(DatasetGraph dsg, Node graph, Node head, List<Var> vars, long stored,
                                          TermCodec codec, String needle, int at, Paging paging) {
        String[] chunks = chunks(dsg, graph, head, (stored + CHUNK - 1) / CHUNK);
        if (chunks == null) {
            return null; // the count and the chunks disagree: read the store
        }
        List<Binding> rows = new ArrayList<>();
        Map<String, Node> terms = new HashMap<>();
        long matched = 0;
        for (long k = 0; k * CHUNK < stored; k++) {
            String chunk = chunks[(int) k];
            int lines = (int) Math.min(CHUNK, stored - k * CHUNK);
            ChunkColumn.Key key = new ChunkColumn.Key(at, vars.size(), lines);
            ChunkColumn column = DerivedFromText.of(dsg, chunk, key, c -> ChunkColumn.of(c, key));
            if (column == null) {
                return null; // fewer fields than columns: read the store
            }
            // The lines kept, in order: those with the needle in their column, and those whose column is no string.
            int[] others = column.others();
            int other = 0;
            int hit = column.next(chunk, needle, 0);
            while (true) {
                int n = other < others.length ? Math.min(hit, others[other]) : hit;
                if (n >= lines) {
                    break;
                }
                if (other < others.length && n == others[other]) {
                    other++;
                } else {
                    hit = column.next(chunk, needle, n + 1);
                }
                long index = matched++;
                if (index >= paging.offset() && index - paging.offset() < paging.limit()) {
                    int from = column.starts()[n];
                    int start = from == 0 ? 0 : chunk.lastIndexOf('\n', from - 1) + 1;
                    int end = chunk.indexOf('\n', from);
                    rows.add(binding(chunk.substring(start, end < 0 ? chunk.length() : end), vars, codec, terms));
                }
            }
        }
        return new Paging.Window(vars, rows, matched);
    }

    /**
     * The {@code count} chunks of the snapshot at {@code head} in order, from one scan of the chunks in its graph
     * ({@code graph}); null if one is missing. A lookup of each chunk by its subject (in any graph: a probe of the
     * default graph and one of the named graphs) was ~45 % of a {@code dropped-names} request with {@code name}
     * (perfq23's profile: ~910 chunks at 1,045 documents).
     */
    private static String[] chunks(DatasetGraph dsg, Node graph, Node head, long count) {
        if (count > Integer.MAX_VALUE) {
            return null;
        }
        String[] out = new String[(int) count];
        // A chunk's subject is head + "/" + k (chunkNode): k is read from it rather than looked up in a map of the
        // ~365-910 subjects made for each request.
        String prefix = head.getURI() + "/";
        Iterator<Quad> all = dsg.find(graph, Node.ANY, ROWS, Node.ANY);
        while (all.hasNext()) {
            Quad q = all.next();
            int k = q.getSubject().isURI() ? chunkNumber(q.getSubject().getURI(), prefix, count) : -1;
            if (k >= 0 && out[k] == null && q.getObject().isLiteral()) { // k < 0: another snapshot's chunk
                out[k] = q.getObject().getLiteralLexicalForm();
            }
        }
        for (String chunk : out) {
            if (chunk == null) {
                return null;
            }
        }
        return out;
    }

    /**
     * k if {@code iri} is {@code prefix} followed by k as {@link #chunkNode} writes it (decimal, no sign, no leading
     * zero) and k &lt; {@code count}; else -1.
     */
    static int chunkNumber(String iri, String prefix, long count) {
        int digits = iri.length() - prefix.length();
        if (digits <= 0 || digits > 10 || !iri.startsWith(prefix)
                || digits > 1 && iri.charAt(prefix.length()) == '0') {
            return -1;
        }
        long k = 0;
        for (int i = prefix.length(); i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            k = k * 10 + (c - '0');
        }
        return k < count ? (int) k : -1;
    }

    /** Whether {@code needle} has no character that {@link TermCodec} escapes. */
    private static boolean plain(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            char c = needle.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == TermCodec.SEPARATOR) {
                return false;
            }
        }
        return !needle.isEmpty();
    }

    private static Binding binding(String line, List<Var> vars, TermCodec codec, Map<String, Node> terms) {
        String[] fields = line.split("\t", -1);
        BindingBuilder b = Binding.builder();
        for (int i = 0; i < vars.size(); i++) {
            if (!fields[i].isEmpty()) {
                b.add(vars.get(i), terms.computeIfAbsent(fields[i], codec::decode));
            }
        }
        return b.build();
    }

    /** Field {@code at} of a tab-separated line. */
    private static String field(String line, int at) {
        int from = 0;
        for (int i = 0; i < at; i++) {
            from = line.indexOf('\t', from) + 1;
        }
        int tab = line.indexOf('\t', from);
        return line.substring(from, tab < 0 ? line.length() : tab);
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        return Quads.required(dsg, s, p).getLiteralLexicalForm();
    }
}
