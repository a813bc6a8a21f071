package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.Quads;

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
    // The named entities' types and labels come from the index too (pgs:hits' entity columns), in hit order.
    private static final Query NAMES = Sparql.parse("""
            SELECT ?entity ?type ?label WHERE {
            """ + LUCENE + """
              BIND (CONCAT("name:\\"", ?quoted, "\\"") AS ?lucene)
              (?hit ?field ?n ?t ?d ?f ?y ?s ?g ?entity ?type ?label) pgs:hits (?lucene NAME_HITS) .
              FILTER (?t IN (pg:Project, pg:Park, pg:Road, pg:Enterprise, pg:Facility, pg:Place))
              FILTER (CONTAINS(?n, ?q))
            }""".replace("NAME_HITS", String.valueOf(NAME_HITS)));
    // Each hit is one mention, with its document, file, year and start stored in the index (pgs:hits): only the
    // entity it names and that entity's label are read from the triples, by {@link #named}, in text order.
    private static final Query SENTENCES = Sparql.parse("""
            SELECT ?m ?text ?doc ?file ?year ?start WHERE {
            """ + LUCENE + """
              BIND (CONCAT("sentence:\\"", ?quoted, "\\"") AS ?lucene)
              (?m ?field ?text ?mt ?doc ?file ?year ?start) pgs:hits (?lucene SENTENCE_HITS) .
              FILTER (CONTAINS(?text, ?q))
            }""".replace("SENTENCE_HITS", String.valueOf(SENTENCE_HITS)));

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
        List<Binding> names = names(Sparql.select(dsg, NAMES, bind));
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
        // One hit per distinct sentence and document; the entities it names are read for the shown ones only.
        List<Binding> sentenceHits = byStart(Sparql.select(dsg, SENTENCES, bind));
        Map<String, Hit> hits = new LinkedHashMap<>();
        Map<String, List<Binding>> hitsOf = new HashMap<>();
        for (Binding hit : sentenceHits) {
            String key = Layout.lex(hit.get("doc")) + "\u0000" + Layout.lex(hit.get("text"));
            hits.computeIfAbsent(key, k -> new Hit(Layout.lex(hit.get("text")), hit.get("doc"), Layout.lex(hit.get("file")),
                    Layout.lex(hit.get("year")), Layout.lex(hit.get("start")), new LinkedHashMap<>()));
            hitsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
        }
        List<Hit> sorted = new ArrayList<>(hits.values());
        sorted.sort(Comparator.<Hit>comparingInt(h -> -count(h.text(), words)).thenComparing(Hit::year, Comparator.reverseOrder())
                .thenComparing(Hit::file));
        for (Hit h : sorted.subList(0, Math.min(MAX_SENTENCES, sorted.size()))) {
            for (Named r : named(dsg, hitsOf.get(Layout.lex(h.doc()) + "\u0000" + h.text()))) {
                if (r.entity() != null) {
                    h.entities().put(r.entity(), Layout.lex(r.label()));
                }
            }
        }
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

    /**
     * The distinct (entity, label, type) rows of the name hits, in hit order: what the join
     * {@code ?entity a ?type ; rdfs:label ?label} and DISTINCT gave, each type and label read from the index
     * (stored beside the name by the graph that types and labels the entity) instead of looked up per entity.
     */
    private static List<Binding> names(List<Binding> hits) {
        Set<List<Node>> rows = new LinkedHashSet<>();
        for (Binding h : hits) {
            rows.add(List.of(h.get("entity"), h.get("label"), h.get("type")));
        }
        List<Binding> out = new ArrayList<>(rows.size());
        for (List<Node> r : rows) {
            out.add(Binding.builder().add(Var.alloc("entity"), r.get(0))
                    .add(Var.alloc("label"), r.get(1))
                    .add(Var.alloc("type"), r.get(2)).build());
        }
        return out;
    }

    /** A sentence hit with one entity its mention names and that entity's label, or with neither. */
    private record Named(Binding hit, Node entity, Node label) {
    }

    /**
     * The hits (in text order) each with the entities its mention names and their labels, read by look-ups
     * over the union graph: what {@code OPTIONAL { ?m pg:mentions ?entity . ?entity rdfs:label ?label }} gave
     * before the ORDER BY, whose ties (mentions starting at one offset) fell to the entity's IRI; the optional
     * join per hit was most of the page's time.
     */
    private static List<Named> named(DatasetGraph dsg, List<Binding> hits) {
        List<Named> out = new ArrayList<>(hits.size());
        // Many hits name the same few entities: each entity's labels are read once per page.
        Map<Node, List<Node>> labels = new HashMap<>();
        for (Binding h : hits) {
            int before = out.size();
            for (Node e : Quads.distinctObjects(dsg, Node.ANY, h.get("m"), PG.mentions)) {
                for (Node label : labels.computeIfAbsent(e, x -> Quads.distinctObjects(dsg, Node.ANY, x, PG.rdfsLabel))) {
                    out.add(new Named(h, e, label));
                }
            }
            if (out.size() == before) {
                out.add(new Named(h, null, null));
            }
        }
        out.sort(Comparator.comparingLong((Named n) -> start(n.hit()))
                .thenComparing(n -> n.entity() == null ? "" : n.entity().getURI()));
        return out;
    }

    /** The hits in start order (stable: ties keep the index's order), each start parsed once. */
    private static List<Binding> byStart(List<Binding> hits) {
        record Keyed(long start, Binding hit) {
        }
        List<Keyed> keyed = new ArrayList<>(hits.size());
        hits.forEach(h -> keyed.add(new Keyed(start(h), h)));
        keyed.sort(Comparator.comparingLong(Keyed::start));
        List<Binding> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.hit()));
        return out;
    }

    private static long start(Binding hit) {
        return Long.parseLong(Layout.lex(hit.get("start")));
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
