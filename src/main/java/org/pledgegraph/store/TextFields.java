package org.pledgegraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.pledgegraph.rdf.PG;

/**
 * What a full-text hit needs besides its IRI, stored (not analysed) in its Lucene document so that a search
 * answers from the index instead of joining every hit with the triples: the matched text, its field, the
 * subject's types and labels (names) or the mention's type, document, file, year, governments and start offset
 * (sentences), and for a sentence the entities its mention names ({@code pg:mentions}) with their types and labels.
 *
 * <p>Read from the graph being indexed — the document graph holds its mentions and its own record, the entities
 * graph its entities' types and labels — so a value and what is stored beside it are replaced and deleted together.
 * The one exception is what a mention names: resolution writes {@code pg:mentions} into the entities graph, not
 * the document's graph. Each such link is stored with the graph that says it ({@link #NAMED}: graph, entity, the
 * entity's types and labels in that graph), and {@link TextIndex} rewrites the sentences a graph links to whenever
 * that graph is replaced or removed. The entity's types and labels are those of the graph that names it (true of
 * every store ingest writes: the entities graph types and labels its entities, a document graph its figures).
 */
final class TextFields {
    static final String TEXT = "pgText";
    static final String FIELD = "pgField";
    static final String TYPE = "pgType";
    static final String DOC = "pgDoc";
    static final String FILE = "pgFile";
    static final String YEAR = "pgYear";
    static final String GOVERNMENT = "pgGovernment";
    static final String START = "pgStart";
    /** A name's labels in its graph, each {@link #encode encoded}. */
    static final String LABEL = "pgLabel";
    /**
     * What a sentence's mention names, as a flat sequence of values: for each link {@code g<graph>}, {@code e<entity>},
     * then {@code t<type>}… and {@code l<label>}… (nodes {@link #encode encoded}), in the order they were read.
     */
    static final String NAMED = "pgNamed";
    /** Indexed, not stored: a graph other than the sentence's own that names its mention's entity. */
    static final String LINKED = "pgLinked";
    /** Indexed, not stored: the sentence's graph and mention, to rewrite one mention's sentence documents. */
    static final String KEY = "pgKey";
    /** Stored fields of a sentence that do not depend on links, copied as they are when its links are rewritten. */
    static final List<String> OWN = List.of(TEXT, FIELD, TYPE, DOC, FILE, YEAR, GOVERNMENT, START);
    /**
     * Binary doc value: every field a hit shows ({@link #HIT_FIELDS}), serialised, so that a search reads each hit
     * from uncompressed doc values instead of decompressing its stored fields (profiled: a third of a common
     * phrase's time after the entities were stored).
     */
    static final String HIT = "pgHit";
    static final List<String> HIT_FIELDS = List.of("uri", TEXT, FIELD, TYPE, DOC, FILE, YEAR, START, GOVERNMENT, LABEL, NAMED);

    /**
     * The fields of one hit, read from {@link #HIT}: a copy of its bytes, each field decoded when first asked for (a
     * search reads a few of the eleven; decoding every value of every hit was a third of a common phrase's time).
     */
    static final class Hit {
        private static final String[] NONE = {};
        private final List<String> fields;
        private final byte[] bytes;
        /** Where each field's block (its value count, then the values) starts in {@link #bytes}. */
        private final int[] starts;
        private final String[][] values;

        private Hit(List<String> fields, byte[] bytes, int[] starts) {
            this.fields = fields;
            this.bytes = bytes;
            this.starts = starts;
            this.values = new String[fields.size()][];
        }

        /** The position of {@code field}: by identity first (callers pass the constants; a search asks per hit). */
        private int index(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i) == field) {
                    return i;
                }
            }
            return fields.indexOf(field);
        }

        String[] getValues(String field) {
            int i = index(field);
            if (i < 0) {
                return NONE;
            }
            if (values[i] == null) {
                int[] at = {starts[i]};
                String[] v = new String[readInt(bytes, at)];
                for (int k = 0; k < v.length; k++) {
                    int len = readInt(bytes, at);
                    v[k] = new String(bytes, at[0], len, StandardCharsets.UTF_8);
                    at[0] += len;
                }
                values[i] = v;
            }
            return values[i];
        }

        /** The serialised fields, as {@link #hitBytes} wrote them (not to be changed). */
        byte[] bytes() {
            return bytes;
        }

        String get(String field) {
            String[] v = getValues(field);
            return v.length == 0 ? null : v[0];
        }

        /**
         * The UTF-8 bytes of each value of {@code field}, not decoded (a search groups and filters tens of thousands
         * of hits by them and decodes only the rows of its page: profiled).
         */
        TextBytes[] raw(String field) {
            int i = index(field);
            if (i < 0) {
                return new TextBytes[0];
            }
            int[] at = {starts[i]};
            TextBytes[] out = new TextBytes[readInt(bytes, at)];
            for (int k = 0; k < out.length; k++) {
                int len = readInt(bytes, at);
                out[k] = new TextBytes(bytes, at[0], at[0] + len);
                at[0] += len;
            }
            return out;
        }

        /** Whether {@code field} has exactly one value, whose UTF-8 bytes are {@code value}'s. */
        boolean is(String field, byte[] value) {
            int i = index(field);
            if (i < 0) {
                return false;
            }
            int[] at = {starts[i]};
            if (readInt(bytes, at) != 1 || readInt(bytes, at) != value.length) {
                return false;
            }
            return java.util.Arrays.equals(bytes, at[0], at[0] + value.length, value, 0, value.length);
        }
    }

    /** Adds {@link #HIT}, made from the (stored) fields of {@code doc}; call once the document is complete. */
    static void addHit(Document doc) {
        doc.add(new BinaryDocValuesField(HIT, hitBytes(HIT_FIELDS, doc::getValues)));
    }

    /** The values of {@code fields}, in order, serialised as a {@link Hit} of those fields reads them. */
    static BytesRef hitBytes(List<String> fields, Function<String, String[]> values) {
        var bytes = new ByteArrayOutputStream(512);
        for (String f : fields) {
            String[] v = values.apply(f);
            writeInt(bytes, v.length);
            for (String x : v) {
                byte[] b = x.getBytes(StandardCharsets.UTF_8);
                writeInt(bytes, b.length);
                bytes.write(b, 0, b.length);
            }
        }
        return new BytesRef(bytes.toByteArray());
    }

    /** The hit {@link #addHit} wrote as {@code b} (copied: doc values reuse their buffer). */
    static Hit hit(BytesRef b) {
        return hit(b, HIT_FIELDS);
    }

    /** The hit of {@code fields} that {@link #hitBytes} wrote as {@code b} (copied). */
    static Hit hit(BytesRef b, List<String> fields) {
        byte[] bytes = java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
        int[] starts = new int[fields.size()];
        int[] at = {0};
        for (int i = 0; i < starts.length; i++) {
            starts[i] = at[0];
            int n = readInt(bytes, at);
            for (int k = 0; k < n; k++) {
                int len = readInt(bytes, at); // read first: at[0] += readInt(…) would add to the old offset
                at[0] += len;
            }
        }
        return new Hit(fields, bytes, starts);
    }

    /** A variable-length int (7 bits a byte). */
    private static void writeInt(ByteArrayOutputStream out, int v) {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    static int readInt(byte[] b, int[] at) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[at[0]++];
            v |= (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    private final Node name;
    private final Graph graph;
    /** The whole store, for links to this graph's mentions written in other graphs; null when there are none. */
    private final DatasetGraph store;
    /** Document node → {file, year, governments…}, read once per document of the graph. */
    private final Map<Node, List<String>> records = new HashMap<>();
    /** (graph, entity) → its link values, read once per entity of a call. */
    private final Map<Node, Map<Node, List<String>>> links = new HashMap<>();
    /** Set by {@link #detached}: what other graphs say each sentence's mention names (absent: nothing). */
    private Map<Node, Linked> prefetched;

    TextFields(Node name, Graph graph, DatasetGraph store) {
        this.name = name;
        this.graph = graph;
        this.store = store;
    }

    /** Adds the stored fields of the value {@code text} of {@code s} in {@code field} ("name" or "sentence"). */
    void addTo(Document doc, Node s, String field, String text) {
        doc.add(new StoredField(TEXT, text));
        doc.add(new StoredField(FIELD, field));
        if (field.equals(TextIndex.NAME_FIELD)) {
            graph.find(s, PG.rdfType, Node.ANY).forEachRemaining(t -> stored(doc, TYPE, t.getObject()));
            encoded(graph, s, PG.rdfsLabel, "", l -> doc.add(new StoredField(LABEL, l)));
            return;
        }
        stored(doc, TYPE, object(s, PG.mentionType));
        Node d = object(s, PG.inDocument);
        if (d != null) {
            List<String> r = record(d);
            if (r.get(0) != null) {
                doc.add(new StoredField(FILE, r.get(0)));
            }
            if (r.get(1) != null) {
                doc.add(new StoredField(YEAR, r.get(1)));
            }
            r.subList(2, r.size()).forEach(g -> doc.add(new StoredField(GOVERNMENT, g)));
            doc.add(new StoredField(DOC, d.getURI()));
        }
        Node start = start(s);
        if (start != null) {
            doc.add(new StoredField(START, start.getLiteralLexicalForm()));
        }
        // What the mention names: in this graph (a figure), then in any other (the entities graph, at resolution).
        List<String> named = new ArrayList<>();
        graph.find(s, PG.mentions, Node.ANY).forEachRemaining(t -> named.addAll(link(name, graph, t.getObject())));
        Set<String> others = new LinkedHashSet<>();
        if (prefetched != null) {
            Linked o = prefetched.get(s);
            if (o != null) {
                named.addAll(o.named());
                others.addAll(o.others());
            }
        } else {
            otherLinks(s, named, others);
        }
        addLinks(doc, name.getURI(), s.getURI(), named, others);
    }

    /** The link values and graph IRIs of what other graphs of the store say mention {@code s} names. */
    private void otherLinks(Node s, List<String> named, Set<String> others) {
        if (store != null) {
            store.find(Node.ANY, s, PG.mentions, Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(name) && q.getGraph().isURI()) {
                    named.addAll(link(q.getGraph(), store.getGraph(q.getGraph()), q.getObject()));
                    others.add(q.getGraph().getURI());
                }
            });
        }
    }

    /** What other graphs say a sentence's mention names: {@link #otherLinks}, read beforehand. */
    private record Linked(List<String> named, Set<String> others) {
    }

    /**
     * These fields for use without the store, on another thread ({@link TextIndex#replaceGraphLater}): what
     * {@link #addTo} would read from the store for each sentence (the values of {@code sentence} in this graph) is
     * read now; the rest comes from the graph alone.
     */
    TextFields detached(Node sentence) {
        TextFields out = new TextFields(name, graph, null);
        out.prefetched = new HashMap<>();
        graph.find(Node.ANY, sentence, Node.ANY).forEachRemaining(t -> out.prefetched.computeIfAbsent(t.getSubject(), s -> {
            List<String> named = new ArrayList<>();
            Set<String> others = new LinkedHashSet<>();
            otherLinks(s, named, others);
            return named.isEmpty() && others.isEmpty() ? null : new Linked(named, others);
        }));
        return out;
    }

    /** Adds the link values and the not-stored keys of a sentence of graph {@code own} about mention {@code mention}. */
    static void addLinks(Document doc, String own, String mention, List<String> named, Set<String> others) {
        named.forEach(v -> doc.add(new StoredField(NAMED, v)));
        others.forEach(g -> doc.add(new StringField(LINKED, g, Field.Store.NO)));
        doc.add(new StringField(KEY, key(own, mention), Field.Store.NO));
    }

    static String key(String graph, String mention) {
        return graph + '\u0000' + mention;
    }

    /** The link values of entity {@code e} named in graph {@code g}: g, e, its types and labels in {@code g}. */
    private List<String> link(Node g, Graph in, Node e) {
        return links.computeIfAbsent(g, x -> new HashMap<>()).computeIfAbsent(e, x -> linkValues(g, in, e));
    }

    static List<String> linkValues(Node g, Graph in, Node e) {
        List<String> out = new ArrayList<>();
        String entity = encode(e);
        if (entity == null) {
            return out;
        }
        out.add("g" + g.getURI());
        out.add("e" + entity);
        encoded(in, e, PG.rdfType, "t", out::add);
        encoded(in, e, PG.rdfsLabel, "l", out::add);
        return out;
    }

    /** Each object of (s, p) in {@code in} {@link #encode encoded} (blank nodes left out), after {@code prefix}. */
    private static void encoded(Graph in, Node s, Node p, String prefix, Consumer<String> to) {
        in.find(s, p, Node.ANY).forEachRemaining(t -> {
            String v = encode(t.getObject());
            if (v != null) {
                to.accept(prefix + v);
            }
        });
    }

    /** The link values of {@code values} without those said in graph {@code g}. */
    static List<String> without(String[] values, String g) {
        List<String> out = new ArrayList<>(values.length);
        boolean drop = false;
        for (String v : values) {
            if (v.charAt(0) == 'g') {
                drop = v.substring(1).equals(g);
            }
            if (!drop) {
                out.add(v);
            }
        }
        return out;
    }

    /** The graphs other than {@code own} that say a link of {@code values}. */
    static Set<String> linkingGraphs(List<String> values, String own) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v.charAt(0) == 'g' && !v.substring(1).equals(own)) {
                out.add(v.substring(1));
            }
        }
        return out;
    }

    /** An entity named by a sentence, with its types and labels (merged over the graphs that name it). */
    record Named(Node entity, List<Node> types, List<Node> labels) {
    }

    /** The entities of the link values {@code values}, in order, each once; nodes made through {@code nodes}. */
    static List<Named> named(String[] values, Function<String, Node> nodes) {
        Map<Node, List<Set<Node>>> byEntity = merged(values, v -> nodes.apply(v.substring(1)));
        List<Named> out = new ArrayList<>(byEntity.size());
        byEntity.forEach((e, s) -> out.add(new Named(e, List.copyOf(s.get(0)), List.copyOf(s.get(1)))));
        return out;
    }

    /**
     * The entities of the link values {@code values} ({@code g<graph>}, {@code e<entity>}, {@code t<type>}…,
     * {@code l<label>}… per link), in order, each once with its distinct types and labels merged over the links that
     * name it; every value (its prefix letter included) taken through {@code of}.
     */
    static <T> Map<T, List<Set<T>>> merged(String[] values, Function<String, T> of) {
        Map<T, List<Set<T>>> byEntity = new LinkedHashMap<>();
        List<Set<T>> current = null;
        for (String v : values) {
            switch (v.charAt(0)) {
                case 'e' -> current = byEntity.computeIfAbsent(of.apply(v),
                        x -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
                case 't' -> {
                    if (current != null) {
                        current.get(0).add(of.apply(v));
                    }
                }
                case 'l' -> {
                    if (current != null) {
                        current.get(1).add(of.apply(v));
                    }
                }
                default -> current = null; // 'g': a new link starts; its entity follows
            }
        }
        return byEntity;
    }

    /**
     * A node as stored text: {@code <iri}, {@code @lang\0lexical} or {@code ^datatype\0lexical}; null for a blank
     * node (not stored: its label means nothing outside the store).
     */
    static String encode(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI();
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return lang.isEmpty() ? "^" + n.getLiteralDatatypeURI() + '\u0000' + n.getLiteralLexicalForm()
                    : "@" + lang + '\u0000' + n.getLiteralLexicalForm();
        }
        return null;
    }

    /** The node {@link #encode} stored as {@code s}. */
    static Node decode(String s) {
        if (s.charAt(0) == '<') {
            return NodeFactory.createURI(s.substring(1));
        }
        int cut = s.indexOf('\u0000');
        String lex = s.substring(cut + 1);
        return s.charAt(0) == '@' ? NodeFactory.createLiteralLang(lex, s.substring(1, cut))
                : NodeFactory.createLiteralDT(lex, TypeMapper.getInstance().getSafeTypeByName(s.substring(1, cut)));
    }

    /** The file, year (each null when absent) and governments of document {@code d}, as its sentences store them. */
    List<String> record(Node d) {
        return records.computeIfAbsent(d, this::readRecord);
    }

    private List<String> readRecord(Node d) {
        List<String> r = new ArrayList<>();
        Node file = object(d, PG.sourceFile);
        Node year = object(d, PG.year);
        r.add(file == null ? null : file.getLiteralLexicalForm());
        r.add(year == null ? null : year.getLiteralLexicalForm());
        graph.find(d, PG.dctSpatial, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                r.add(t.getObject().getURI());
            }
        });
        return r;
    }

    /** The start offset of the mention's text position selector (its anchor on the document page). */
    private Node start(Node mention) {
        for (Iterator<Triple> targets = graph.find(mention, PG.oaHasTarget, Node.ANY); targets.hasNext(); ) {
            for (Iterator<Triple> sels = graph.find(targets.next().getObject(), PG.oaHasSelector, Node.ANY); sels.hasNext(); ) {
                Node sel = sels.next().getObject();
                if (graph.contains(sel, PG.rdfType, PG.oaTextPositionSelector)) {
                    return object(sel, PG.oaStart);
                }
            }
        }
        return null;
    }

    private Node object(Node s, Node p) {
        Iterator<Triple> it = graph.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static void stored(Document doc, String name, Node value) {
        if (value != null && value.isURI()) {
            doc.add(new StoredField(name, value.getURI()));
        }
    }
}
