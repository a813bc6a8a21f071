package org.pledgegraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.ingest.Ingest;
import org.pledgegraph.ingest.IngestListener;
import org.pledgegraph.rdf.IriMinter;
import org.pledgegraph.rdf.PG;
import org.pledgegraph.store.GovernmentFigures;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.store.Statistics;

/**
 * The statistics graph the home, government and document pages read gives what the direct queries over the
 * union graph give, after two ingests into one store: the second replaces a document (same file, other
 * text) and adds one; a copy of a seed filed under another government makes a second government.
 */
class StatisticsTablesIT {
    static final String BASE = IriMinter.DEFAULT_BASE;
    static final String MANIFEST_HEADER = "file\tissued\tyear\tkind\ttitle\tbody\tjurisdiction\tcomment\n";
    @TempDir
    static Path tmp;
    static GraphStore store;

    @BeforeAll
    static void ingestTwice() throws IOException {
        Path seeds = Path.of("seeds");
        Map<String, String> manifest = new TreeMap<>();
        for (String line : Files.readAllLines(seeds.resolve("manifest.tsv"))) {
            if (!line.startsWith("#") && !line.startsWith("file\t")) {
                manifest.put(line.substring(0, line.indexOf('\t')), line);
            }
        }
        String replaced = "001_b64101aa0c6a0ce7.txt";
        String full = Files.readString(seeds.resolve(replaced));
        Path first = Files.createDirectories(tmp.resolve("first"));
        // First ingest: the replaced report cut to its first half, three seeds, and a seed's text filed by
        // another government (text changed, or it would be recorded as another file of the same document).
        write(first, replaced, full.substring(0, full.length() / 2));
        for (String f : List.of("000_8b5d310501e46dd4.txt", "002_1352a3e80078e6b8.txt", "003_d45b306f38fa5f8e.txt")) {
            Files.copy(seeds.resolve(f), first.resolve(f));
        }
        String other = "005_other_government.txt";
        write(first, other, Files.readString(seeds.resolve("002_1352a3e80078e6b8.txt")) + "\n另一政府的副本。\n");
        String otherRow = manifest.get("002_1352a3e80078e6b8.txt").replace("002_1352a3e80078e6b8.txt", other)
                .replace("\t安阳市北关区\t", "\t安阳市文峰区\t");
        Files.writeString(first.resolve("manifest.tsv"), MANIFEST_HEADER + String.join("\n", manifest.get(replaced),
                manifest.get("000_8b5d310501e46dd4.txt"), manifest.get("002_1352a3e80078e6b8.txt"),
                manifest.get("003_d45b306f38fa5f8e.txt"), otherRow) + "\n");
        // Second ingest: the whole report (replacing the half) and the last seed.
        Path second = Files.createDirectories(tmp.resolve("second"));
        write(second, replaced, full);
        Files.copy(seeds.resolve("004_ca738dd9d9ca4cdf.txt"), second.resolve("004_ca738dd9d9ca4cdf.txt"));
        Files.writeString(second.resolve("manifest.tsv"), MANIFEST_HEADER + manifest.get(replaced) + "\n"
                + manifest.get("004_ca738dd9d9ca4cdf.txt") + "\n");
        store = GraphStore.open(tmp.resolve("db"));
        assertEquals(5, Ingest.create(store).run(List.of(first), IngestListener.NONE).documents());
        assertEquals(2, Ingest.create(store).run(List.of(second), IngestListener.NONE).documents());
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static List<Node> governments(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        dsg.find(Node.ANY, Node.ANY, PG.dctSpatial, Node.ANY).forEachRemaining(q -> out.add(q.getObject().getURI()));
        return out.stream().map(org.apache.jena.graph.NodeFactory::createURI).toList();
    }

    @Test
    void homeTablesAreTheDirectCounts() {
        store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            IriMinter iris = IriMinter.withBase(BASE);
            assertTrue(Statistics.present(dsg, iris));
            Map<String, Integer> direct = new TreeMap<>();
            for (Binding r : Sparql.select(dsg, HomePage.DOCS, Map.of())) {
                direct.merge(Layout.lex(r.get("place")) + " " + Layout.lex(r.get("year")), Integer.parseInt(Layout.lex(r.get("n"))),
                        Integer::sum);
            }
            Map<String, Integer> table = new TreeMap<>();
            Statistics.documentCounts(dsg, iris).forEach((place, years) -> years.forEach((y, n) ->
                    table.put((place == null ? "" : place.getURI()) + " " + y, n)));
            assertEquals(direct, table);
            assertEquals(2, governments(dsg).size(), "two governments");
            assertEquals(6, table.values().stream().mapToInt(Integer::intValue).sum(), "six documents (one replaced)");
            Map<String, String> types = new TreeMap<>();
            Sparql.select(dsg, HomePage.TYPES, Map.of()).forEach(r -> types.put(Layout.local(r.get("type")), Layout.lex(r.get("n"))));
            Map<String, String> typeTable = new TreeMap<>();
            Statistics.typeCounts(dsg, iris).forEach(e -> typeTable.put(e.getKey(), String.valueOf(e.getValue())));
            assertEquals(types, typeTable);
            return null;
        });
    }

    /**
     * The statistics graph is visible to every SPARQL user, though the export leaves it out: each pg: property it
     * uses is defined in the ontology the server publishes, with a label and a definition in both languages. The
     * answer tables' column properties (pg:{table}{Column}, store.AnswerTable) are described there as one family.
     */
    @Test
    void everyPropertyOfTheStatisticsGraphIsDefinedInTheOntology() {
        org.apache.jena.graph.Graph ontology = org.pledgegraph.rdf.OntologyFiles.vocabulary();
        Node definition = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
        TreeSet<String> used = store.read(() -> {
            TreeSet<String> out = new TreeSet<>();
            store.datasetGraph().find(IriMinter.withBase(BASE).statisticsGraph(), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> {
                        String p = q.getPredicate().getURI();
                        if (p.startsWith(PG.NS) && !p.substring(PG.NS.length()).matches("(tva|ps|dec|cmp|bi|ni|dr)[A-Z].*")) {
                            out.add(p);
                        }
                    });
            return out;
        });
        assertTrue(used.size() >= 20, "the tables of every kind are written: " + used);
        List<String> undefined = new ArrayList<>();
        for (String p : used) {
            Node n = org.apache.jena.graph.NodeFactory.createURI(p);
            for (Node about : List.of(PG.rdfsLabel, definition)) {
                for (String lang : List.of("en", "zh")) {
                    if (ontology.find(n, about, Node.ANY).toList().stream()
                            .noneMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()))) {
                        undefined.add(PG.localName(n) + " " + about.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), undefined, "properties of the statistics graph the ontology does not define");
    }

    @Test
    void governmentTablesGiveTheMatrixAndTrackerOfEveryMention() {
        store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            var partOf = everyPartOf(dsg); // the whole-store map the page used before its per-promise look-ups
            java.util.function.Function<Node, java.util.Set<Node>> related = e -> partOf.getOrDefault(e, java.util.Set.of());
            for (Node place : governments(dsg)) {
                List<PlacePage.M> direct = PlacePage.mentions(dsg, place);
                List<PlacePage.M> table = PlacePage.mentions(dsg, BASE, place);
                assertFalse(direct.isEmpty(), place.toString());
                assertTrue(table.size() <= direct.size(), "the table keeps one mention per entity, document, modality, stage");
                TreeMap<Integer, String> docs = new TreeMap<>();
                direct.forEach(m -> docs.put(m.year(), m.file()));
                TreeMap<Integer, String> tableDocs = new TreeMap<>();
                table.forEach(m -> tableDocs.put(m.year(), m.file()));
                assertEquals(docs, tableDocs, "documents by year");
                assertEquals(matrix(direct, docs), matrix(table, docs), place + ": matrix");
                // As sets: the query repeats a target once per mention of it, the page keeps one.
                assertEquals(new TreeSet<>(rows(Sparql.select(dsg, PlacePage.FIGURES, Map.of("r", place)))),
                        new TreeSet<>(rows(GovernmentFigures.rows(dsg, place))), place + ": figures");
                // The table written at resolution is what the page computed from the documents.
                assertEquals(GovernmentFigures.shown(GovernmentFigures.rows(dsg, place)),
                        GovernmentFigures.table(dsg, IriMinter.withBase(BASE), place), place + ": figures table");
                for (int from : docs.keySet()) {
                    List<Integer> tos = new ArrayList<>(docs.tailMap(from, false).keySet());
                    tos.add(null);
                    for (Integer to : tos) {
                        assertEquals(PromiseTracker.trackerRows(PromiseTracker.track(direct, related, from, to)),
                                PromiseTracker.trackerRows(PromiseTracker.track(table, related, from, to)), place + " " + from + "→" + to);
                        assertEquals(PromiseTracker.trackerRows(PromiseTracker.track(table, related, from, to)),
                                PromiseTracker.trackerRows(PromiseTracker.track(dsg, BASE, table, from, to)), place + " " + from + "→" + to
                                + ": parts and wholes looked up per promise");
                    }
                }
            }
            return null;
        });
    }

    private static String matrix(List<PlacePage.M> all, TreeMap<Integer, ?> docs) {
        StringBuilder b = new StringBuilder();
        PlacePage.matrix(b, BASE, all, docs, Integer.MAX_VALUE);
        return b.toString();
    }

    @Test
    void documentRowsFromItsOwnGraphAreTheQuerysRows() {
        store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            List<Node> docs = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Document).forEachRemaining(q -> docs.add(q.getSubject()));
            assertEquals(6, docs.size());
            for (Node doc : docs) {
                List<String> direct = rows(Sparql.select(dsg, DocumentPage.MENTIONS, Map.of("r", doc)));
                List<String> own = rows(DocumentMentions.rows(dsg, BASE, doc));
                assertTrue(direct.size() > 10, doc + ": " + direct.size());
                assertEquals(direct, own, doc.toString());
            }
            return null;
        });
    }

    /**
     * The entity page's timeline, read by look-ups, is the rows of its query in the query's order, for the
     * most-mentioned entities and every 25th of the rest.
     */
    @Test
    void entityTimelineByLookUpsIsTheQuerysRows() {
        store.read(() -> {
            DatasetGraph dsg = store.datasetGraph();
            List<Binding> counted = Sparql.select(dsg, Sparql.parse("""
                    SELECT ?x WHERE { ?x pg:mentionCount ?n ; rdfs:label ?l } ORDER BY DESC(?n) ?x"""), Map.of());
            assertTrue(counted.size() > 100, "entities: " + counted.size());
            int compared = 0;
            for (int i = 0; i < counted.size(); i++) {
                if (i >= 30 && i % 25 != 0) {
                    continue;
                }
                Node e = counted.get(i).get("x");
                List<String> byQuery = ordered(org.pledgegraph.store.Describer.timelineByQuery(dsg, e));
                assertFalse(byQuery.isEmpty(), e.toString());
                assertEquals(byQuery, ordered(org.pledgegraph.store.Describer.timeline(dsg, e)), e + ": timeline");
                compared++;
            }
            assertTrue(compared > 30, "entities compared: " + compared);
            return null;
        });
    }

    /** Each row as its sorted variable=value pairs, in the rows' order. */
    private static List<String> ordered(List<Binding> bindings) {
        List<String> out = new ArrayList<>();
        for (Binding b : bindings) {
            TreeMap<String, String> vars = new TreeMap<>();
            b.vars().forEachRemaining(v -> vars.put(v.getVarName(), b.get(v).toString()));
            out.add(vars.toString());
        }
        return out;
    }

    /** Each row as its sorted variable=value pairs, the rows sorted (ties of the query's order are free). */
    private static List<String> rows(List<Binding> bindings) {
        List<String> out = new ArrayList<>();
        for (Binding b : bindings) {
            TreeMap<String, String> vars = new TreeMap<>();
            b.vars().forEachRemaining(v -> {
                if (!v.getVarName().equals("ind")) { // GovernmentFigures keeps the join key
                    vars.put(v.getVarName(), b.get(v).toString());
                }
            });
            out.add(vars.toString());
        }
        out.sort(null);
        return out;
    }

    /** A store whose statistics layout is older (no pg:silentSince yet) is resolved again, once. */
    @Test
    void aStoreOfAnOlderLayoutIsResolvedAgain() {
        IriMinter iris = IriMinter.withBase(BASE);
        Node silentSince = PG.pg("silentSince");
        Ingest ingest = Ingest.create(store);
        assertFalse(ingest.updateDerivedLayout(), "written by this layout: nothing to do");
        long written = store.read(() -> org.apache.jena.atlas.iterator.Iter.count(
                store.datasetGraph().find(Node.ANY, Node.ANY, silentSince, Node.ANY)));
        assertTrue(written > 0, "some promise of the seeds is silent since a year");
        // What a store of the previous layout looks like: neither the shortcut nor the layout mark.
        store.write(() -> {
            store.datasetGraph().deleteAny(iris.entitiesGraph(), Node.ANY, silentSince, Node.ANY);
            store.datasetGraph().deleteAny(iris.statisticsGraph(), Node.ANY, PG.pg("statLayout"), Node.ANY);
        });
        assertTrue(ingest.updateDerivedLayout());
        assertEquals(written, (long) store.read(() -> org.apache.jena.atlas.iterator.Iter.count(
                store.datasetGraph().find(Node.ANY, Node.ANY, silentSince, Node.ANY))));
        assertFalse(ingest.updateDerivedLayout());
    }

    /**
     * `reappear` joined from the per-government lists (ReappearTable) gives the union-graph query's answer on a store
     * of two governments, one of which holds a copy of the other's 2024 report (its mentions must not count as the
     * first government's promises reappearing); a store of the previous layout (no lists) reads the query, and is
     * given the lists when resolved again.
     */
    @Test
    void reappearFromTheListsIsTheQuerysAnswerAndAnOlderStoreGetsThem() {
        var queries = org.pledgegraph.store.NamedQueries.load(Path.of("queries"));
        var lists = queries.get("reappear");
        var scan = new org.pledgegraph.store.NamedQuery(lists.name(), lists.summary(), lists.question(),
                lists.parameters(), lists.query(), lists.text().replace("# pages:", "# (no) pages:"));
        var runner = new org.pledgegraph.store.QueryRunner(store);
        Node rowsProperty = PG.pg("reappearRows");
        java.util.function.Supplier<String> compare = () -> {
            StringBuilder seen = new StringBuilder();
            for (String pair : List.of("2022 2024", "2021 2022", "2024 2022", "2024 2024", "2022 2023",
                    "2022 2024 北关区", "2024 2024 文峰区", "2022 2024 文峰区")) {
                String[] y = pair.split(" ");
                List<String> given = new ArrayList<>(List.of("from=" + y[0], "to=" + y[1]));
                if (y.length > 2) {
                    given.add("jurisdiction=" + y[2]);
                }
                var params = org.pledgegraph.store.QueryRunner.parseParams(given);
                var a = new java.io.ByteArrayOutputStream();
                var b = new java.io.ByteArrayOutputStream();
                long na = runner.run(scan, params, org.pledgegraph.store.QueryRunner.Format.tsv, a,
                        org.pledgegraph.store.Paging.ALL);
                long nb = runner.run(lists, params, org.pledgegraph.store.QueryRunner.Format.tsv, b,
                        org.pledgegraph.store.Paging.ALL);
                assertEquals(na, nb, pair);
                assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8), pair);
                seen.append(pair).append(':').append(nb).append(' ');
            }
            return seen.toString();
        };
        String before = compare.get();
        assertTrue(before.contains("2022 2024:") && !before.contains("2022 2024:0 "), before);
        IriMinter iris = IriMinter.withBase(BASE);
        assertTrue(store.read(() -> store.datasetGraph().find(Node.ANY, Node.ANY, rowsProperty, Node.ANY).hasNext()));
        // The 2024 report's copy filed by the other government lists its mentions under that government only.
        long governments = store.read(() -> {
            java.util.Set<Node> where = new java.util.HashSet<>();
            store.datasetGraph().find(Node.ANY, Node.ANY, PG.pg("reappearWhere"), Node.ANY)
                    .forEachRemaining(q -> where.add(q.getObject()));
            return (long) where.size();
        });
        assertEquals(2, governments);
        // A store of layout 7: neither the lists nor the layout mark.
        store.write(() -> {
            store.datasetGraph().deleteAny(iris.statisticsGraph(), Node.ANY, PG.pg("reappearBase"), Node.ANY);
            store.datasetGraph().deleteAny(iris.statisticsGraph(), Node.ANY, PG.pg("statLayout"), Node.ANY);
        });
        assertEquals(before, compare.get(), "without the lists the query is read as before");
        assertTrue(Ingest.create(store).updateDerivedLayout());
        assertTrue(store.read(() -> store.datasetGraph().find(Node.ANY, Node.ANY, PG.pg("reappearBase"), Node.ANY)
                .hasNext()));
        assertEquals(before, compare.get());
    }

    /** Each entity's parts and wholes (pg:partOf, one step either way), read from every pg:partOf of the store. */
    private static Map<Node, java.util.Set<Node>> everyPartOf(DatasetGraph dsg) {
        Map<Node, java.util.Set<Node>> out = new java.util.HashMap<>();
        dsg.find(Node.ANY, Node.ANY, PG.partOf, Node.ANY).forEachRemaining(q -> {
            out.computeIfAbsent(q.getSubject(), k -> new java.util.HashSet<>()).add(q.getObject());
            out.computeIfAbsent(q.getObject(), k -> new java.util.HashSet<>()).add(q.getSubject());
        });
        return out;
    }
}
