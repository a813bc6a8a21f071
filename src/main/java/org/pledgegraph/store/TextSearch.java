package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.pledgegraph.model.InputException;

/**
 * The property function {@code pgs:hits}: full-text hits with what the index stores beside each value
 * ({@link TextFields}), so a search needs no join with the hit's document in the triples.
 * <pre>
 *   PREFIX pgs: &lt;https://w3id.org/pledgegraph/search#&gt;
 *   (?hit ?field ?text ?type ?doc ?file ?year ?start ?government) pgs:hits ("sentence:\"产业\"" 1000)
 * </pre>
 * Subject list, in this order, any prefix of it: the IRI whose value matched, "name" or "sentence", the matched
 * text (a plain string), the subject's type (names; one row per type) or the mention's type (sentences), and
 * for sentences the document, its file and year, the mention's start offset and the document's government (one
 * row per {@code dct:spatial}; unbound when none). Object: the Lucene query (jena-text's syntax, as {@code text:query}
 * takes it) and optionally the number of best hits (default 10,000). Registered in the store's dataset context
 * only, beside {@code text:query}.
 *
 * <p>Three more columns may follow the government, also from the index: the entity of the hit (a name's subject;
 * each entity a sentence's mention names by {@code pg:mentions}; no row when there is none), each of its
 * {@code rdf:type}s and each of its {@code rdfs:label}s (no row when either is missing: the inner join
 * {@code ?entity a ?type ; rdfs:label ?label} would drop it). The index stores them beside each value
 * ({@link TextFields}) and rewrites them when the graph that says them (the entities graph, at resolution) is
 * replaced: a search with thousands of hits reads no triple (by-graph-2 read them per entity from the union graph,
 * most of a common phrase's time).
 */
final class TextSearch extends PropertyFunctionBase {
    static final String NS = "https://w3id.org/pledgegraph/search#";
    static final String HITS = NS + "hits";
    private static final int DEFAULT_LIMIT = 10_000;
    private static final String[] COLUMNS = {"uri", TextFields.FIELD, TextFields.TEXT, TextFields.TYPE, TextFields.DOC,
        TextFields.FILE, TextFields.YEAR, TextFields.START, TextFields.GOVERNMENT};

    private final TextIndex index;

    private TextSearch(TextIndex index) {
        this.index = index;
    }

    /** Registers {@code pgs:hits} over {@code index} in {@code context} (a copy of the global registry plus it). */
    static void register(Context context, TextIndex index) {
        TextQuery.init();
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
        registry.put(HITS, uri -> new TextSearch(index));
        PropertyFunctionRegistry.set(context, registry);
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                              ExecutionContext cxt) {
        List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
        Node query = value(args.get(0), binding);
        if (query == null || !query.isLiteral()) {
            return QueryIterPlainWrapper.create(List.<Binding>of().iterator(), cxt);
        }
        int limit = DEFAULT_LIMIT;
        if (args.size() > 1) {
            Node l = value(args.get(1), binding);
            if (l == null || !l.isLiteral()) {
                throw new InputException("pgs:hits", "the number of hits must be a number");
            }
            limit = Integer.parseInt(l.getLiteralLexicalForm());
        }
        List<Node> outs = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        Entities entities = new Entities();
        Node[] values = new Node[outs.size()];
        for (TextFields.Hit d : index.search(query.getLiteralLexicalForm(), limit)) {
            expand(binding, outs, d, 0, values, rows, entities);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /**
     * Adds to {@code rows} the bindings of {@code outs[i…]} for hit {@code d}: one per value of a multi-valued field.
     * {@code values[0…i)} holds the row's values so far (null: unbound); each row is built once, at its end, as one
     * binding over the input (a binding per column made chains that DISTINCT walked for every row: profiled).
     */
    private static void expand(Binding b, List<Node> outs, TextFields.Hit d, int i, Node[] values, List<Binding> rows,
                               Entities entities) {
        if (i == outs.size() || i > COLUMNS.length + 2) {
            rows.add(row(b, outs, values, i));
            return;
        }
        if (i >= COLUMNS.length) {
            // The entity columns: required (no value, no row), like the inner join they replace.
            List<Node> column = switch (i - COLUMNS.length) {
                case 0 -> entities.of(d).stream().map(TextFields.Named::entity).toList();
                case 1 -> entities.named(d, values[COLUMNS.length]).types();
                default -> entities.named(d, values[COLUMNS.length]).labels();
            };
            for (Node n : column) {
                bindAndExpand(b, outs, d, i, n, values, rows, entities);
            }
            return;
        }
        String[] stored = d.getValues(COLUMNS[i]);
        if (stored.length == 0) {
            values[i] = null;
            expand(b, outs, d, i + 1, values, rows, entities);
            return;
        }
        for (String v : stored) {
            bindAndExpand(b, outs, d, i, entities.node(i, v), values, rows, entities);
        }
    }

    private static void bindAndExpand(Binding b, List<Node> outs, TextFields.Hit d, int i, Node n, Node[] values,
                                      List<Binding> rows, Entities entities) {
        if (accepts(b, outs, values, i, n)) {
            values[i] = n;
            expand(b, outs, d, i + 1, values, rows, entities);
        }
        values[i] = null;
    }

    /** Whether column {@code i} may take {@code n}: a constant or a variable bound already (input or row) must equal it. */
    private static boolean accepts(Binding b, List<Node> outs, Node[] values, int i, Node n) {
        Node out = outs.get(i);
        if (!out.isVariable()) {
            return out.equals(n);
        }
        Node bound = b.get(Var.alloc(out));
        if (bound != null) {
            return bound.equals(n);
        }
        for (int j = 0; j < i; j++) {
            if (values[j] != null && outs.get(j).equals(out)) {
                return values[j].equals(n);
            }
        }
        return true;
    }

    /** The input binding with the row's new variables {@code values[0…end)}, each once. */
    private static Binding row(Binding b, List<Node> outs, Node[] values, int end) {
        BindingBuilder bb = Binding.builder(b);
        for (int j = 0; j < end; j++) {
            Node out = outs.get(j);
            if (values[j] != null && out.isVariable()) {
                Var v = Var.alloc(out);
                if (!bb.contains(v)) {
                    bb.add(v, values[j]);
                }
            }
        }
        return bb.build();
    }

    /**
     * The entities of a hit with their types and labels, decoded from its doc value (pgHit) once per hit; the nodes of a
     * call are made once per distinct stored text (thousands of hits name far fewer entities).
     */
    static final class Entities {
        private final Map<String, Node> nodes = new HashMap<>();
        @SuppressWarnings("unchecked")
        private final Map<String, Node>[] byColumn = new Map[COLUMNS.length];
        /** The hit whose entities {@link #named} holds. */
        private TextFields.Hit hit;
        private List<TextFields.Named> named;

        Entities() {
            for (int i = 0; i < byColumn.length; i++) {
                byColumn[i] = new HashMap<>();
            }
        }

        List<TextFields.Named> of(TextFields.Hit d) {
            if (hit != d) {
                hit = d;
                named = TextIndex.NAME_FIELD.equals(d.get(TextFields.FIELD))
                        ? List.of(new TextFields.Named(NodeFactory.createURI(d.get("uri")),
                                nodes(d.getValues(TextFields.TYPE), "<"), nodes(d.getValues(TextFields.LABEL), "")))
                        : TextFields.named(d.getValues(TextFields.NAMED), this::node);
            }
            return named;
        }

        /** The entry of {@code entity} among the hit's entities (an empty one if it is not there). */
        TextFields.Named named(TextFields.Hit d, Node entity) {
            for (TextFields.Named n : of(d)) {
                if (n.entity().equals(entity)) {
                    return n;
                }
            }
            return new TextFields.Named(entity, List.of(), List.of());
        }

        private List<Node> nodes(String[] values, String prefix) {
            List<Node> out = new ArrayList<>(values.length);
            for (String v : values) {
                Node n = node(prefix + v);
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
            return out;
        }

        private Node node(String encoded) {
            return nodes.computeIfAbsent(encoded, TextFields::decode);
        }

        /** The node of a stored value of column {@code column}; one per distinct value except for texts. */
        Node node(int column, String v) {
            if (COLUMNS[column].equals(TextFields.TEXT)) {
                return TextSearch.node(column, v);
            }
            return byColumn[column].computeIfAbsent(v, k -> TextSearch.node(column, v));
        }
    }

    private static Node node(int column, String v) {
        return switch (COLUMNS[column]) {
            case "uri", TextFields.TYPE, TextFields.DOC, TextFields.GOVERNMENT -> NodeFactory.createURI(v);
            case TextFields.YEAR, TextFields.START -> NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
            default -> NodeFactory.createLiteralString(v);
        };
    }

    private static Node value(Node n, Binding b) {
        if (n.isVariable()) {
            return b.get(Var.alloc(n));
        }
        return n;
    }
}
