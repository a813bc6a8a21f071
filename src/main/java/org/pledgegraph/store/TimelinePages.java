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
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.rdf.PG;

/**
 * The answer of {@code timeline} (header {@code # pages: timeline}) for a {@code name}, an {@code entity} or both,
 * read from TDB2's quad table (the union graph: every named graph) as node ids: the entities the query finds, then
 * each of their mentions as one index scan of its properties ({@code (ANY, mention, ANY, ANY)}) and one of its
 * selector's, its document's year, file and date once per document; a term is decoded only when the page order
 * compares it or the page shows it. The query's evaluation probed the B+trees once per pattern and mention and
 * decoded every term (649 mentions of one busy entity at 1,045 documents: ~36 ms of CPU a request, profiled). The
 * rows are the query's: every combination of each multi-valued property's distinct values (what DISTINCT keeps), an
 * unbound date, stage or year-about when the OPTIONAL finds none, no row for a mention lacking a required property;
 * then the query's page order ({@link Paging#stable}) as SPARQL compares ({@link EncodedRows}). Anything the query
 * might treat otherwise (neither parameter, a type that is not an IRI, a store that is not TDB2) reads the query.
 */
record TimelinePages() implements PageReader {
    static final String KEY = "timeline";
    /** The query's columns, in the order {@link #rows} builds them. */
    private static final List<String> COLUMNS = List.of("entity", "label", "year", "date", "file", "modality", "stage",
            "aboutYear", "surface", "quote", "start", "mention");
    private static final Node TARGET = PG.type(EntityType.TARGET);
    private static final Node ACTUAL = PG.type(EntityType.ACTUAL);

    /** None alone: {@code name}, {@code entity} or both. */
    @Override
    public String param() {
        return "";
    }

    @Override
    public Optional<Paging.Window> window(DatasetGraph dsg, Query query, Map<String, Node> params, Paging paging) {
        Node name = params.get("name");
        Node entity = params.get("entity");
        int given = (name == null ? 0 : 1) + (entity == null ? 0 : 1);
        if (given == 0 || params.size() != given || name != null && name.isBlank() || entity != null && !entity.isURI()
                || !query.getProjectVars().stream().map(Var::getVarName).toList().equals(COLUMNS)
                || !TDBInternal.isTDB2(dsg) || !AnswerSnapshot.isShipped(KEY, query)) {
            return Optional.empty();
        }
        Ids ids = new Ids(TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable());
        EncodedRows order = EncodedRows.of(query, COLUMNS, ids::node);
        if (order == null) {
            return Optional.empty();
        }
        List<String[]> rows = new ArrayList<>();
        Map<NodeId, List<NodeId[]>> docs = new HashMap<>();
        for (NodeId e : entities(ids, name, entity)) {
            Set<NodeId> types = ids.objects(e, ids.type);
            boolean shown = false;
            for (NodeId t : types) {
                if (!ids.decode(t).isURI()) {
                    return Optional.empty(); // FILTER (?type != …) on a literal or blank type: left to SPARQL
                }
                shown |= !t.equals(ids.target) && !t.equals(ids.actual);
            }
            Set<NodeId> labels = ids.objects(e, ids.label);
            if (!shown || labels.isEmpty()) {
                continue;
            }
            Set<NodeId> mentions = new LinkedHashSet<>();
            ids.find(NodeId.NodeIdAny, ids.mentions, e).forEachRemaining(q -> mentions.add(q.get(1)));
            for (NodeId m : mentions) {
                rows(ids, e, labels, m, docs, rows);
            }
        }
        return Optional.of(new Paging.Window(query.getProjectVars(), order.page(rows, paging), rows.size()));
    }

    /**
     * The entities {@code ?entity rdfs:label|skos:altLabel ?wanted} binds: with {@code name}, those whose label or
     * alternative label is {@code STRLANG(STR(?name), "zh")}; with {@code entity} alone, it if it has either.
     */
    private static Set<NodeId> entities(Ids ids, Node name, Node entity) {
        Set<NodeId> out = new LinkedHashSet<>();
        NodeId wanted = name == null ? NodeId.NodeIdAny : ids.id(NodeFactory.createLiteralLang(
                name.isURI() ? name.getURI() : name.getLiteralLexicalForm(), "zh"));
        NodeId subject = entity == null ? NodeId.NodeIdAny : ids.id(entity);
        for (NodeId p : List.of(ids.label, ids.altLabel)) {
            ids.find(subject, p, wanted).forEachRemaining(q -> out.add(q.get(1)));
        }
        return out;
    }

    /**
     * Adds the rows of mention {@code m} of entity {@code e}: each label, document (year, file, date or unbound),
     * modality, stage (or unbound), year about (or unbound), surface, quote and start of a text position selector.
     */
    private static void rows(Ids ids, NodeId e, Set<NodeId> labels, NodeId m, Map<NodeId, List<NodeId[]>> docs,
                             List<String[]> out) {
        Set<NodeId> inDocument = new LinkedHashSet<>();
        Set<NodeId> modality = new LinkedHashSet<>();
        Set<NodeId> surface = new LinkedHashSet<>();
        Set<NodeId> quote = new LinkedHashSet<>();
        Set<NodeId> targets = new LinkedHashSet<>();
        Set<NodeId> stage = new LinkedHashSet<>();
        Set<NodeId> aboutYear = new LinkedHashSet<>();
        for (Iterator<Tuple<NodeId>> it = ids.find(m, NodeId.NodeIdAny, NodeId.NodeIdAny); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            NodeId p = q.get(2);
            Set<NodeId> into = p.equals(ids.inDocument) ? inDocument : p.equals(ids.modality) ? modality
                    : p.equals(ids.surface) ? surface : p.equals(ids.evidence) ? quote : p.equals(ids.hasTarget) ? targets
                    : p.equals(ids.stage) ? stage : p.equals(ids.aboutYear) ? aboutYear : null;
            if (into != null) {
                into.add(q.get(3));
            }
        }
        if (inDocument.isEmpty() || modality.isEmpty() || surface.isEmpty() || quote.isEmpty() || targets.isEmpty()) {
            return;
        }
        Set<NodeId> start = new LinkedHashSet<>();
        for (NodeId t : targets) {
            for (NodeId sel : ids.objects(t, ids.hasSelector)) {
                boolean positional = false;
                List<NodeId> starts = new ArrayList<>(1);
                for (Iterator<Tuple<NodeId>> it = ids.find(sel, NodeId.NodeIdAny, NodeId.NodeIdAny); it.hasNext(); ) {
                    Tuple<NodeId> q = it.next();
                    if (q.get(2).equals(ids.start)) {
                        starts.add(q.get(3));
                    } else if (q.get(2).equals(ids.type) && q.get(3).equals(ids.positionSelector)) {
                        positional = true;
                    }
                }
                if (positional) {
                    start.addAll(starts);
                }
            }
        }
        if (start.isEmpty()) {
            return;
        }
        // (year, file, date) of each document; equal triples of two documents are one row (?doc is not shown).
        Set<List<NodeId>> places = new LinkedHashSet<>();
        for (NodeId d : inDocument) {
            for (NodeId[] yfd : docs.computeIfAbsent(d, x -> document(ids, x))) {
                places.add(Arrays.asList(yfd));
            }
        }
        List<NodeId> stages = stage.isEmpty() ? unbound() : List.copyOf(stage);
        List<NodeId> abouts = aboutYear.isEmpty() ? unbound() : List.copyOf(aboutYear);
        String ek = ids.key(e);
        String mk = ids.key(m);
        for (NodeId label : labels) {
            String lk = ids.key(label);
            for (List<NodeId> yfd : places) {
                for (NodeId mod : modality) {
                    for (NodeId st : stages) {
                        for (NodeId ab : abouts) {
                            for (NodeId su : surface) {
                                for (NodeId qu : quote) {
                                    for (NodeId sa : start) {
                                        out.add(new String[] {ek, lk, ids.key(yfd.get(0)), ids.key(yfd.get(2)),
                                            ids.key(yfd.get(1)), ids.key(mod), ids.key(st), ids.key(ab), ids.key(su),
                                            ids.key(qu), ids.key(sa), mk});
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** One unbound value (a null element: {@code List.of} refuses one). */
    private static List<NodeId> unbound() {
        List<NodeId> one = new ArrayList<>(1);
        one.add(null);
        return one;
    }

    /** A document's (year, file, date or null) combinations; none if it lacks a year or a file. */
    private static List<NodeId[]> document(Ids ids, NodeId d) {
        Set<NodeId> dates = ids.objects(d, ids.issued);
        List<NodeId[]> out = new ArrayList<>();
        for (NodeId y : ids.objects(d, ids.year)) {
            for (NodeId f : ids.objects(d, ids.sourceFile)) {
                for (NodeId date : dates.isEmpty() ? unbound() : dates) {
                    out.add(new NodeId[] {y, f, date});
                }
            }
        }
        return out;
    }

    /**
     * The quad table's node ids of the terms the query matches, finds over it in any named graph, and a short key
     * for each distinct id of the answer (equal keys, equal ids) with its term decoded once, when first asked for.
     */
    private static final class Ids {
        private final NodeTupleTable quads;
        final NodeId type;
        final NodeId label;
        final NodeId altLabel;
        final NodeId target;
        final NodeId actual;
        final NodeId mentions;
        final NodeId inDocument;
        final NodeId modality;
        final NodeId surface;
        final NodeId evidence;
        final NodeId hasTarget;
        final NodeId hasSelector;
        final NodeId positionSelector;
        final NodeId start;
        final NodeId year;
        final NodeId sourceFile;
        final NodeId issued;
        final NodeId stage;
        final NodeId aboutYear;
        private final Map<NodeId, String> keys = new HashMap<>();
        private final List<NodeId> byKey = new ArrayList<>();
        private final Map<String, Node> nodes = new HashMap<>();

        Ids(NodeTupleTable quads) {
            this.quads = quads;
            type = id(PG.rdfType);
            label = id(PG.rdfsLabel);
            altLabel = id(PG.skosAltLabel);
            target = id(TARGET);
            actual = id(ACTUAL);
            mentions = id(PG.mentions);
            inDocument = id(PG.inDocument);
            modality = id(PG.modality);
            surface = id(PG.surface);
            evidence = id(PG.evidence);
            hasTarget = id(PG.oaHasTarget);
            hasSelector = id(PG.oaHasSelector);
            positionSelector = id(PG.oaTextPositionSelector);
            start = id(PG.oaStart);
            year = id(PG.year);
            sourceFile = id(PG.sourceFile);
            issued = id(PG.dctIssued);
            stage = id(PG.stage);
            aboutYear = id(PG.aboutYear);
        }

        /** The id of {@code n}, or {@link NodeId#NodeDoesNotExist} (which {@link #find} matches nowhere). */
        NodeId id(Node n) {
            return quads.getNodeTable().getNodeIdForNode(n);
        }

        /** The quads (graph, subject, predicate, object) of any named graph matching the pattern. */
        Iterator<Tuple<NodeId>> find(NodeId s, NodeId p, NodeId o) {
            if (NodeId.isDoesNotExist(s) || NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o)) {
                return java.util.Collections.emptyIterator();
            }
            return quads.find(NodeId.NodeIdAny, s, p, o);
        }

        /** The distinct objects of (s, p) in any named graph. */
        Set<NodeId> objects(NodeId s, NodeId p) {
            Set<NodeId> out = new LinkedHashSet<>();
            find(s, p, NodeId.NodeIdAny).forEachRemaining(q -> out.add(q.get(3)));
            return out;
        }

        Node decode(NodeId id) {
            return quads.getNodeTable().getNodeForNodeId(id);
        }

        /** The key of {@code id} (null: unbound). */
        String key(NodeId id) {
            if (id == null) {
                return null;
            }
            String k = keys.get(id);
            if (k == null) {
                k = Integer.toString(byKey.size());
                keys.put(id, k);
                byKey.add(id);
            }
            return k;
        }

        /** The term of a key, decoded once. */
        Node node(String key) {
            return nodes.computeIfAbsent(key, k -> decode(byKey.get(Integer.parseInt(k))));
        }
    }
}
