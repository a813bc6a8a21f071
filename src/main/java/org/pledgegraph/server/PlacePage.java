package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.ContinuityRow;
import org.pledgegraph.store.GovernmentFigures;
import org.pledgegraph.store.Statistics;

/**
 * A government ({@code /id/place/…} that documents name as their jurisdiction): documents by year, the
 * continuity matrix (entities × years), the promised-in-year tracker ({@link PromiseTracker}), targets beside
 * reported figures.
 */
final class PlacePage {
    static final Query MENTIONS = Sparql.parse("""
            SELECT ?doc ?file ?year ?title ?entity ?label ?type ?modality ?stage ?evidence ?start WHERE {
              ?doc dct:spatial ?r ; pg:year ?year ; pg:sourceFile ?file .
              OPTIONAL { ?doc dct:title ?title }
              ?m pg:inDocument ?doc ; pg:mentions ?entity ; pg:modality ?modality ; pg:evidence ?evidence ;
                 oa:hasTarget/oa:hasSelector ?sel .
              ?sel a oa:TextPositionSelector ; oa:start ?start .
              OPTIONAL { ?m pg:stage ?stage }
              ?entity a ?type ; rdfs:label ?label .
              FILTER (?type NOT IN (pg:Target, pg:Actual))
            } ORDER BY ?year ?file ?start""");
    /** What {@link GovernmentFigures#rows} reads graph by graph, as one query over the union graph. */
    static final Query FIGURES = Sparql.parse("""
            SELECT ?il ?ty ?value ?unit ?comparator ?av ?au ?afile WHERE {
              ?td dct:spatial ?r .
              ?tm pg:inDocument ?td ; pg:mentions ?t .
              ?t a pg:Target ; pg:indicator ?ind ; pg:indicatorLabel ?il ; pg:targetYear ?ty ; pg:value ?value ;
                 pg:comparator ?comparator .
              OPTIONAL { ?t pg:unit ?unit }
              OPTIONAL {
                ?a a pg:Actual ; pg:indicator ?ind ; pg:periodYear ?ty ; pg:value ?av .
                ?am pg:mentions ?a ; pg:inDocument ?ad . ?ad dct:spatial ?r ; pg:sourceFile ?afile .
                OPTIONAL { ?a pg:unit ?au }
              }
            } ORDER BY ?ty ?il""");

    private PlacePage() {
    }

    /** One mention as the page needs it. */
    record M(Node doc, String file, int year, Node entity, String label, String type, String modality, String stage,
            Sentence sentence, String start) {
        M(Node doc, String file, int year, Node entity, String label, String type, String modality, String stage,
          String evidence, String start) {
            this(doc, file, year, entity, label, type, modality, stage, new Sentence(() -> evidence), start);
        }

        String evidence() {
            return sentence.text();
        }

        String anchor(String base) {
            return Layout.href(base, doc) + "#m-" + start;
        }
    }

    /**
     * A mention's sentence, read from its document graph only when the page shows it: a city's table has
     * thousands of rows, of which the matrix and the tracker show a few hundred.
     */
    static final class Sentence {
        private final java.util.function.Supplier<String> read;
        private String text;

        Sentence(java.util.function.Supplier<String> read) {
            this.read = read;
        }

        String text() {
            if (text == null) {
                text = read.get();
            }
            return text;
        }
    }

    /**
     * The government's mentions as the page needs them: from its continuity table in the statistics graph
     * (the first mention of each entity, document, modality and stage: the matrix and the tracker decide on
     * nothing else), each with its sentence from its own document graph; from every mention over the union
     * graph only for a store written before the table existed.
     */
    static List<M> mentions(DatasetGraph dsg, String base, Node place) {
        IriMinter iris = IriMinter.withBase(base);
        if (!Statistics.present(dsg, iris)) {
            return mentions(dsg, place);
        }
        List<M> out = new ArrayList<>();
        // One node per document and per entity: a city's table has thousands of rows over a few dozen documents.
        Map<String, Node> documents = new java.util.HashMap<>();
        Map<String, Node> entities = new java.util.HashMap<>();
        Map<String, Node> graphs = new java.util.HashMap<>();
        for (ContinuityRow r : Statistics.continuity(dsg, iris, place)) {
            Node graph = graphs.computeIfAbsent(r.stem(), iris::documentGraph);
            Sentence sentence = new Sentence(() -> {
                var evidence = dsg.find(graph, NodeFactory.createURI(r.mention()), PG.evidence, Node.ANY);
                return evidence.hasNext() ? evidence.next().getObject().getLiteralLexicalForm() : "";
            });
            out.add(new M(documents.computeIfAbsent(r.stem(), iris::document), r.file(), r.year(),
                    entities.computeIfAbsent(r.entity(), NodeFactory::createURI), r.label(),
                    r.type(), r.modality(), r.stage(), sentence, String.valueOf(r.start())));
        }
        return out;
    }

    /** Every mention of the government's documents, over the union graph (the direct query). */
    static List<M> mentions(DatasetGraph dsg, Node place) {
        List<M> out = new ArrayList<>();
        for (Binding r : Sparql.select(dsg, MENTIONS, Map.of("r", place))) {
            out.add(new M(r.get("doc"), Layout.lex(r.get("file")), Integer.parseInt(Layout.lex(r.get("year"))),
                    r.get("entity"), Layout.lex(r.get("label")), Layout.local(r.get("type")),
                    Layout.local(r.get("modality")), Layout.local(r.get("stage")), Layout.lex(r.get("evidence")),
                    Layout.lex(r.get("start"))));
        }
        return out;
    }

    static String render(DatasetGraph dsg, String base, Node place, String name, List<M> all, Integer from, Integer to,
                         boolean wholeMatrix) {
        StringBuilder b = new StringBuilder(32_768).append(Layout.head(name));
        b.append("<h1>").append(esc(name)).append(" <small>政府 government</small></h1>");
        b.append("<p class=\"muted\">").append(esc(place.getURI())).append(" · <a href=\"?format=ttl\">Turtle</a></p>");
        TreeMap<Integer, Map<Node, String[]>> docs = new TreeMap<>();
        for (M m : all) {
            docs.computeIfAbsent(m.year(), k -> new LinkedHashMap<>()).putIfAbsent(m.doc(), new String[] {m.file()});
        }
        b.append("<nav class=\"toc\"><a href=\"#documents\">文件 Documents</a> · <a href=\"#tracker\">承诺追踪 Tracker</a> · ")
                .append("<a href=\"#matrix\">连续性矩阵 Continuity</a> · <a href=\"#figures\">目标与实绩 Targets</a></nav>");
        b.append("<h2 id=\"documents\">文件 Documents by year</h2><table class=\"data\"><thead><tr><th>年份 year</th><th>文件 documents</th></tr></thead><tbody>");
        docs.forEach((y, ds) -> {
            b.append("<tr><th>").append(y).append("</th><td>");
            ds.forEach((d, f) -> b.append(Layout.link(base, d, f[0])).append(" "));
            b.append("</td></tr>");
        });
        b.append("</tbody></table>");
        String jurisdiction = jurisdiction(place, name);
        tracker(b, dsg, base, jurisdiction, all, docs, from, to);
        matrix(b, base, all, docs, wholeMatrix ? Integer.MAX_VALUE : MATRIX_ROWS);
        figures(b, dsg, base, place, jurisdiction);
        return b.append(Layout.foot(true)).toString();
    }

    /**
     * The named queries' `jurisdiction` value for this government, URL-encoded: its division code, or its name
     * when it has none (大鹏新区): a name alone may be shared by districts of other cities.
     */
    static String jurisdiction(Node place, String name) {
        String local = place.getURI().substring(place.getURI().lastIndexOf('/') + 1);
        return java.net.URLEncoder.encode(local.matches("\\d+") ? local : name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void tracker(StringBuilder b, DatasetGraph dsg, String base, String jurisdiction, List<M> all,
            TreeMap<Integer, ?> docs, Integer from, Integer to) {
        TreeSet<Integer> promiseYears = new TreeSet<>();
        all.stream().filter(m -> m.modality().equals("Commitment")).forEach(m -> promiseYears.add(m.year()));
        int y = from != null ? from : promiseYears.isEmpty() ? docs.firstKey() : promiseYears.first();
        b.append("<h2 id=\"tracker\">承诺追踪 Promised in ").append(y).append(to == null ? "" : ", seen in " + to)
                .append("</h2><form method=\"get\" action=\"#tracker\" class=\"inline\"><label>承诺年份 promised in <select name=\"from\">");
        for (int py : promiseYears) {
            b.append("<option").append(py == y ? " selected" : "").append(">").append(py).append("</option>");
        }
        b.append("</select></label> <label>再次出现于 reappears in <select name=\"to\"><option value=\"\">任何后续年份 any later year</option>");
        for (int dy : docs.keySet()) {
            if (dy > y) {
                b.append("<option").append(to != null && dy == to ? " selected" : "").append(">").append(dy).append("</option>");
            }
        }
        List<PromiseTracker.Tracked> rows = PromiseTracker.track(dsg, base, all, y, to);
        String csv = "?csv=tracker&from=" + y + (to == null ? "" : "&to=" + to);
        b.append("</select></label> <button type=\"submit\">显示 Show</button></form>");
        Map<String, Long> byStatus = new TreeMap<>();
        rows.forEach(t -> byStatus.merge(t.status(), 1L, Long::sum));
        b.append("<p>").append(rows.size()).append(" promises of ").append(y).append(": ");
        byStatus.forEach((s, n) -> b.append(esc(s)).append(" ").append(n).append(" · "));
        b.append("<a class=\"csv\" href=\"").append(esc(csv)).append("\">下载 CSV download</a>");
        if (to != null) {
            String api = "/api/reappear?from=" + y + "&to=" + to + "&jurisdiction=" + jurisdiction;
            b.append(" · the reappearing ones: <a href=\"").append(esc(api)).append("\">").append(esc(api)).append("</a>");
        }
        b.append("</p><table class=\"data tracker\" id=\"tracker-table\"><thead><tr><th>实体 entity</th><th>结果 status</th>")
                .append("<th>承诺 promise (").append(y).append(")</th><th>后来 later</th></tr></thead><tbody>");
        for (PromiseTracker.Tracked t : rows) {
            b.append("<tr class=\"st-").append(esc(t.status().split(" ")[0])).append("\"><td>").append(Layout.link(base, t.entity(), t.label()))
                    .append(" <span class=\"tag t-").append(esc(t.type().toLowerCase())).append("\">")
                    .append(esc(Layout.zh(Layout.TYPE, t.type()))).append("</span></td><td>").append(esc(t.status()))
                    .append("</td><td><a class=\"quote\" href=\"").append(esc(t.promise().anchor(base))).append("\">")
                    .append(esc(t.promise().evidence())).append("</a></td><td>");
            if (t.later() != null) {
                M l = t.later();
                b.append(l.year()).append(" ").append(esc(Layout.zh(Layout.MODALITY, l.modality()))).append(" ")
                        .append(esc(Layout.zh(Layout.STAGE, l.stage()))).append(": <a class=\"quote\" href=\"")
                        .append(esc(l.anchor(base))).append("\">").append(esc(l.evidence())).append("</a>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /**
     * Matrix rows shown unless {@code ?matrix=all}: a city's 26 reports promise ~1,500 entities, a 2 MB page
     * that takes seconds to build and to render; the most persistent promises come first, so the cut drops
     * one-year entries. 100, not 300: the cells (a sentence look-up and a title each) were half of a city's
     * page without the answer cache.
     */
    static final int MATRIX_ROWS = 100;

    static void matrix(StringBuilder b, String base, List<M> all, TreeMap<Integer, ?> docs, int cap) {
        // Rows: entities this government promised at least once, by first promise year.
        Map<Node, TreeMap<Integer, List<M>>> cells = new LinkedHashMap<>();
        Map<Node, Integer> firstPromise = new LinkedHashMap<>();
        Map<Node, String> labels = new LinkedHashMap<>();
        for (M m : all) {
            cells.computeIfAbsent(m.entity(), k -> new TreeMap<>()).computeIfAbsent(m.year(), k -> new ArrayList<>()).add(m);
            labels.putIfAbsent(m.entity(), m.label());
            if (m.modality().equals("Commitment")) {
                firstPromise.merge(m.entity(), m.year(), Math::min);
            }
        }
        List<Node> rows = new ArrayList<>(firstPromise.keySet());
        int promisedRows = rows.size();
        if (promisedRows > cap) {
            // Keep the entities named in the most years; shown in the usual order below.
            rows.sort(Comparator.comparing((Node e) -> -cells.get(e).size()).thenComparing(firstPromise::get)
                    .thenComparing(labels::get));
            rows = new ArrayList<>(rows.subList(0, cap));
        }
        rows.sort(Comparator.comparing((Node e) -> firstPromise.get(e)).thenComparing(labels::get));
        b.append("<h2 id=\"matrix\">连续性矩阵 Continuity: ").append(promisedRows).append(" promised entities × years</h2>");
        if (promisedRows > cap) {
            b.append("<p class=\"muted\">Showing the ").append(cap).append(" named in the most years; <a href=\"?matrix=all#matrix\">all ")
                    .append(promisedRows).append(" rows</a>.</p>");
        }
        b.append("<p class=\"legend\">◇ 承诺 promised · ◆ 报告 reported · ○ 提及 mentioned; colour = stage: ");
        for (String s : Layout.STAGES) {
            b.append("<span class=\"cell s-").append(s).append("\">").append(Layout.STAGE.get(s)).append(" ").append(s).append("</span> ");
        }
        b.append("<span class=\"cell s-none\">无阶段 no stage</span>. Click a cell for its sentence.</p>");
        b.append("<div class=\"scroll\"><table class=\"matrix\" id=\"matrix-table\"><thead><tr><th>实体 entity</th>");
        for (int y : docs.keySet()) {
            b.append("<th>").append(y).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Node e : rows) {
            b.append("<tr><th>").append(Layout.link(base, e, labels.get(e))).append("</th>");
            for (int y : docs.keySet()) {
                List<M> ms = cells.get(e).get(y);
                if (ms == null) {
                    b.append("<td class=\"empty\"></td>");
                    continue;
                }
                boolean promised = ms.stream().anyMatch(m -> m.modality().equals("Commitment"));
                boolean reported = ms.stream().anyMatch(m -> m.modality().equals("Report"));
                M top = ms.stream().max(Comparator.comparingInt(m -> Layout.stageRank(m.stage()))).orElseThrow();
                String stage = top.stage().isEmpty() ? "none" : top.stage();
                String glyph = (promised ? "◇" : "") + (reported ? "◆" : "") + (!promised && !reported ? "○" : "");
                String title = y + " " + (promised ? "承诺 promised " : "") + (reported ? "报告 reported " : "")
                        + (!promised && !reported ? "提及 mentioned " : "") + Layout.zh(Layout.STAGE, top.stage()) + " "
                        + top.stage() + ": " + top.evidence();
                b.append("<td class=\"cell s-").append(esc(stage)).append("\"><a href=\"").append(esc(top.anchor(base)))
                        .append("\" title=\"").append(esc(title)).append("\">").append(glyph)
                        .append(top.stage().isEmpty() ? "" : esc(Layout.zh(Layout.STAGE, top.stage()))).append("</a></td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
    }

    private static void figures(StringBuilder b, DatasetGraph dsg, String base, Node place, String jurisdiction) {
        List<List<String>> rows = GovernmentFigures.table(dsg, IriMinter.withBase(base), place);
        b.append("<h2 id=\"figures\">目标与实绩 Targets and reported figures</h2>");
        if (rows.isEmpty()) {
            b.append("<p>No target of this government has a normalised indicator.</p>");
            return;
        }
        Layout.chart(b, "targets-chart", "目标 target vs 实绩 reported", "bar",
                List.of("指标 indicator", "目标 target", "实绩 reported", "comparator", "reported in"), rows);
        String api = "/api/targets-vs-actuals?jurisdiction=" + jurisdiction;
        b.append("<p class=\"muted\">Met or missed, with the sentences: <a href=\"").append(esc(api)).append("\">")
                .append(esc(api)).append("</a>.</p>");
    }
}
