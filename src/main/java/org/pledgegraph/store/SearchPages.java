package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.NodeValue;
import org.pledgegraph.rdf.PG;

/**
 * A page of the named query {@code search} and its total, made from the text index's hits directly (issue 14). The
 * query says so in its header ({@code # pages: search phrase}); this reader computes what its WHERE clause, DISTINCT
 * and ORDER BY give (the Lucene phrase query on names and sentences, the exact-substring filter, the named-entity
 * classes for names, one row per entity, type and label) with the rows as plain tuples: the SPARQL evaluation made a
 * binding, a filter evaluation and typed literals per hit × entity × type × label, and sorted every row with
 * SPARQL's comparator, for a page of 100 (a common word: 12 k rows at 209 documents, most of its time, profiled).
 * Rows are compared column by column as SPARQL's ORDER BY compares them ({@link NodeValue#compareAlways}, unbound
 * first), by the stable order of the query it is given, so a page is the same as the query's own. The evidence rows
 * are counted and only those of the first (year, file)s are made ({@link SearchEvidence}: at 1,045 documents a common
 * phrase has ~60 k rows, and making each was most of the time); since layout by-graph-4 they are counted from the
 * index's sentence groups ({@link SentenceGroups}: rows counted when written, ~2.6 sentences a group; read in place
 * by {@link SearchGroups}), not hit by hit, unless names and sentences together pass {@code pgs:hits}' limit (then
 * its ranked best hits, as the query takes).
 * {@code SearchPagesIT} checks every page against the query evaluated by SPARQL.
 *
 * <p>It answers only the query the jar ships (an edited copy that kept the header runs as written), and only with
 * the phrase alone and a text index; else the query runs as written.
 *
 * @param param the parameter that holds the phrase
 */
record SearchPages(String param) implements PageReader {
    static final String KEY = "search";
    /** The projected columns, in the order of {@link Row}'s components. */
    private static final List<String> COLUMNS = List.of("match", "entity", "label", "type", "file", "year", "text");
    /** {@code pgs:hits}' number of best hits in the query. */
    private static final int HITS = 100_000;
    /** The named-entity classes whose names are listed (the query's {@code ?t IN (…)}). */
    private static final Set<String> NAMED_CLASSES = Set.of(PG.NS + "Project", PG.NS + "Park", PG.NS + "Road",
            PG.NS + "Enterprise", PG.NS + "Facility", PG.Place.getURI());
    private static final Node NAME = NodeFactory.createLiteralString("name");
    private static final byte[] SENTENCE = TextIndex.SENTENCE_FIELD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final Node EVIDENCE = NodeFactory.createLiteralString("evidence");

    /** One row: match, entity, label, type, file, year, text (null: unbound). */
    private record Row(Node[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    @Override
    public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
        Node phrase = params.get(param);
        TextIndex index = dsg.getContext().get(TextIndex.SYMBOL);
        Comparator<Row> order = order(query);
        if (phrase == null || !(phrase.isLiteral() || phrase.isURI()) || params.size() != 1 || index == null || order == null
                || !AnswerSnapshot.isShipped(KEY, query)) {
            return Optional.empty();
        }
        String words = phrase.isURI() ? phrase.getURI() : phrase.getLiteralLexicalForm();
        String quoted = words.replaceAll("([\"\\\\])", "\\\\$1");
        // One reading of the index for the whole page: the groups' rows are counted where they match and the few
        // the page needs are read again from it ({@link SearchGroups}).
        return Optional.of(index.reading(reading -> window(reading, query, order, words, quoted, paging)));
    }

    private static Paging.Window window(IndexReading reading, Query query, Comparator<Row> order, String words,
                                        String quoted, Paging paging) {
        SearchNames names = new SearchNames(words, NAMED_CLASSES);
        // The sentences through their groups (each group's rows counted when the index was written), unless the
        // names and sentences together pass pgs:hits' limit: then its ranked best hits, one by one. Names and groups
        // are read where they lie in the index, not copied.
        String nameQuery = "name:\"" + quoted + "\"";
        long nameHits = reading.each(nameQuery, names);
        SearchGroups groups = new SearchGroups(words, reading);
        reading.groups(SentenceGroups.TEXT + ":\"" + quoted + "\"", groups);
        Evidence evidence = groups;
        if (nameHits > HITS || nameHits + groups.members() > HITS) {
            // pgs:hits' best hits: those of the names alone when they pass the limit and no sentence matches, else
            // of names and sentences together.
            boolean namesOnly = nameHits > HITS && groups.members() == 0;
            names = new SearchNames(words, NAMED_CLASSES);
            SearchEvidence byHit = new SearchEvidence(words);
            if (!namesOnly) {
                evidence = byHit;
            }
            for (TextFields.Hit h : reading.matches(namesOnly ? nameQuery
                    : "name:\"" + quoted + "\" OR sentence:\"" + quoted + "\"", HITS)) {
                if (h.is(TextFields.FIELD, SENTENCE)) {
                    byHit.add(h);
                } else {
                    names.add(h); // FIELD has one value: not a sentence, so a name or nothing
                }
            }
        }
        // Only the rows that can reach the window are made: when the order starts with match, year, file, the
        // evidence rows of the first (year, file)s (every evidence row sorts before every name row).
        long end = paging.end();
        Map<Node, NodeValue> values = new IdentityHashMap<>();
        Comparator<Node> nodes = (a, b) -> compare(a, b, values);
        List<Row> candidates = new ArrayList<>();
        if (byMatchYearFile(query) && nodes.compare(EVIDENCE, NAME) < 0) {
            evidence.first(end, nodes, r -> candidates.add(new Row(r)));
            if (evidence.count() < end) {
                candidates.addAll(nameRows(names, words, reading));
            }
        } else {
            evidence.all(r -> candidates.add(new Row(r)));
            candidates.addAll(nameRows(names, words, reading));
        }
        List<Row> page = paging.top(candidates, order);
        List<Var> vars = COLUMNS.stream().map(Var::alloc).toList();
        List<Binding> out = new ArrayList<>(page.size());
        for (Row r : page) {
            BindingBuilder b = Binding.builder();
            for (int i = 0; i < vars.size(); i++) {
                if (r.values()[i] != null) {
                    b.add(vars.get(i), r.values()[i]);
                }
            }
            out.add(b.build());
        }
        return new Paging.Window(vars, out, evidence.count() + names.count());
    }

    /** The evidence rows of a search, counted, and made only for the rows a page can reach. */
    interface Evidence {
        /** The number of distinct evidence rows. */
        long count();

        /**
         * Each row of the groups whose (year, file) comes first in {@code order} (SPARQL's order of two values), until
         * at least {@code end} rows are given, then those of every group that ties with the last; all rows if fewer.
         */
        void first(long end, Comparator<Node> order, java.util.function.Consumer<Node[]> rows);

        /** Every evidence row. */
        void all(java.util.function.Consumer<Node[]> rows);
    }

    /** The name rows, made from the hits that give them ({@link SearchNames} counted them without making them). */
    private static Set<Row> nameRows(SearchNames names, String words, IndexReading reading) {
        Set<Row> rows = new HashSet<>();
        TextSearch.Entities entities = new TextSearch.Entities();
        Map<String, Node> strings = new HashMap<>();
        names.hits(reading).forEach(h -> addRows(h, words, entities, strings, rows));
        return rows;
    }

    /** Whether the query orders by ?match, ?year, ?file first, ascending (the rows {@link SearchEvidence#first} gives). */
    private static boolean byMatchYearFile(Query query) {
        List<SortCondition> by = query.getOrderBy();
        if (by.size() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            SortCondition c = by.get(i);
            if (c.getDirection() == Query.ORDER_DESCENDING || !c.getExpression().isVariable()
                    || !c.getExpression().asVar().getVarName().equals(List.of("match", "year", "file").get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The rows of one name hit, as the query's WHERE clause makes them (before DISTINCT). */
    private static void addRows(TextFields.Hit h, String words, TextSearch.Entities entities, Map<String, Node> strings,
                                Set<Row> rows) {
        boolean sentence = TextIndex.SENTENCE_FIELD.equals(h.get(TextFields.FIELD));
        if (!sentence && !TextIndex.NAME_FIELD.equals(h.get(TextFields.FIELD))) {
            return;
        }
        if (!sentence && !namedClass(h.getValues(TextFields.TYPE))) {
            return;
        }
        for (String found : h.getValues(TextFields.TEXT)) {
            if (!found.contains(words)) {
                continue;
            }
            Node text = sentence ? NodeFactory.createLiteralString(found) : null;
            for (Node file : orNull(h.getValues(TextFields.FILE), v -> strings.computeIfAbsent(v,
                    NodeFactory::createLiteralString))) {
                for (Node year : orNull(h.getValues(TextFields.YEAR), v -> strings.computeIfAbsent("^" + v,
                        y -> NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger)))) {
                    for (TextFields.Named n : entities.of(h)) {
                        for (Node type : n.types()) {
                            for (Node label : n.labels()) {
                                String lex = label.getLiteralLexicalForm();
                                Node shown = sentence ? text : strings.computeIfAbsent("\u0000" + lex,
                                        k -> NodeFactory.createLiteralString(lex));
                                rows.add(new Row(new Node[] {sentence ? EVIDENCE : NAME, n.entity(), label, type, file,
                                    year, shown}));
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean namedClass(String[] types) {
        for (String t : types) {
            if (NAMED_CLASSES.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The nodes of stored values, or one null (an unbound column) when there is none. */
    private static List<Node> orNull(String[] values, Function<String, Node> node) {
        if (values.length == 0) {
            return Collections.singletonList(null);
        }
        List<Node> out = new ArrayList<>(values.length);
        for (String v : values) {
            out.add(node.apply(v));
        }
        return out;
    }

    /**
     * The query's order over {@link Row}s, or null when it orders by anything but the projected columns or projects
     * other columns than {@link #COLUMNS}. Each node's {@link NodeValue} is made once.
     */
    private static Comparator<Row> order(Query query) {
        if (!query.isSelectType() || !query.isDistinct() || query.hasLimit() || query.hasOffset()
                || !query.getProjectVars().stream().map(Var::getVarName).toList().equals(COLUMNS) || !query.hasOrderBy()) {
            return null;
        }
        Map<Node, NodeValue> values = new IdentityHashMap<>();
        Comparator<Row> out = null;
        for (SortCondition c : query.getOrderBy()) {
            if (!c.getExpression().isVariable()) {
                return null;
            }
            int i = COLUMNS.indexOf(c.getExpression().asVar().getVarName());
            if (i < 0) {
                return null;
            }
            Comparator<Row> column = (a, b) -> compare(a.values()[i], b.values()[i], values);
            if (c.getDirection() == Query.ORDER_DESCENDING) {
                column = column.reversed();
            }
            out = out == null ? column : out.thenComparing(column);
        }
        return out;
    }

    /** As SPARQL's ORDER BY compares two values: unbound first, then {@link NodeValue#compareAlways}. */
    private static int compare(Node a, Node b, Map<Node, NodeValue> values) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        return NodeValue.compareAlways(values.computeIfAbsent(a, NodeValue::makeNode),
                values.computeIfAbsent(b, NodeValue::makeNode));
    }
}
