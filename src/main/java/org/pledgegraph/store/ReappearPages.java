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
                rows(dsg, literal(dsg, from, ReappearTable.ROWS), literal(dsg, to.get(where), ReappearTable.ROWS),
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

    /**
     * A line of a group's mentions, the fields a row shows split once: each field's terms (an array of none for an
     * empty one). The entities it names are in the list's {@link MentionIndex}.
     */
    private record Line(String doc, String[] files, String[] evidence, String[] stages, String[] modalities) {
        static Line of(LineCursor c) {
            return new Line(c.field(0), c.terms(1), c.terms(3), c.terms(4), c.terms(5));
        }
    }

    /** An entity's encoded types and labels. */
    private record Shown(String[] types, String[] labels) {
    }

    /**
     * Adds to {@code out} the rows of one government: each commitment of {@code fromLines} by entity, joined with
     * each line of {@code toLines} that names the entity (or a part or whole of it) in another document; entity types
     * and labels from {@code entityLines}. Which lines name which entity is kept per list text ({@link MentionIndex}),
     * so only the lines joined are cut into fields here; the rows come in the order of the later year's lines, then
     * of the entities each names, then of the promises, as a scan of both lists gives them.
     */
    private static void rows(DatasetGraph dsg, String fromLines, String toLines, String entityLines,
                             Predicate<String> promising, Set<Row> out) {
        MentionIndex from = DerivedFromText.of(dsg, fromLines, MentionIndex.PROMISES, MentionIndex::promises);
        MentionIndex to = DerivedFromText.of(dsg, toLines, MentionIndex.MENTIONS, MentionIndex::mentions);
        LineCursor fc = new LineCursor(fromLines, 8);
        Map<Integer, Optional<Line>> read = new HashMap<>(); // promising lines cut once; empty: not promising
        Map<String, List<Line>> promises = new HashMap<>();
        List<long[]> joined = new ArrayList<>();
        int events = 0;
        for (Map.Entry<String, long[]> e : from.byEntity().entrySet()) {
            long[] later = to.byEntity().get(e.getKey());
            if (later == null) {
                continue;
            }
            List<Line> ps = new ArrayList<>();
            for (long place : e.getValue()) {
                int line = (int) (place >>> 32);
                read.computeIfAbsent(line, n -> {
                    fc.readAt(from.starts()[n]);
                    return promising.test(fc.field(0)) ? Optional.of(Line.of(fc)) : Optional.empty();
                }).ifPresent(ps::add);
            }
            if (!ps.isEmpty()) {
                promises.put(e.getKey(), ps);
                joined.add(later);
                events += later.length;
            }
        }
        if (promises.isEmpty()) {
            return;
        }
        long[] order = new long[events];
        int n = 0;
        for (long[] later : joined) {
            System.arraycopy(later, 0, order, n, later.length);
            n += later.length;
        }
        Arrays.sort(order); // by later line, then by the entity's place among those it names
        Map<String, Shown> entities = DerivedFromText.of(dsg, entityLines, ENTITIES, ReappearPages::shown);
        LineCursor tc = new LineCursor(toLines, 8);
        int current = -1;
        Line g = null;
        for (long place : order) {
            int line = (int) (place >>> 32);
            if (line != current) {
                current = line;
                tc.readAt(to.starts()[line]);
                g = Line.of(tc);
            }
            String e = to.named()[line][(int) place];
            Shown info = entities.get(e);
            for (Line p : promises.get(e)) {
                if (!p.doc().equals(g.doc())) { // FILTER (?d1 != ?d2)
                    product(e, info, p, g, out);
                }
            }
        }
    }

    /** What {@link DerivedFromText} keeps an entity list's types and labels under. */
    private static final String ENTITIES = "reappear entities";

    /** Each entity's types and labels, from a group's entity list. */
    private static Map<String, Shown> shown(String entityLines) {
        Map<String, Shown> out = new HashMap<>();
        for (LineCursor c = new LineCursor(entityLines, 3); c.next(); ) {
            out.put(c.field(0), new Shown(c.terms(1), c.terms(2)));
        }
        return out;
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
}
