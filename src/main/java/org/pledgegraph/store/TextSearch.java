package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.List;
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
        for (Document d : index.search(query.getLiteralLexicalForm(), limit)) {
            expand(binding, outs, d, 0, rows);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** Adds to {@code rows} the bindings of {@code outs[i…]} for hit {@code d}: one per value of a multi-valued field. */
    private static void expand(Binding b, List<Node> outs, Document d, int i, List<Binding> rows) {
        if (i == outs.size() || i == COLUMNS.length) {
            rows.add(b);
            return;
        }
        String[] values = d.getValues(COLUMNS[i]);
        if (values.length == 0) {
            expand(b, outs, d, i + 1, rows);
            return;
        }
        for (String v : values) {
            Node n = node(i, v);
            Node out = outs.get(i);
            if (out.isVariable()) {
                Node bound = b.get(Var.alloc(out));
                if (bound == null) {
                    BindingBuilder bb = Binding.builder(b);
                    bb.add(Var.alloc(out), n);
                    expand(bb.build(), outs, d, i + 1, rows);
                } else if (bound.equals(n)) {
                    expand(b, outs, d, i + 1, rows);
                }
            } else if (out.equals(n)) {
                expand(b, outs, d, i + 1, rows);
            }
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
