package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.DocumentMeta;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.rdf.DocumentMapper;
import org.pledgegraph.rdf.EntityMapper;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * The per-government and per-type tables the workbench's home and government pages read, written into the
 * statistics graph in the write transaction that writes the entities graph (so they always agree with it).
 * Computed from what resolution already holds in memory (the stored mentions and the new entities graph)
 * plus one read of each document record: at 1,000 documents the pages' own queries joined every mention of a
 * government over the union graph (seconds per page), while this costs well under a second per ingest.
 *
 * <p>Recomputed whole with each resolution, not patched per document: resolution reassigns mentions to
 * entities across the whole store, so any row may change when one document is added or replaced.
 *
 * <ul>
 *   <li>{@code stat/documents/{place}/{year}}: documents of a government (or of none) in a year;</li>
 *   <li>{@code stat/entities/{Type}}: entities of each type (names from the entities graph, figures from
 *       the documents);</li>
 *   <li>{@code stat/continuity/{place}}: {@link ContinuityRow}s of a government as one literal: for each
 *       entity, document, modality and stage, the first mention in text order — all that the continuity
 *       matrix and the promise tracker decide on, so the pages give the same answer as from every mention;</li>
 *   <li>{@code stat/across/{industry}/{type}/{place}}: the rows of the named query {@code across-governments}
 *       ({@link AcrossTable});</li>
 *   <li>{@code stat/tva/{n}}: the rows of {@code targets-vs-actuals} ({@link AnswerTable}), and
 *       {@code stat/tva/range…} their count and each year's run of row numbers ({@link TablePages}); likewise
 *       {@code stat/ps/…} for {@code promise-status} and {@code stat/dec/…} for {@code decisions};</li>
 *   <li>{@code stat/figures/{place}}: the government page's targets beside reported figures
 *       ({@link GovernmentFigures});</li>
 *   <li>{@code stat/reappear/{n}}: per government and document year, the mentions the named query
 *       {@code reappear} joins ({@link ReappearTable}).</li>
 * </ul>
 */
public final class Statistics {
    static final Node STAT_GOVERNMENT = PG.pg("statGovernment");
    static final Node STAT_YEAR = PG.pg("statYear");
    static final Node STAT_DOCUMENTS = PG.pg("statDocuments");
    static final Node STAT_TYPE = PG.pg("statType");
    static final Node STAT_ENTITIES = PG.pg("statEntities");
    static final Node CONTINUITY_ROWS = PG.pg("continuityRows");
    static final Node STAT_LAYOUT = PG.pg("statLayout");
    /**
     * What the entities graph and these tables hold, counted up when resolution writes something new that the
     * named queries read (2: pg:silentSince and the decisions' pg:mentionCount; 3: the table of
     * {@code across-governments}, {@link AcrossTable}; 5: the rows of {@code targets-vs-actuals},
     * {@link AnswerTable}; 6: those rows in the query's page order, with the row count and each year's run of rows,
     * {@link TablePages}, and the tables of {@code promise-status} and {@code decisions}; 7: the government page's
     * figures, {@link GovernmentFigures}; 8: the lists {@code reappear} joins, {@link ReappearTable}; 4 was never
     * shipped); a store of another layout is resolved again when
     * opened.
     */
    static final String LAYOUT = "8";
    /** The entity types the home page counts, in this order when counts tie. */
    public static final List<EntityType> COUNTED = List.of(EntityType.PROJECT, EntityType.PARK, EntityType.ROAD,
            EntityType.ENTERPRISE, EntityType.FACILITY, EntityType.TARGET, EntityType.ACTUAL);

    private Statistics() {
    }

    /** One document record as the tables need it. */
    record Doc(Node node, String stem, String file, int year, List<Node> places) {
    }

    /**
     * The statistics graph for the documents in {@code dsg} and the entities graph {@code entities}, handed to
     * {@code sink} part by part (the counts and continuity, then each table), each part before the next is
     * computed: held whole (2 M triples at 1,045 documents) beside a table query's sort, it ran {@code ingest} out
     * of a 1 GB heap. Each part is added to a graph from {@code sink}, closed when the part is done. No part reads
     * the statistics graph, and a table query's rows come only after its ORDER BY has read all its input, so the sink
     * may write each triple into the store at once.
     */
    static void compute(DatasetGraph dsg, IriMinter iris, Graph entities, List<StoredMention> mentions,
                        Supplier<Graph> sink) {
        Map<String, Doc> docs = documents(dsg, iris);
        part(sink, g -> {
            g.add(iris.statistic("layout"), STAT_LAYOUT, NodeFactory.createLiteralString(LAYOUT));
            documentCounts(g, iris, docs.values());
            typeCounts(g, iris, dsg, entities);
            continuity(g, iris, docs, entities, mentions);
        });
        part(sink, g -> AcrossTable.write(g, iris, entities));
        for (AnswerTable t : AnswerTable.ALL) {
            part(sink, g -> t.write(g, iris, dsg));
        }
        part(sink, g -> GovernmentFigures.write(g, iris, dsg, docs.values()));
        part(sink, g -> ReappearTable.write(g, iris, dsg));
    }

    private static void part(Supplier<Graph> sink, Consumer<Graph> writer) {
        Graph g = sink.get();
        writer.accept(g);
        g.close();
    }

    /** Every document record, by stem: one find per property in its own graph. */
    static Map<String, Doc> documents(DatasetGraph dsg, IriMinter iris) {
        Map<String, Doc> out = new TreeMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.isURI() || !iris.isDocumentGraph(g.getURI())) {
                continue;
            }
            Iterator<Quad> typed = dsg.find(g, Node.ANY, PG.rdfType, PG.Document);
            if (!typed.hasNext()) {
                continue;
            }
            Node doc = typed.next().getSubject();
            Node file = first(dsg, g, doc, PG.sourceFile);
            Node year = first(dsg, g, doc, PG.year);
            if (file == null || year == null) {
                continue;
            }
            List<Node> places = new ArrayList<>();
            dsg.find(g, doc, PG.dctSpatial, Node.ANY).forEachRemaining(q -> places.add(q.getObject()));
            String stem = DocumentMeta.stemOf(file.getLiteralLexicalForm());
            out.put(stem, new Doc(doc, stem, file.getLiteralLexicalForm(), Integer.parseInt(year.getLiteralLexicalForm()),
                    places));
        }
        return out;
    }

    /** The newest document year of each government and of the documents without one (what pg:silentSince needs). */
    static EntityMapper.Newest newest(java.util.Collection<Doc> docs) {
        Map<Node, Integer> byPlace = new HashMap<>();
        Integer unplaced = null;
        for (Doc d : docs) {
            if (d.places().isEmpty()) {
                unplaced = unplaced == null ? d.year() : Math.max(unplaced, d.year());
            }
            d.places().forEach(p -> byPlace.merge(p, d.year(), Math::max));
        }
        return new EntityMapper.Newest(byPlace, unplaced);
    }

    private static void documentCounts(Graph out, IriMinter iris, java.util.Collection<Doc> docs) {
        Map<Node, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        Node none = iris.statistic("documents/none");
        for (Doc d : docs) {
            for (Node p : d.places().isEmpty() ? List.of(none) : d.places()) {
                counts.computeIfAbsent(p, k -> new TreeMap<>()).merge(d.year(), 1, Integer::sum);
            }
        }
        counts.forEach((place, years) -> years.forEach((year, n) -> {
            Node s = iris.statistic("documents/"
                    + (place == none ? "none" : PG.localName(place)) + "/" + year);
            if (place != none) {
                out.add(s, STAT_GOVERNMENT, place);
            }
            out.add(s, STAT_YEAR, DocumentMapper.integer(year));
            out.add(s, STAT_DOCUMENTS, DocumentMapper.integer(n));
        }));
    }

    private static void typeCounts(Graph out, IriMinter iris, DatasetGraph dsg, Graph entities) {
        for (EntityType t : COUNTED) {
            Node type = PG.type(t);
            Set<Node> members = new HashSet<>();
            // Names are typed in the entities graph; each figure in the graph of the document that states it.
            if (t.isFigure()) {
                dsg.find(Node.ANY, Node.ANY, PG.rdfType, type).forEachRemaining(q -> members.add(q.getSubject()));
            } else {
                entities.find(Node.ANY, PG.rdfType, type).forEachRemaining(tr -> members.add(tr.getSubject()));
            }
            if (!members.isEmpty()) {
                Node s = iris.statistic("entities/" + PG.localName(type));
                out.add(s, STAT_TYPE, type);
                out.add(s, STAT_ENTITIES, DocumentMapper.integer(members.size()));
            }
        }
    }

    private static void continuity(Graph out, IriMinter iris, Map<String, Doc> docs, Graph entities,
                                   List<StoredMention> mentions) {
        Map<String, Node> entityOf = new HashMap<>();
        entities.find(Node.ANY, PG.mentions, Node.ANY).forEachRemaining(t -> entityOf.put(t.getSubject().getURI(), t.getObject()));
        Map<Node, String[]> described = new HashMap<>(); // entity → {label, type}
        Map<Node, List<ContinuityRow>> byPlace = new LinkedHashMap<>();
        Map<String, ContinuityRow> firsts = new HashMap<>();
        for (StoredMention m : mentions) {
            Node entity = entityOf.get(m.iri());
            Doc d = docs.get(m.document());
            if (entity == null || d == null || d.places().isEmpty()) {
                continue;
            }
            String[] lt = described.computeIfAbsent(entity, e -> labelAndType(entities, e));
            if (lt == null) {
                continue;
            }
            ContinuityRow row = new ContinuityRow(d.year(), d.stem(), d.file(), entity.getURI(), lt[0], lt[1],
                    m.modality().localName(), m.stage() == null ? "" : m.stage().localName(),
                    ContinuityRow.start(m.iri()), m.iri());
            // The first mention in text order of each entity, document, modality and stage stands for the rest.
            firsts.merge(row.key(), row, (a, b) -> b.start() < a.start() ? b : a);
        }
        for (ContinuityRow r : firsts.values()) {
            for (Node p : docs.get(r.stem()).places()) {
                byPlace.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
        }
        byPlace.forEach((place, rows) -> {
            rows.sort(ContinuityRow.ORDER);
            Node s = continuityNode(iris, place);
            out.add(s, STAT_GOVERNMENT, place);
            out.add(s, CONTINUITY_ROWS, NodeFactory.createLiteralString(ContinuityRow.encode(rows, iris.base())));
        });
    }

    /** The label and type of a named entity, or null for one without (or a figure). */
    private static String[] labelAndType(Graph entities, Node e) {
        Iterator<org.apache.jena.graph.Triple> label = entities.find(e, PG.rdfsLabel, Node.ANY);
        Iterator<org.apache.jena.graph.Triple> type = entities.find(e, PG.rdfType, Node.ANY);
        if (!label.hasNext() || !type.hasNext()) {
            return null;
        }
        Node t = type.next().getObject();
        if (t.equals(PG.type(EntityType.TARGET)) || t.equals(PG.type(EntityType.ACTUAL))) {
            return null;
        }
        return new String[] {label.next().getObject().getLiteralLexicalForm(), PG.localName(t)};
    }

    static Node continuityNode(IriMinter iris, Node place) {
        return iris.statistic("continuity/" + PG.localName(place));
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    // ---- Reading the tables back; call inside a read transaction. ----

    /** The continuity rows of a government, in (year, file, start) order; empty without the table. */
    public static List<ContinuityRow> continuity(DatasetGraph dsg, IriMinter iris, Node place) {
        Iterator<Quad> it = dsg.find(iris.statisticsGraph(), continuityNode(iris, place), CONTINUITY_ROWS, Node.ANY);
        return it.hasNext() ? ContinuityRow.decode(it.next().getObject().getLiteralLexicalForm(), iris.base()) : List.of();
    }

    /** True if the store holds the tables (a store written before them does not until its next resolution). */
    public static boolean present(DatasetGraph dsg, IriMinter iris) {
        return dsg.find(iris.statisticsGraph(), Node.ANY, STAT_YEAR, Node.ANY).hasNext()
                || !dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Document).hasNext();
    }

    /**
     * True if the entities graph and the tables were written by this layout ({@link #LAYOUT}), or the store holds
     * no documents; else resolving again brings them up to date.
     */
    public static boolean current(DatasetGraph dsg, IriMinter iris) {
        return dsg.contains(iris.statisticsGraph(), iris.statistic("layout"), STAT_LAYOUT, NodeFactory.createLiteralString(LAYOUT))
                || !dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Document).hasNext();
    }

    /** Documents per government ({@code null} key: no jurisdiction) and year. */
    public static Map<Node, Map<Integer, Integer>> documentCounts(DatasetGraph dsg, IriMinter iris) {
        Map<Node, Map<Integer, Integer>> out = new LinkedHashMap<>();
        Node g = iris.statisticsGraph();
        dsg.find(g, Node.ANY, STAT_DOCUMENTS, Node.ANY).forEachRemaining(q -> {
            Node place = first(dsg, g, q.getSubject(), STAT_GOVERNMENT);
            Node year = first(dsg, g, q.getSubject(), STAT_YEAR);
            out.computeIfAbsent(place, k -> new TreeMap<>()).put(Integer.parseInt(year.getLiteralLexicalForm()),
                    Integer.parseInt(q.getObject().getLiteralLexicalForm()));
        });
        return out;
    }

    /** Entities per type (local name), most first. */
    public static List<Map.Entry<String, Integer>> typeCounts(DatasetGraph dsg, IriMinter iris) {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        Node g = iris.statisticsGraph();
        dsg.find(g, Node.ANY, STAT_ENTITIES, Node.ANY).forEachRemaining(q -> out.add(Map.entry(
                PG.localName(first(dsg, g, q.getSubject(), STAT_TYPE)), Integer.parseInt(q.getObject().getLiteralLexicalForm()))));
        out.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        return out;
    }
}
