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
        Map<String, Node> terms = new HashMap<>();
        EncodedRows order = EncodedRows.of(query, COLUMNS, t -> terms.computeIfAbsent(t, codec::decode));
        if (order == null) {
            return Optional.empty(); // Paging.stable orders by every column: not a query this reader was given
        }
        Predicate<String> promising = jurisdiction == null ? d -> true
                : speaksFor(dsg, codec, jurisdiction.isURI() ? jurisdiction.getURI() : jurisdiction.getLiteralLexicalForm());
        Map<Node, Node> to = groups(dsg, params.get("to"));
        Set<Row> distinct = new LinkedHashSet<>();
        groups(dsg, params.get("from")).forEach((where, from) -> {
            if (to.containsKey(where)) {
                rows(literal(dsg, from, ReappearTable.ROWS), literal(dsg, to.get(where), ReappearTable.ROWS),
                        literal(dsg, from, ReappearTable.ENTITIES), promising, distinct);
            }
        });
        List<String[]> rows = new ArrayList<>(distinct.size());
        distinct.forEach(r -> rows.add(r.values()));
        return Optional.of(new Paging.Window(query.getProjectVars(), order.page(rows, paging), rows.size()));
    }

    /** A row's encoded terms in {@link #COLUMNS} order (null: unbound), compared by content. */
    private record Row(String[] values, int hash) {
        Row(String[] values) {
            this(values, Arrays.hashCode(values));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && hash == r.hash && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A line of a group's mentions, its fields split once: each field's terms (an array of none for an empty one). */
    private record Line(String doc, String[] files, boolean commitment, String[] evidence, String[] stages,
                        String[] modalities, String[] entities, String[] more) {
        static Line of(Cursor c) {
            return new Line(c.field(0), c.terms(1), c.is(2, '1'), c.terms(3), c.terms(4), c.terms(5), c.terms(6),
                    c.terms(7));
        }
    }

    /** An entity's encoded types and labels. */
    private record Shown(String[] types, String[] labels) {
    }

    /**
     * Adds to {@code out} the rows of one government: each commitment of {@code fromLines} by entity, joined with
     * each line of {@code toLines} that names the entity (or a part or whole of it) in another document; entity types
     * and labels from {@code entityLines}. A line's fields are cut out only when it is joined (a year's list of every
     * mention runs to thousands of lines, most joined with nothing: cutting every field was a quarter of the time).
     */
    private static void rows(String fromLines, String toLines, String entityLines, Predicate<String> promising,
                             Set<Row> out) {
        Map<String, List<Line>> promises = new HashMap<>();
        for (Cursor c = new Cursor(fromLines, 8); c.next(); ) {
            if (c.is(2, '1') && promising.test(c.field(0))) {
                Line p = Line.of(c);
                for (String e : p.entities()) {
                    promises.computeIfAbsent(e, k -> new ArrayList<>()).add(p);
                }
            }
        }
        if (promises.isEmpty()) {
            return;
        }
        Map<String, Shown> entities = new HashMap<>();
        for (Cursor c = new Cursor(entityLines, 3); c.next(); ) {
            String e = c.field(0);
            if (promises.containsKey(e)) {
                entities.put(e, new Shown(c.terms(1), c.terms(2)));
            }
        }
        List<String> named = new ArrayList<>();
        for (Cursor c = new Cursor(toLines, 8); c.next(); ) {
            Line g = null;
            // The entities the line names, then those a part or the whole of them gives.
            named.clear();
            c.terms(6, named);
            c.terms(7, named);
            for (String e : named) {
                List<Line> ps = promises.get(e);
                if (ps == null) {
                    continue;
                }
                if (g == null) {
                    g = Line.of(c);
                }
                Shown info = entities.get(e);
                for (Line p : ps) {
                    if (!p.doc().equals(g.doc())) { // FILTER (?d1 != ?d2)
                        product(e, info, p, g, out);
                    }
                }
            }
        }
    }

    private static final String[] UNBOUND = {null};

    private static void product(String e, Shown info, Line p, Line g, Set<Row> out) {
        String[] stages = g.stages().length == 0 ? UNBOUND : g.stages();
        String[] modalities = g.modalities().length == 0 ? UNBOUND : g.modalities();
        for (String label : info.labels()) {
            for (String type : info.types()) {
                for (String fromFile : p.files()) {
                    for (String promise : p.evidence()) {
                        for (String toFile : g.files()) {
                            for (String stage : stages) {
                                for (String modality : modalities) {
                                    for (String later : g.evidence()) {
                                        out.add(new Row(new String[] {e, label, type, fromFile, promise, toFile, stage,
                                            modality, later}));
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

    /**
     * The lines of a table literal one at a time, split into a fixed number of tab-separated fields (empty ones
     * kept; the last takes the rest of the line), each field cut out of the literal only when asked for.
     */
    private static final class Cursor {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private int next;

        Cursor(String text, int fields) {
            this.text = text;
            this.starts = new int[fields];
            this.ends = new int[fields];
        }

        /** Moves to the next line; false after the last. */
        boolean next() {
            if (next >= text.length()) {
                return false;
            }
            int nl = text.indexOf('\n', next);
            int end = nl < 0 ? text.length() : nl;
            int at = next;
            for (int i = 0; i < starts.length; i++) {
                int tab = i == starts.length - 1 ? -1 : text.indexOf('\t', at);
                int stop = tab < 0 || tab > end ? end : tab;
                starts[i] = at;
                ends[i] = stop;
                at = Math.min(stop + 1, end);
            }
            next = end + 1;
            return true;
        }

        String field(int i) {
            return text.substring(starts[i], ends[i]);
        }

        /** Whether field {@code i} is the one character {@code c}. */
        boolean is(int i, char c) {
            return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
        }

        /** The terms of field {@code i} ({@link TermCodec#split}). */
        String[] terms(int i) {
            List<String> out = new ArrayList<>(2);
            terms(i, out);
            return out.toArray(String[]::new);
        }

        /** Adds the terms of field {@code i} to {@code out} ({@link TermCodec#split(String, int, int, List)}). */
        void terms(int i, List<String> out) {
            TermCodec.split(text, starts[i], ends[i], out);
        }
    }
}
