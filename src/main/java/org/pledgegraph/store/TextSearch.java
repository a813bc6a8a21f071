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
import org.apache.lucene.document.Document;
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
        for (Document d : index.search(query.getLiteralLexicalForm(), limit)) {
            entities.hit = null;
            expand(binding, outs, d, 0, rows, entities);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** Adds to {@code rows} the bindings of {@code outs[i…]} for hit {@code d}: one per value of a multi-valued field. */
    private static void expand(Binding b, List<Node> outs, Document d, int i, List<Binding> rows, Entities entities) {
        if (i == outs.size()) {
            rows.add(b);
            return;
        }
        if (i >= COLUMNS.length) {
            // The entity columns: required (no value, no row), like the inner join they replace.
            if (i > COLUMNS.length + 2) {
                rows.add(b);
                return;
            }
            List<Node> values = switch (i - COLUMNS.length) {
                case 0 -> entities.of(d).stream().map(TextFields.Named::entity).toList();
                case 1 -> entities.named(d, entityOf(b, outs)).types();
                default -> entities.named(d, entityOf(b, outs)).labels();
            };
            for (Node n : values) {
                bindAndExpand(b, outs, d, i, n, rows, entities);
            }
            return;
        }
        String[] values = d.getValues(COLUMNS[i]);
        if (values.length == 0) {
            expand(b, outs, d, i + 1, rows, entities);
            return;
        }
        for (String v : values) {
            bindAndExpand(b, outs, d, i, node(i, v), rows, entities);
        }
    }

    private static void bindAndExpand(Binding b, List<Node> outs, Document d, int i, Node n, List<Binding> rows,
                                      Entities entities) {
        Node out = outs.get(i);
        if (out.isVariable()) {
            Node bound = b.get(Var.alloc(out));
            if (bound == null) {
                BindingBuilder bb = Binding.builder(b);
                bb.add(Var.alloc(out), n);
                expand(bb.build(), outs, d, i + 1, rows, entities);
            } else if (bound.equals(n)) {
                expand(b, outs, d, i + 1, rows, entities);
            }
        } else if (out.equals(n)) {
            expand(b, outs, d, i + 1, rows, entities);
        }
    }

    /** The entity column's value in {@code b} (bound by the previous step, or a constant in the subject list). */
    private static Node entityOf(Binding b, List<Node> outs) {
        Node out = outs.get(COLUMNS.length);
        return out.isVariable() ? b.get(Var.alloc(out)) : out;
    }

    /**
     * The entities of a hit with their types and labels, decoded from its stored fields once per hit; the nodes of a
     * call are made once per distinct stored text (thousands of hits name far fewer entities).
     */
    private static final class Entities {
        private final Map<String, Node> nodes = new HashMap<>();
        /** The hit whose entities {@link #named} holds; reset for each hit. */
        Document hit;
        private List<TextFields.Named> named;

        List<TextFields.Named> of(Document d) {
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
        TextFields.Named named(Document d, Node entity) {
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
