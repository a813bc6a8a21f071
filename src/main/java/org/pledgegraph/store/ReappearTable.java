package org.pledgegraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;

/**
 * What the named query {@code reappear} joins, written with the other statistics at resolution (issue 14): per
 * government ({@code dct:spatial}, or none) and document year, every mention of its documents that names an entity
 * the query can show, as one literal. The query joined every promise of year {@code from} with every mention of
 * year {@code to} over the union graph (two scans of ~2.6 k and ~6.7 k mentions with a dozen index look-ups each,
 * 1.5 s at 1,045 documents); {@link ReappearPages} joins two of these lists in memory instead.
 *
 * <p>One line per mention (fields separated by tabs, terms by {@link TermCodec}, several terms of one field by
 * {@link TermCodec#SEPARATOR}): the document, its source files, 1 if the mention is a commitment, its evidence, its
 * stages, its modalities, the entities it names ({@code pg:mentions}) and the further entities a part or the whole
 * of those gives ({@code pg:partOf} either way). Only entities with a label and a type other than Target and Actual
 * are listed (the query shows no others), with those types and labels in a second literal. Every term is read from
 * the union graph, as the query reads it.
 */
final class ReappearTable {
    static final Node TABLE = PG.pg("reappearBase");
    static final Node YEAR = PG.pg("reappearYear");
    static final Node WHERE = PG.pg("reappearWhere");
    static final Node ROWS = PG.pg("reappearRows");
    static final Node ENTITIES = PG.pg("reappearEntities");
    /** The query's {@code COALESCE(?w, "no jurisdiction")} for a document without a government. */
    static final Node NOWHERE = NodeFactory.createLiteralString("no jurisdiction");
    private static final Node TARGET = PG.type(EntityType.TARGET);
    private static final Node ACTUAL = PG.type(EntityType.ACTUAL);
    private static final Node COMMITMENT = PG.pg("Commitment");

    private ReappearTable() {
    }

    /** Adds the table for the documents and entities of {@code dsg} (inside the caller's transaction) to {@code out}. */
    static void write(Graph out, IriMinter iris, DatasetGraph dsg) {
        TermCodec codec = new TermCodec(iris.base());
        out.add(iris.statistic("reappear"), TABLE, NodeFactory.createLiteralString(iris.base()));
        Map<Node, List<String>> entityCache = new HashMap<>(); // entity → {types, labels} encoded, or empty
        Map<Node, Set<Node>> related = new HashMap<>();
        // (where, year) → lines, and the entities they list; TreeMap: the written graph is deterministic.
        Map<String, Group> groups = new TreeMap<>();
        Set<Node> docs = new LinkedHashSet<>();
        dsg.find(Quad.unionGraph, Node.ANY, PG.year, Node.ANY).forEachRemaining(q -> docs.add(q.getSubject()));
        for (Node d : docs) {
            List<Node> files = Quads.distinctObjects(dsg, Quad.unionGraph, d, PG.sourceFile);
            if (files.isEmpty()) {
                continue;
            }
            List<Node> places = Quads.distinctObjects(dsg, Quad.unionGraph, d, PG.dctSpatial);
            if (places.isEmpty()) {
                places = List.of(NOWHERE);
            }
            List<String> lines = new ArrayList<>();
            Set<Node> listed = new LinkedHashSet<>();
            for (Node m : subjects(dsg, PG.inDocument, d)) {
                List<Node> evidence = Quads.distinctObjects(dsg, Quad.unionGraph, m, PG.evidence);
                List<Node> direct = new ArrayList<>();
                Set<Node> more = new LinkedHashSet<>();
                for (Node named : Quads.distinctObjects(dsg, Quad.unionGraph, m, PG.mentions)) {
                    if (shown(dsg, codec, named, entityCache)) {
                        direct.add(named);
                    }
                    for (Node e : related.computeIfAbsent(named, n -> partsAndWholes(dsg, n))) {
                        if (shown(dsg, codec, e, entityCache)) {
                            more.add(e);
                        }
                    }
                }
                more.removeAll(direct);
                if (evidence.isEmpty() || direct.isEmpty() && more.isEmpty()) {
                    continue;
                }
                List<Node> modalities = Quads.distinctObjects(dsg, Quad.unionGraph, m, PG.modality);
                List<Node> stages = Quads.distinctObjects(dsg, Quad.unionGraph, m, PG.stage);
                lines.add(codec.encode(d) + '\t' + codec.encodeAll(files) + '\t' + (modalities.contains(COMMITMENT) ? 1 : 0)
                        + '\t' + codec.encodeAll(evidence) + '\t' + codec.encodeAll(stages) + '\t'
                        + codec.encodeAll(modalities) + '\t' + codec.encodeAll(direct) + '\t' + codec.encodeAll(more) + '\n');
                listed.addAll(direct);
                listed.addAll(more);
            }
            lines.sort(null);
            for (Node where : places) {
                for (Node year : Quads.distinctObjects(dsg, Quad.unionGraph, d, PG.year)) {
                    Group g = groups.computeIfAbsent(codec.encode(where) + '\t' + codec.encode(year),
                            k -> new Group(where, year, new ArrayList<>(), new LinkedHashSet<>()));
                    g.lines().addAll(lines);
                    g.entities().addAll(listed);
                }
            }
        }
        int i = 0;
        for (Group g : groups.values()) {
            Node s = iris.statistic("reappear/" + i++);
            out.add(s, WHERE, g.where());
            out.add(s, YEAR, g.year());
            g.lines().sort(null);
            out.add(s, ROWS, NodeFactory.createLiteralString(String.join("", g.lines())));
            StringBuilder entities = new StringBuilder();
            g.entities().stream().map(e -> codec.encode(e) + '\t' + String.join("\t", entityCache.get(e)) + '\n').sorted()
                    .forEach(entities::append);
            out.add(s, ENTITIES, NodeFactory.createLiteralString(entities.toString()));
        }
    }

    private record Group(Node where, Node year, List<String> lines, Set<Node> entities) {
    }

    /**
     * Whether the query shows {@code e}: it has a label and a type other than Target and Actual; their terms are
     * kept in {@code cache} ({types, labels} encoded, or empty for an entity not shown).
     */
    private static boolean shown(DatasetGraph dsg, TermCodec codec, Node e, Map<Node, List<String>> cache) {
        return !cache.computeIfAbsent(e, x -> {
            List<Node> types = new ArrayList<>(Quads.distinctObjects(dsg, Quad.unionGraph, x, PG.rdfType));
            types.removeIf(t -> t.equals(TARGET) || t.equals(ACTUAL));
            List<Node> labels = Quads.distinctObjects(dsg, Quad.unionGraph, x, PG.rdfsLabel);
            if (types.isEmpty() || labels.isEmpty()) {
                return List.of();
            }
            return List.of(codec.encodeAll(types), codec.encodeAll(labels));
        }).isEmpty();
    }

    /** {@code ?named (pg:partOf|^pg:partOf)? ?entity} without {@code named} itself. */
    private static Set<Node> partsAndWholes(DatasetGraph dsg, Node named) {
        Set<Node> out = new LinkedHashSet<>(Quads.distinctObjects(dsg, Quad.unionGraph, named, PG.partOf));
        out.addAll(subjects(dsg, PG.partOf, named));
        out.remove(named);
        return out;
    }

    private static Collection<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Quad.unionGraph, Node.ANY, p, o).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

}
