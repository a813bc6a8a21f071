package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The store's union graph as a table query over a page's row nodes sees it, with each row's triples read once
 * (issue 14). A table page binds {@code ?row} to its rows and then matches a dozen patterns on each
 * ({@code ?row pg:tvaTarget ?target}, optionals…): each was a B+tree probe of TDB2's quad index, ~1,500 a page of
 * {@code targets-vs-actuals}, ~3,600 for one year of {@code completed}, and every block a probe reads takes the
 * index file's one lock ({@code BlockAccessMapped.getByteBuffer}, synchronized): under 16 clients on 2 cores the
 * requests queued on it (JFR: 61 s of monitor waits in a 17 s run). Here each row's quads are one range read of
 * the index, kept as node ids, and the query's patterns on a row are matched against them; every other pattern
 * goes to the store.
 *
 * <p>The answers are the store's: a row's (predicate, object) ids are exactly the distinct ones the union graph
 * (every named graph) holds for that subject, and a pattern's terms match them as TDB2 matches, by node id (an
 * inlined number by its value, anything else by its term); a matched object is the term TDB2 decodes.
 */
final class RowView extends GraphBase {
    private final Graph store;
    private final NodeTable nodes;
    /** Each row's distinct (predicate, object) ids. */
    private final Map<Node, List<NodeId[]>> rows;
    private final Map<Node, NodeId> ids = new HashMap<>();
    private final Map<NodeId, Node> terms = new HashMap<>();

    private RowView(Graph store, NodeTable nodes, Map<Node, List<NodeId[]>> rows) {
        this.store = store;
        this.nodes = nodes;
        this.rows = rows;
    }

    /**
     * A dataset whose default graph is {@code dsg}'s union graph seen through {@code subjects}' quads, read now
     * (inside the caller's read transaction), with {@code dsg}'s query timeout; {@code dsg} itself when it is not
     * a TDB2 store.
     */
    static DatasetGraph over(DatasetGraph dsg, Collection<Node> subjects) {
        if (!TDBInternal.isTDB2(dsg)) {
            return dsg;
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Map<Node, List<NodeId[]>> rows = new HashMap<>(subjects.size() * 2);
        for (Node s : subjects) {
            if (rows.containsKey(s)) {
                continue;
            }
            NodeId id = nodes.getNodeIdForNode(s);
            Set<List<NodeId>> seen = new LinkedHashSet<>();
            if (!NodeId.isDoesNotExist(id)) {
                quads.find(NodeId.NodeIdAny, id, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(
                        (Tuple<NodeId> q) -> seen.add(List.of(q.get(2), q.get(3))));
            }
            List<NodeId[]> pairs = new ArrayList<>(seen.size());
            seen.forEach(po -> pairs.add(new NodeId[] {po.get(0), po.get(1)}));
            rows.put(s, pairs);
        }
        DatasetGraph view = DatasetGraphFactory.wrap(new RowView(dsg.getUnionGraph(), nodes, rows));
        Object timeout = dsg.getContext().get(ARQ.queryTimeout);
        if (timeout != null) {
            view.getContext().set(ARQ.queryTimeout, timeout);
        }
        return view;
    }

    /**
     * The distinct subjects of the quads (any named graph: the rows the union graph holds) with predicate {@code p}
     * and object {@code o}, at most {@code limit}, as TDB2's quad index lists them; read by node id, so only the
     * subjects are decoded. Not a TDB2 store: {@code dsg.findNG}.
     */
    static List<Node> subjects(DatasetGraph dsg, Node p, Node o, int limit) {
        Set<Node> out = new LinkedHashSet<>();
        if (!TDBInternal.isTDB2(dsg)) {
            for (var it = dsg.findNG(Node.ANY, Node.ANY, p, o); it.hasNext() && out.size() < limit; ) {
                out.add(it.next().getSubject());
            }
            return List.copyOf(out);
        }
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId pid = nodes.getNodeIdForNode(p);
        NodeId oid = nodes.getNodeIdForNode(o);
        if (NodeId.isDoesNotExist(pid) || NodeId.isDoesNotExist(oid)) {
            return List.of();
        }
        Set<NodeId> seen = new LinkedHashSet<>();
        for (var it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, pid, oid); it.hasNext() && seen.size() < limit; ) {
            seen.add(it.next().get(1));
        }
        seen.forEach(id -> out.add(nodes.getNodeForNodeId(id)));
        return List.copyOf(out);
    }

    /**
     * Whether {@code query} reads only the default graph (no FROM, GRAPH or SERVICE): the union graph the store's
     * own evaluation gives it, which is all a view has.
     */
    static boolean readsDefaultGraphOnly(Query query) {
        if (query.hasDatasetDescription() || query.getQueryPattern() == null) {
            return false;
        }
        // The algebra's walker enters EXISTS in filters, binds and projections, but not in ORDER BY or GROUP BY
        // expressions: a query with a pattern there is left to the store.
        List<Expr> unwalked = new ArrayList<>();
        if (query.getOrderBy() != null) {
            query.getOrderBy().forEach(c -> unwalked.add(c.getExpression()));
        }
        unwalked.addAll(query.getGroupBy().getExprs().values());
        query.getAggregators().forEach(a -> unwalked.add(a.getExpr()));
        if (unwalked.stream().anyMatch(RowView::hasPattern)) {
            return false;
        }
        boolean[] other = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpGraph op) {
                other[0] = true;
            }

            @Override
            public void visit(OpQuadPattern op) {
                other[0] = true;
            }

            @Override
            public void visit(OpQuad op) {
                other[0] = true;
            }

            @Override
            public void visit(OpDatasetNames op) {
                other[0] = true;
            }

            @Override
            public void visit(OpService op) {
                other[0] = true;
            }
        });
        return !other[0];
    }

    /** Whether {@code e} holds a graph pattern (EXISTS, NOT EXISTS) anywhere. */
    private static boolean hasPattern(Expr e) {
        if (e instanceof ExprFunctionOp) {
            return true;
        }
        return e instanceof ExprFunction f && f.getArgs().stream().anyMatch(RowView::hasPattern);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        List<NodeId[]> pairs = s.isConcrete() ? rows.get(s) : null;
        if (pairs == null) {
            return store.find(pattern);
        }
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        NodeId pid = p.isConcrete() ? id(p) : NodeId.NodeIdAny;
        NodeId oid = o.isConcrete() ? id(o) : NodeId.NodeIdAny;
        List<Triple> out = new ArrayList<>(p.isConcrete() ? 1 : pairs.size());
        if (!NodeId.isDoesNotExist(pid) && !NodeId.isDoesNotExist(oid)) {
            for (NodeId[] po : pairs) {
                if ((NodeId.isAny(pid) || pid.equals(po[0])) && (NodeId.isAny(oid) || oid.equals(po[1]))) {
                    out.add(Triple.create(s, term(po[0]), term(po[1])));
                }
            }
        }
        return WrappedIterator.create(out.iterator());
    }

    /** A pattern term's id as TDB2 finds it ({@link NodeId#NodeDoesNotExist}: in no quad). */
    private NodeId id(Node n) {
        return ids.computeIfAbsent(n, nodes::getNodeIdForNode);
    }

    private Node term(NodeId id) {
        return terms.computeIfAbsent(id, nodes::getNodeForNodeId);
    }
}
