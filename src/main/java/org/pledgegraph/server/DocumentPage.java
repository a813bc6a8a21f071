package org.pledgegraph.server;

import static org.pledgegraph.server.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A document read as annotated text: every sentence that names something, in text order, each mention
 * highlighted by type (hover: stage, modality, year; click: the entity), and its figures as a table. The
 * graph keeps the sentences, not the whole file, so sentences that name nothing are shown as "…".
 */
final class DocumentPage {
    static final Query MENTIONS = Sparql.parse("""
            SELECT ?type ?surface ?stage ?modality ?aboutYear ?evidence ?es ?start ?end ?entity ?label
                   ?value ?unit ?comparator ?ty ?py ?il WHERE {
              ?m pg:inDocument ?r ; pg:mentionType ?type ; pg:surface ?surface ; pg:evidence ?evidence ;
                 pg:evidenceStart ?es ; pg:modality ?modality ; oa:hasTarget/oa:hasSelector ?sel .
              ?sel a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              OPTIONAL { ?m pg:stage ?stage }
              OPTIONAL { ?m pg:aboutYear ?aboutYear }
              OPTIONAL { ?m pg:mentions ?entity .
                OPTIONAL { ?entity rdfs:label ?label } OPTIONAL { ?entity pg:value ?value }
                OPTIONAL { ?entity pg:unit ?unit } OPTIONAL { ?entity pg:comparator ?comparator }
                OPTIONAL { ?entity pg:targetYear ?ty } OPTIONAL { ?entity pg:periodYear ?py }
                OPTIONAL { ?entity pg:indicatorLabel ?il } }
            } ORDER BY ?start DESC(?end)""");

    private DocumentPage() {
    }

    static void body(StringBuilder b, DatasetGraph dsg, String base, Node doc) {
        List<Binding> rows = DocumentMentions.rows(dsg, base, doc);
        if (rows == null) { // a document graph named otherwise (another base): the query over the union graph
            rows = Sparql.select(dsg, MENTIONS, Map.of("r", doc));
        }
        TreeMap<Integer, List<Binding>> sentences = new TreeMap<>();
        for (Binding r : rows) {
            sentences.computeIfAbsent(Integer.parseInt(Layout.lex(r.get("es"))), k -> new ArrayList<>()).add(r);
        }
        b.append("<h2>正文 Text (").append(rows.size()).append(" mentions in ").append(sentences.size()).append(" sentences)</h2>");
        b.append("<p class=\"legend\">");
        for (String t : List.of("Project", "Park", "Road", "Enterprise", "Facility", "Target", "Actual")) {
            b.append("<span class=\"mention t-").append(t.toLowerCase()).append("\">").append(Layout.TYPE.get(t)).append(" ")
                    .append(t).append("</span> ");
        }
        b.append(" · hover a name for stage, modality and year; click it for the entity.</p><div class=\"doctext\">");
        int lastEnd = -1;
        for (Map.Entry<Integer, List<Binding>> s : sentences.entrySet()) {
            String text = Layout.lex(s.getValue().get(0).get("evidence"));
            int es = s.getKey();
            if (lastEnd >= 0 && es > lastEnd + 2) {
                b.append("<span class=\"gap\"> … </span>");
            }
            b.append("<span class=\"sentence\">");
            // Mentions inside or overlapping one already marked (a name within a longer name) cannot be links
            // of their own; they become anchors just before it, so that every #m-START resolves.
            List<Binding> marked = new ArrayList<>();
            Map<Binding, List<String>> inside = new java.util.IdentityHashMap<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            int end = 0;
            for (Binding m : s.getValue()) {
                int from = Integer.parseInt(Layout.lex(m.get("start"))) - es;
                int to = Integer.parseInt(Layout.lex(m.get("end"))) - es;
                String id = Layout.lex(m.get("start"));
                if (from >= end && to <= text.length() && from < to) {
                    marked.add(m);
                    ids.add(id);
                    end = to;
                } else if (!marked.isEmpty() && ids.add(id)) {
                    inside.computeIfAbsent(marked.get(marked.size() - 1), k -> new ArrayList<>()).add(id);
                }
            }
            int pos = 0;
            for (Binding m : marked) {
                int from = Integer.parseInt(Layout.lex(m.get("start"))) - es;
                int to = Integer.parseInt(Layout.lex(m.get("end"))) - es;
                b.append(esc(text.substring(pos, from)));
                for (String id : inside.getOrDefault(m, List.of())) {
                    b.append("<span class=\"anchor\" id=\"m-").append(esc(id)).append("\"></span>");
                }
                String type = Layout.local(m.get("type"));
                String title = Layout.zh(Layout.TYPE, type) + " " + type + " · " + Layout.zh(Layout.MODALITY, Layout.local(m.get("modality")))
                        + " " + Layout.local(m.get("modality")) + (m.get("stage") == null ? "" : " · "
                        + Layout.zh(Layout.STAGE, Layout.local(m.get("stage"))) + " " + Layout.local(m.get("stage")))
                        + (m.get("aboutYear") == null ? "" : " · " + Layout.lex(m.get("aboutYear")));
                String href = m.get("entity") == null ? "#" : Layout.href(base, m.get("entity"));
                b.append("<a class=\"mention t-").append(esc(type.toLowerCase())).append("\" id=\"m-")
                        .append(esc(Layout.lex(m.get("start")))).append("\" href=\"").append(esc(href)).append("\" title=\"")
                        .append(esc(title)).append("\">").append(esc(text.substring(from, to))).append("</a>");
                pos = to;
            }
            b.append(esc(text.substring(pos))).append("</span>");
            lastEnd = es + text.length();
        }
        b.append("</div>");
        List<List<String>> figures = new ArrayList<>();
        for (Binding r : rows) {
            String type = Layout.local(r.get("type"));
            if (type.equals("Target") || type.equals("Actual")) {
                figures.add(List.of(Layout.zh(Layout.TYPE, type), Layout.lex(r.get("il")),
                        Layout.lex(r.get(type.equals("Target") ? "ty" : "py")), Layout.local(r.get("comparator")),
                        Layout.lex(r.get("value")), Layout.lex(r.get("unit")), Layout.lex(r.get("surface"))));
            }
        }
        b.append("<h2>数字 Figures (").append(figures.size()).append(")</h2>");
        Layout.table(b, "figures", List.of("kind", "indicator", "year", "comparator", "value", "unit", "as written"), figures);
    }
}
