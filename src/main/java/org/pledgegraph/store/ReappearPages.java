package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.pledgegraph.rdf.PG;

/**
 * The answer of {@code reappear} (header {@code # pages: reappear}) joined in memory from the two lists of
 * {@link ReappearTable} per government: the mentions of year {@code from} that are commitments, by entity, against
 * every mention of year {@code to} of the same government in another document — what the query's two sub-selects
 * and their join compute — then each row's terms, DISTINCT, and the query's page order ({@link Paging#stable},
 * compared as SPARQL compares). With the parameters {@code from} and {@code to}, and optionally {@code jurisdiction}
 * (the promising document's government, tested as the query tests it); a store without the table reads the query as
 * before.
 */
record ReappearPages() implements PageReader {
    static final String KEY = "reappear";
    /** The query's columns, in the order {@link #rows} builds them. */
    private static final List<String> COLUMNS = List.of("entity", "label", "type", "fromFile", "promise", "toFile",
            "laterStage", "laterModality", "later");

    /** None alone: {@code from} and {@code to} together. */
    @Override
    public String param() {
        return "";
    }

    @Override
    public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
        Node jurisdiction = params.get("jurisdiction");
        if (params.size() != (jurisdiction == null ? 2 : 3) || !params.containsKey("from") || !params.containsKey("to")
                || jurisdiction != null && jurisdiction.isBlank()
                || !query.getProjectVars().stream().map(Var::getVarName).toList().containsAll(COLUMNS)
                || !AnswerSnapshot.isShipped(KEY, query)) {
            return Optional.empty();
        }
        Iterator<Quad> table = dsg.find(Node.ANY, Node.ANY, ReappearTable.TABLE, Node.ANY);
        if (!table.hasNext()) {
            return Optional.empty(); // written before the table
        }
        TermCodec codec = new TermCodec(table.next().getObject().getLiteralLexicalForm());
        Predicate<String> promising = jurisdiction == null ? d -> true
                : speaksFor(dsg, codec, jurisdiction.isURI() ? jurisdiction.getURI() : jurisdiction.getLiteralLexicalForm());
        Map<Node, Node> to = groups(dsg, params.get("to"));
        Set<List<String>> distinct = new LinkedHashSet<>();
        groups(dsg, params.get("from")).forEach((where, from) -> {
            if (to.containsKey(where)) {
                rows(literal(dsg, from, ReappearTable.ROWS), literal(dsg, to.get(where), ReappearTable.ROWS),
                        literal(dsg, from, ReappearTable.ENTITIES), promising, distinct);
            }
        });
        List<Var> vars = query.getProjectVars();
        Map<String, Node> terms = new HashMap<>();
        List<Binding> rows = new ArrayList<>(distinct.size());
        for (List<String> r : distinct) {
            BindingBuilder b = Binding.builder();
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (r.get(i) != null) {
                    b.add(Var.alloc(COLUMNS.get(i)), terms.computeIfAbsent(r.get(i), codec::decode));
                }
            }
            rows.add(b.build());
        }
        rows.sort(new BindingComparator(query.getOrderBy()));
        long end = Math.min(rows.size(), paging.end());
        List<Binding> page = paging.offset() >= rows.size() ? List.of() : rows.subList((int) paging.offset(), (int) end);
        return Optional.of(new Paging.Window(vars, new ArrayList<>(page), rows.size()));
    }

    /**
     * Adds to {@code out} the rows (encoded terms in {@link #COLUMNS} order, null where unbound) of one government:
     * each commitment of {@code fromLines} by entity, joined with each line of {@code toLines} that names the entity
     * (or a part or whole of it) in another document; entity types and labels from {@code entityLines}.
     */
    private static void rows(String fromLines, String toLines, String entityLines, Predicate<String> promising,
                             Set<List<String>> out) {
        Map<String, List<String[]>> promises = new HashMap<>();
        for (String[] f : lines(fromLines, 8)) {
            if (f[2].equals("1") && promising.test(f[0])) {
                for (String e : TermCodec.split(f[6])) {
                    promises.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
                }
            }
        }
        if (promises.isEmpty()) {
            return;
        }
        Map<String, String[]> entities = new HashMap<>();
        for (String[] f : lines(entityLines, 3)) {
            entities.put(f[0], f);
        }
        for (String[] g : lines(toLines, 8)) {
            List<String> named = new ArrayList<>(TermCodec.split(g[6]));
            named.addAll(TermCodec.split(g[7]));
            for (String e : named) {
                List<String[]> ps = promises.get(e);
                if (ps == null) {
                    continue;
                }
                String[] info = entities.get(e);
                for (String[] p : ps) {
                    if (!p[0].equals(g[0])) { // FILTER (?d1 != ?d2)
                        product(e, info, p, g, out);
                    }
                }
            }
        }
    }

    private static void product(String e, String[] info, String[] p, String[] g, Set<List<String>> out) {
        for (String label : TermCodec.split(info[2])) {
            for (String type : TermCodec.split(info[1])) {
                for (String fromFile : TermCodec.split(p[1])) {
                    for (String promise : TermCodec.split(p[3])) {
                        for (String toFile : TermCodec.split(g[1])) {
                            for (String stage : orUnbound(g[4])) {
                                for (String modality : orUnbound(g[5])) {
                                    for (String later : TermCodec.split(g[3])) {
                                        out.add(Arrays.asList(e, label, type, fromFile, promise, toFile, stage, modality,
                                                later));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The query's `jurisdiction` test of a promising document (encoded): one of its {@code dct:spatial} has a
     * division code, label or short name whose string is {@code jurisdiction}; read from the union graph once per
     * document.
     */
    private static Predicate<String> speaksFor(DatasetGraph dsg, TermCodec codec, String jurisdiction) {
        Map<String, Boolean> known = new HashMap<>();
        return d -> known.computeIfAbsent(d, k -> {
            Iterator<Quad> places = dsg.find(Quad.unionGraph, codec.decode(k), PG.dctSpatial, Node.ANY);
            while (places.hasNext()) {
                Node place = places.next().getObject();
                for (Node p : List.of(PG.divisionCode, PG.rdfsLabel, PG.shortName)) {
                    Iterator<Quad> names = dsg.find(Quad.unionGraph, place, p, Node.ANY);
                    while (names.hasNext()) {
                        Node n = names.next().getObject();
                        if (!n.isBlank() && (n.isURI() ? n.getURI() : n.getLiteralLexicalForm()).equals(jurisdiction)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    /** An OPTIONAL's values: the field's terms, or one unbound value. */
    private static List<String> orUnbound(String field) {
        List<String> terms = TermCodec.split(field);
        return terms.isEmpty() ? Arrays.asList((String) null) : terms;
    }

    /** The table's groups of one year, by government. */
    private static Map<Node, Node> groups(DatasetGraph dsg, Node year) {
        Map<Node, Node> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, ReappearTable.YEAR, year).forEachRemaining(q ->
                out.put(Quads.required(dsg, q.getSubject(), ReappearTable.WHERE), q.getSubject()));
        return out;
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        return Quads.required(dsg, s, p).getLiteralLexicalForm();
    }

    /** The lines of a table literal, split into {@code fields} tab-separated fields (empty ones kept). */
    private static List<String[]> lines(String text, int fields) {
        List<String[]> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String[] f = new String[fields];
            int at = from;
            for (int i = 0; i < fields; i++) {
                int tab = i == fields - 1 ? -1 : text.indexOf('\t', at);
                int stop = tab < 0 || tab > end ? end : tab;
                f[i] = text.substring(at, stop);
                at = Math.min(stop + 1, end);
            }
            out.add(f);
            from = end + 1;
        }
        return out;
    }
}
