package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * {@code /search?q=}: entity names and sentences containing the words, ranked, matches marked. Candidates
 * come from the store's full-text index (jena-text), then exact substring matches are kept.
 */
final class SearchPage {
    static final int MAX_NAMES = 50;
    static final int MAX_SENTENCES = 100;
    /**
     * Index hits read per search, best-scored first: the page's cost stays bounded as the store grows (a
     * common word such as 产业 is in ~10,000 sentences at 224 documents, and joining and sorting all of them
     * took seconds); /api/search gives every match.
     */
    static final int NAME_HITS = 2_000;
    static final int SENTENCE_HITS = 1_000;
    // The store's full-text index (text:query, Lucene CJK bigrams) finds the candidates with a quoted phrase;
    // CONTAINS keeps the exact substring matches, as the named query `search` does.
    private static final String LUCENE = """
              BIND (REPLACE(?q, "([\\"\\\\\\\\])", "\\\\\\\\$1") AS ?quoted)
            """;
    private static final Query NAMES = Sparql.parse("""
            SELECT DISTINCT ?entity ?label ?type WHERE {
            """ + LUCENE + """
              BIND (CONCAT("name:\\"", ?quoted, "\\"") AS ?lucene)
              (?entity ?field ?n ?t) pgs:hits (?lucene NAME_HITS) .
              FILTER (?t IN (pg:Project, pg:Park, pg:Road, pg:Enterprise, pg:Facility, pg:Place))
              FILTER (CONTAINS(?n, ?q))
              ?entity a ?type ; rdfs:label ?label .
            }""".replace("NAME_HITS", String.valueOf(NAME_HITS)));
    // Each hit is one mention, with its document, file, year and start stored in the index (pgs:hits): only the
    // entity it names and that entity's label are read from the triples.
    private static final Query SENTENCES = Sparql.parse("""
            SELECT ?text ?doc ?file ?year ?start ?entity ?label WHERE {
            """ + LUCENE + """
              BIND (CONCAT("sentence:\\"", ?quoted, "\\"") AS ?lucene)
              (?m ?field ?text ?mt ?doc ?file ?year ?start) pgs:hits (?lucene SENTENCE_HITS) .
              FILTER (CONTAINS(?text, ?q))
              OPTIONAL { ?m pg:mentions ?entity . ?entity rdfs:label ?label }
            } ORDER BY ?start""".replace("SENTENCE_HITS", String.valueOf(SENTENCE_HITS)));

    private SearchPage() {
    }

    static String render(DatasetGraph dsg, String base, String q) {
        String words = q == null ? "" : q.strip();
        StringBuilder b = new StringBuilder(8192).append(Layout.head(words.isEmpty() ? "搜索 Search" : words));
        b.append("<h1>搜索 Search</h1><form class=\"big-search\" action=\"/search\" method=\"get\">")
                .append("<input type=\"search\" name=\"q\" id=\"search-q\" value=\"").append(esc(words))
                .append("\" aria-label=\"search\" autofocus><button type=\"submit\">搜索</button></form>");
        if (words.isEmpty()) {
            return b.append("<p>输入名称或句子中的词。Type a name or words from a sentence.</p>").append(Layout.foot(false)).toString();
        }
        Map<String, Node> bind = Map.of("q", NodeFactory.createLiteralString(words));
        List<Binding> names = new ArrayList<>(Sparql.select(dsg, NAMES, bind));
        // Exact names first, then names starting with the words, then the shorter (closer) names.
        names.sort(Comparator.<Binding>comparingInt(r -> rank(Layout.lex(r.get("label")), words))
                .thenComparingInt(r -> Layout.lex(r.get("label")).length()).thenComparing(r -> Layout.lex(r.get("label"))));
        b.append("<h2 id=\"names\">名称 Names (").append(names.size()).append(")</h2><ol class=\"results\">");
        for (Binding r : names.subList(0, Math.min(MAX_NAMES, names.size()))) {
            String t = Layout.local(r.get("type"));
            b.append("<li><a href=\"").append(esc(Layout.href(base, r.get("entity")))).append("\">")
                    .append(mark(Layout.lex(r.get("label")), words)).append("</a> <span class=\"tag t-")
                    .append(esc(t.toLowerCase())).append("\">").append(esc(Layout.zh(Layout.TYPE, t))).append("</span></li>");
        }
        b.append("</ol>");
        // One hit per distinct sentence and document, with the entities it names.
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Binding r : Sparql.select(dsg, SENTENCES, bind)) {
            String key = Layout.lex(r.get("doc")) + "\u0000" + Layout.lex(r.get("text"));
            Hit h = hits.computeIfAbsent(key, k -> new Hit(Layout.lex(r.get("text")), r.get("doc"), Layout.lex(r.get("file")),
                    Layout.lex(r.get("year")), Layout.lex(r.get("start")), new LinkedHashMap<>()));
            if (r.get("entity") != null) {
                h.entities().put(r.get("entity"), Layout.lex(r.get("label")));
            }
        }
        List<Hit> sorted = new ArrayList<>(hits.values());
        sorted.sort(Comparator.<Hit>comparingInt(h -> -count(h.text(), words)).thenComparing(Hit::year, Comparator.reverseOrder())
                .thenComparing(Hit::file));
        b.append("<h2 id=\"sentences\">句子 Sentences (").append(sorted.size()).append(")</h2><ol class=\"results\">");
        for (Hit h : sorted.subList(0, Math.min(MAX_SENTENCES, sorted.size()))) {
            b.append("<li><q>").append(mark(h.text(), words)).append("</q><br><span class=\"muted\"><a href=\"")
                    .append(esc(Layout.href(base, h.doc()))).append("#m-").append(esc(h.start())).append("\">")
                    .append(esc(h.year())).append(" · ").append(esc(h.file())).append("</a>");
            h.entities().forEach((e, l) -> b.append(" · ").append(Layout.link(base, e, l)));
            b.append("</span></li>");
        }
        b.append("</ol><p class=\"muted\">Full-text search (two characters or more) over names and sentences (").append(MAX_NAMES)
                .append(" names and ").append(MAX_SENTENCES).append(" sentences at most are shown, from the ")
                .append(SENTENCE_HITS).append(" best index hits). Every match from the API: ")
                .append("<a href=\"/api/search?phrase=").append(esc(java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)))
                .append("\">/api/search</a>.</p>");
        return b.append(Layout.foot(false)).toString();
    }

    private record Hit(String text, Node doc, String file, String year, String start, Map<Node, String> entities) {
    }

    private static int rank(String label, String words) {
        return label.equals(words) ? 0 : label.startsWith(words) ? 1 : 2;
    }

    private static int count(String text, String words) {
        int n = 0;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
            n++;
        }
        return n;
    }

    /** The text escaped, each occurrence of the words in {@code <mark>}. */
    static String mark(String text, String words) {
        StringBuilder b = new StringBuilder(text.length() + 32);
        int from = 0;
        for (int i = text.indexOf(words); i >= 0 && !words.isEmpty(); i = text.indexOf(words, from)) {
            b.append(esc(text.substring(from, i))).append("<mark>").append(esc(words)).append("</mark>");
            from = i + words.length();
        }
        return b.append(esc(text.substring(from))).toString();
    }
}
