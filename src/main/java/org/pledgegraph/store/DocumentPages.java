package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.pledgegraph.rdf.PG;

/**
 * A page of a named query with one row per mention, ordered by its document's file first ({@code mentions}), read
 * document by document (issue 14). Its header says {@code # pages: documents year}: with no parameter, or only
 * {@code year} (the documents' {@code pg:year}), the total is the sum of the documents' {@code pg:mentionCount}
 * (written at ingest, kept by the cross-year pass), and the page's rows come from the first documents in file order
 * whose counts cover it: the query runs for those documents alone (a VALUES block on {@code ?doc}), and when it is
 * ordered by {@code ?start} next, for the last document's mentions up to the page's end in text order only (a VALUES
 * block on {@code ?mention}; the start offset is part of a mention's IRI, and each row's {@code ?start} is checked
 * against it). At 1,000 documents the first page of one year read every mention of that year (~40 k rows × a dozen
 * index probes) to count them and keep the first 100; this reads the year's document records, one document's
 * mention IRIs and the page's mentions.
 *
 * <p>If the page's documents give another number of rows than their counts say (a store whose counts disagree with
 * its mentions), or the query is not ordered by {@code ?file} first, every row is read as before.
 *
 * @param param the parameter that binds the documents' year, or empty
 */
record DocumentPages(String param) implements PageReader {
    static final String KEY = "documents";
    private static final Var DOC = Var.alloc("doc");
    private static final Var FILE = Var.alloc("file");
    private static final Var MENTION = Var.alloc("mention");
    private static final Var START = Var.alloc("start");

    private record Doc(Node graph, Node node, Node file, long mentions) {
    }

    @Override
    public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
        if (paging.limit() == Long.MAX_VALUE || !params.keySet().stream().allMatch(param::equals)
                || !query.hasOrderBy() || !query.getOrderBy().get(0).getExpression().isVariable()
                || !FILE.equals(query.getOrderBy().get(0).getExpression().asVar())
                || query.getOrderBy().get(0).getDirection() == Query.ORDER_DESCENDING) {
            return Optional.empty();
        }
        Node year = params.get(param);
        List<Doc> docs = new ArrayList<>();
        Map<Node, Boolean> seen = new LinkedHashMap<>();
        Iterator<Quad> it = year == null ? dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Document)
                : dsg.find(Node.ANY, Node.ANY, PG.year, year);
        while (it.hasNext()) {
            Quad q = it.next();
            Node d = q.getSubject();
            if (seen.put(d, Boolean.TRUE) != null) {
                continue;
            }
            Node file = first(dsg, q.getGraph(), d, PG.sourceFile);
            if (file == null || year == null && first(dsg, q.getGraph(), d, PG.year) == null) {
                continue; // no row can name it
            }
            Node count = first(dsg, q.getGraph(), d, PG.mentionCount);
            if (count == null) {
                return Optional.empty();
            }
            docs.add(new Doc(q.getGraph(), d, file, Long.parseLong(count.getLiteralLexicalForm())));
        }
        // The documents in the query's order of ?file (compared as SPARQL compares them).
        BindingComparator byFile = new BindingComparator(List.of(new SortCondition(FILE, Query.ORDER_ASCENDING)));
        List<Binding> files = docs.stream().map(d -> Binding.builder().add(FILE, d.file()).build()).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> byFile.compare(files.get(a), files.get(b)));
        long total = docs.stream().mapToLong(Doc::mentions).sum();
        long end = paging.end();
        // Whole groups of documents with one file name, so rows that tie on ?file are never split.
        List<Doc> chosen = new ArrayList<>();
        long before = 0; // rows of the documents skipped before the page
        long covered = 0; // rows up to the last chosen document
        long lastGroup = 0; // rows before the last chosen group
        int lastSize = 0; // documents in it
        for (int i = 0; i < order.size() && covered < end; ) {
            int j = i;
            long rows = 0;
            while (j < order.size() && byFile.compare(files.get(order.get(i)), files.get(order.get(j))) == 0) {
                rows += docs.get(order.get(j)).mentions();
                j++;
            }
            if (covered + rows <= paging.offset()) {
                before += rows;
            } else {
                for (int k = i; k < j; k++) {
                    chosen.add(docs.get(order.get(k)));
                }
                lastGroup = covered;
                lastSize = j - i;
            }
            covered += rows;
            i = j;
        }
        List<Var> vars = query.getProjectVars();
        if (chosen.isEmpty()) {
            return Optional.of(new Paging.Window(vars, List.of(), total));
        }
        List<Binding> bound = new ArrayList<>();
        Var on = DOC;
        long expected = covered - before;
        Map<Node, Integer> starts = null;
        if (lastSize == 1 && vars.contains(MENTION) && vars.contains(START) && query.getOrderBy().size() > 1
                && query.getOrderBy().get(1).getExpression().isVariable()
                && START.equals(query.getOrderBy().get(1).getExpression().asVar())
                && query.getOrderBy().get(1).getDirection() != Query.ORDER_DESCENDING) {
            starts = mentionStarts(dsg, chosen, end - lastGroup);
        }
        if (starts != null) {
            // The last document is read only up to the page's end in text order (the start offset its mention
            // IRIs carry; each row's ?start is checked against it below).
            on = MENTION;
            starts.keySet().forEach(m -> bound.add(Binding.builder().add(MENTION, m).build()));
            expected = starts.size();
        } else {
            chosen.forEach(d -> bound.add(Binding.builder().add(DOC, d.node()).build()));
        }
        Query page = PageReader.restricted(query, on, bound);
        QueryExecBuilder b = QueryExec.dataset(dsg).query(page);
        params.forEach(b::substitution);
        Paging.Window all = QueryRunner.closing(b.build(), qe -> Paging.ALL.window(qe.select()));
        if (all.total() != expected) {
            return Optional.empty(); // counts and mentions disagree: read every row rather than guess
        }
        if (starts != null) {
            for (Binding r : all.rows()) {
                Node start = r.get(START);
                Integer mine = starts.get(r.get(MENTION));
                if (start == null || mine == null || !start.isLiteral()
                        || !String.valueOf(mine).equals(start.getLiteralLexicalForm())) {
                    return Optional.empty(); // a mention IRI that does not carry its start: read every row
                }
            }
        }
        long from = paging.offset() - before;
        List<Binding> rows = all.rows().subList((int) Math.min(from, all.rows().size()),
                (int) Math.min(from + paging.limit(), all.rows().size()));
        return Optional.of(new Paging.Window(all.vars(), List.copyOf(rows), total));
    }

    /**
     * Every mention of the chosen documents but the last, and those of the last whose start offset (from the
     * mention's IRI, {@link ContinuityRow#start}) is at most the {@code needed}-th smallest (ties kept): mention →
     * start. Null if a mention's IRI carries no start or the documents' counts disagree with their mentions.
     */
    private static Map<Node, Integer> mentionStarts(DatasetGraph dsg, List<Doc> chosen, long needed) {
        Map<Node, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            Doc d = chosen.get(i);
            Map<Node, Integer> mine = new LinkedHashMap<>();
            for (Iterator<Quad> it = dsg.find(d.graph(), Node.ANY, PG.inDocument, d.node()); it.hasNext(); ) {
                Node m = it.next().getSubject();
                int start = m.isURI() ? ContinuityRow.start(m.getURI()) : -1;
                if (start < 0) {
                    return null;
                }
                mine.put(m, start);
            }
            if (mine.size() != d.mentions()) {
                return null;
            }
            if (i == chosen.size() - 1 && needed < mine.size()) {
                int[] sorted = mine.values().stream().mapToInt(Integer::intValue).sorted().toArray();
                int last = sorted[(int) Math.max(0, needed - 1)];
                mine.values().removeIf(s -> s > last);
            }
            out.putAll(mine);
        }
        return out;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
