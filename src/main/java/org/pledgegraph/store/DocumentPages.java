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
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.pledgegraph.rdf.PG;

/**
 * A page of a named query with one row per mention, ordered by its document's file first ({@code mentions}), read
 * document by document (issue 14). Its header says {@code # pages: documents year}: with no parameter, or only
 * {@code year} (the documents' {@code pg:year}), the total is the sum of the documents' {@code pg:mentionCount}
 * (written at ingest, kept by the cross-year pass), and the page's rows come from the first documents in file order
 * whose counts cover it: the query runs for those documents alone (a VALUES block on {@code ?doc}). At 1,000
 * documents the first page of one year read every mention of that year (~40 k rows × a dozen index probes) to
 * count them and keep the first 100; this reads a few documents' records and one or two documents' mentions.
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

    private record Doc(Node node, Node file, long mentions) {
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
            docs.add(new Doc(d, file, Long.parseLong(count.getLiteralLexicalForm())));
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
        long end = paging.offset() + paging.limit();
        // Whole groups of documents with one file name, so rows that tie on ?file are never split.
        List<Binding> chosen = new ArrayList<>();
        long before = 0; // rows of the documents skipped before the page
        long covered = 0; // rows up to the last chosen document
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
                    chosen.add(Binding.builder().add(DOC, docs.get(order.get(k)).node()).build());
                }
            }
            covered += rows;
            i = j;
        }
        List<Var> vars = query.getProjectVars();
        if (chosen.isEmpty()) {
            return Optional.of(new Paging.Window(vars, List.of(), total));
        }
        long expected = covered - before;
        Query page = query.cloneQuery();
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementData(List.of(DOC), chosen));
        if (page.getQueryPattern() instanceof ElementGroup g) {
            g.getElements().forEach(group::addElement);
        } else {
            group.addElement(page.getQueryPattern());
        }
        page.setQueryPattern(group);
        QueryExecBuilder b = QueryExec.dataset(dsg).query(page);
        params.forEach(b::substitution);
        Paging within = new Paging(paging.offset() - before, paging.limit());
        Paging.Window w = QueryRunner.closing(b.build(), qe -> within.window(qe.select()));
        if (w.total() != expected) {
            return Optional.empty(); // counts and mentions disagree: read every row rather than guess
        }
        return Optional.of(new Paging.Window(w.vars(), w.rows(), total));
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
