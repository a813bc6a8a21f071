package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgegraph.it.SeededStoreExtension;

class QueryRunnerIT {
    @RegisterExtension
    static final SeededStoreExtension SEEDED = SeededStoreExtension.store();
    static GraphStore store;
    static final NamedQueries QUERIES = NamedQueries.load(Path.of("queries"));
    static final String DRONE_CENTRE = "国家级无人机检验检测中心";

    @BeforeAll
    static void ingest() {
        store = SEEDED.graphStore();
    }

    static Stream<String> queryNames() {
        return QUERIES.all().stream().map(NamedQuery::name);
    }

    @Test
    void everyNamedQueryHasASummaryAndRuns() {
        assertTrue(QUERIES.all().size() >= 11);
        for (NamedQuery q : QUERIES.all()) {
            assertTrue(!q.summary().isEmpty(), q.name() + " has no '# summary:' line");
            new QueryRunner(store).run(q, Map.of(), QueryRunner.Format.csv, new ByteArrayOutputStream());
        }
    }

    /** Header: summary, question, example; every declared param is a variable of the query; the example returns rows. */
    @ParameterizedTest
    @MethodSource("queryNames")
    void queryDeclaresItsParamsAndItsExampleReturnsRows(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8);
        assertTrue(text.contains("# question:"), name + ": no '# question:'");
        Matcher ex = Pattern.compile("(?m)^# example: \\./pledgegraph query " + Pattern.quote(name) + "((?: --param \\S+)*)")
                .matcher(text);
        assertTrue(ex.find(), name + ": no '# example: ./pledgegraph query " + name + " …' line");
        NamedQuery q = QUERIES.get(name);
        var vars = new HashSet<String>();
        for (String p : q.params()) {
            assertTrue(text.contains("?" + p), name + ": declared param '" + p + "' is not a variable of the query");
        }
        List<String> pairs = new ArrayList<>();
        Matcher p = Pattern.compile("--param (\\S+)").matcher(ex.group(1));
        while (p.find()) {
            String pair = p.group(1).replace("'", "");
            pairs.add(pair);
            vars.add(pair.substring(0, pair.indexOf('=')));
        }
        assertTrue(q.params().containsAll(vars), name + ": example uses undeclared params " + vars);
        assertFalse(rows(name, pairs).isEmpty(), name + ": its example returns no rows");
    }

    /**
     * A page is ordered in a bounded heap over the unordered rows (Paging.topWindow); it must be exactly that
     * slice of the whole ordered answer, with the same total, for every named query and several page sizes.
     */
    @ParameterizedTest
    @MethodSource("queryNames")
    void everyPageIsTheSliceOfTheWholeOrderedAnswer(String name) {
        NamedQuery q = QUERIES.get(name);
        if (!q.query().isSelectType()) {
            return;
        }
        QueryRunner runner = new QueryRunner(store);
        Map<String, org.apache.jena.graph.Node> params = name.equals("search")
                ? QueryRunner.parseParams(List.of("phrase=产业")) : Map.of();
        QueryRunner.Table all = runner.select(q, params, Paging.ALL);
        for (int size : new int[] {1, 7, 100}) {
            for (int page = 1; page <= 3; page++) {
                QueryRunner.Table t = runner.select(q, params, Paging.of(page, size, "test"));
                int from = Math.min(all.rows().size(), (page - 1) * size);
                int to = Math.min(all.rows().size(), from + size);
                assertEquals(all.total(), t.total(), name + " total");
                // By column, as a page is written: a binding's toString also shows the order the engine bound
                // its variables in, which differs between TDB2's evaluation and a table page's row view.
                assertEquals(all.columns(), t.columns(), name + " columns");
                assertEquals(all.rows().subList(from, to).stream().map(r -> line(all.columns(), r)).toList(),
                        t.rows().stream().map(r -> line(t.columns(), r)).toList(), name + " page " + page + " of " + size);
            }
        }
        assertTrue(name.equals("search") || all.total() == rows(name, List.of()).size());
    }

    @Test
    void documentsListsTheFiveSeeds() {
        assertEquals(5, rows("documents", List.of()).size());
    }

    @Test
    void reappearListsTheHospitalPromisedIn2022AndMentionedIn2024WithBothSentences() {
        List<CSVRecord> rows = rows("reappear", List.of("from=2022", "to=2024"));
        CSVRecord hospital = find(rows, "label", "北关区人民医院项目");
        assertEquals("001_b64101aa0c6a0ce7.txt", hospital.get("fromFile"));
        assertEquals("002_1352a3e80078e6b8.txt", hospital.get("toFile"));
        assertTrue(hospital.get("promise").contains("加快推进北关区人民医院项目建设"), hospital.toString());
        assertTrue(hospital.get("later").contains("完善公共卫生服务体系"), hospital.toString());
        // 2022 wrote 国家级无人机检测中心, 2024 国家级无人机检验检测中心: one entity by the wording-variant rule.
        assertTrue(find(rows, "label", DRONE_CENTRE).get("promise").contains("国家级无人机检测中心"));
        assertEquals(rows.size(), rows.stream().map(CSVRecord::toList).distinct().count(), "rows are distinct");
    }

    @Test
    void reappearOnlyReturnsTheRequestedYears() {
        for (CSVRecord r : rows("reappear", List.of("from=2022", "to=2024"))) {
            assertTrue(r.get("fromFile").startsWith("001_") || r.get("fromFile").startsWith("003_"), r.toString());
            assertEquals("002_1352a3e80078e6b8.txt", r.get("toFile"));
        }
    }

    /**
     * `reappear` with `from` and `to` is joined from resolution's per-government lists (ReappearPages): for every
     * pair of the seeds' years (a year with itself, a later year with an earlier one, a year without documents),
     * every row, the total and pages of several sizes are what the query over the union graph gives, and the short
     * way was taken; with `jurisdiction` too.
     */
    @Test
    void reappearFromTheListsIsTheQuerysAnswer() {
        NamedQuery lists = QUERIES.get("reappear");
        PageReader pages = PageReader.of(lists).orElseThrow();
        NamedQuery scan = PagesCheck.scanned(lists);
        assertFalse(PageReader.of(scan).isPresent());
        QueryRunner runner = new QueryRunner(store);
        List<Integer> years = List.of(1990, 2020, 2021, 2022, 2023, 2024, 2025);
        int rows = 0;
        for (int from : years) {
            for (int to : years) {
                Map<String, Node> params = QueryRunner.parseParams(List.of("from=" + from, "to=" + to));
                for (Paging paging : List.of(Paging.ALL, Paging.first(), Paging.of(1, 7, "t"), Paging.of(2, 7, "t"),
                        Paging.of(1000, 100, "t"))) {
                    int n = PagesCheck.assertSameAnswer(store, runner, pages, lists, scan, params, paging,
                            from + "→" + to + " " + paging);
                    rows += paging == Paging.ALL ? n : 0;
                }
                ByteArrayOutputStream outA = new ByteArrayOutputStream();
                ByteArrayOutputStream outB = new ByteArrayOutputStream();
                runner.run(scan, params, QueryRunner.Format.tsv, outA, Paging.ALL);
                runner.run(lists, params, QueryRunner.Format.tsv, outB, Paging.ALL);
                assertEquals(outA.toString(StandardCharsets.UTF_8), outB.toString(StandardCharsets.UTF_8), from + "→" + to);
            }
        }
        assertTrue(rows > 10, "rows compared: " + rows);
        // The pages after a pair's first were read from the lists' MentionIndexes kept for the store.
        DerivedFromText kept = store.datasetGraph().getContext().get(DerivedFromText.SYMBOL);
        assertTrue(kept.count(MentionIndex.class) > 0, "kept MentionIndexes");
        // `jurisdiction` as a code (an integer), a full and a short name, and one no document speaks for.
        int placed = 0;
        for (String place : List.of("410503", "安阳市北关区", "北关", "无此地")) {
            for (String pair : List.of("2022 2024", "2021 2022", "2022 2022")) {
                String[] y = pair.split(" ");
                Map<String, Node> params = QueryRunner.parseParams(List.of("from=" + y[0], "to=" + y[1],
                        "jurisdiction=" + place));
                String what = place + " " + pair;
                assertTrue(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(lists.query()), params,
                        Paging.first())).isPresent(), what);
                QueryRunner.Table a = runner.select(scan, params, Paging.ALL);
                QueryRunner.Table b = runner.select(lists, params, Paging.ALL);
                assertEquals(a.total(), b.total(), what);
                assertEquals(a.rows().stream().map(r -> line(a.columns(), r)).toList(),
                        b.rows().stream().map(r -> line(b.columns(), r)).toList(), what);
                placed += b.rows().size();
            }
        }
        assertTrue(placed > 10, "rows compared with a jurisdiction: " + placed);
    }

    /**
     * `timeline` with a name, an entity or both, read from the quad table (TimelinePages), equals the query evaluated
     * over the union graph: every row, total and page, for every label and alternative label of the store, entities
     * alone, an entity with its own name and with another's, and names no entity has.
     */
    @Test
    void timelineFromTheQuadTableIsTheQuerysAnswer() {
        NamedQuery read = QUERIES.get("timeline");
        PageReader pages = PageReader.of(read).orElseThrow();
        NamedQuery scan = PagesCheck.scanned(read);
        assertFalse(PageReader.of(scan).isPresent());
        List<String> names = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (String pair : pairs("PREFIX pg: <https://w3id.org/pledgegraph/ontology#> "
                + "SELECT DISTINCT ?a ?b WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label>"
                + "|<http://www.w3.org/2004/02/skos/core#altLabel> ?l . [] pg:mentions ?a . BIND (STR(?l) AS ?b) }")) {
            int space = pair.indexOf(' ');
            entities.add(pair.substring(0, space).replaceAll("^<|>$", ""));
            names.add(pair.substring(space + 1));
        }
        assertTrue(names.size() > 20, "names: " + names.size());
        List<List<String>> sets = new ArrayList<>();
        names.stream().distinct().forEach(n -> sets.add(List.of("name=" + n)));
        for (int i = 0; i < entities.size(); i += 7) {
            sets.add(List.of("entity=<" + entities.get(i) + ">"));
            sets.add(List.of("entity=<" + entities.get(i) + ">", "name=" + names.get(i)));
            sets.add(List.of("entity=<" + entities.get(i) + ">", "name=" + names.get((i + 1) % names.size())));
        }
        for (String none : List.of("无此名", "a\"b", "2024", "", "<https://example.org/x>")) {
            sets.add(List.of("name=" + none));
        }
        sets.add(List.of("entity=<https://w3id.org/pledgegraph/id/park/none>"));
        QueryRunner runner = new QueryRunner(store);
        long rows = 0;
        for (List<String> set : sets) {
            Map<String, Node> params = QueryRunner.parseParams(set);
            for (Paging paging : List.of(Paging.ALL, Paging.first(), Paging.of(2, 3, "t"), Paging.of(1000, 100, "t"))) {
                int n = PagesCheck.assertSameAnswer(store, runner, pages, read, scan, params, paging, set + " " + paging);
                rows += paging == Paging.ALL ? n : 0;
            }
        }
        assertTrue(rows > 100, "rows compared: " + rows);
        // Without a parameter (every entity's timeline) the query is evaluated.
        assertFalse(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(read.query()), Map.of(),
                Paging.first())).isPresent());
    }

    @Test
    void droppedListsA2021RoadNeverMentionedAgainButNotOneThatWas() {
        List<CSVRecord> rows = rows("dropped", List.of("from=2021"));
        assertEquals("000_8b5d310501e46dd4.txt", find(rows, "label", "万雅大道").get("file"));
        assertTrue(rows.stream().noneMatch(r -> r.get("label").equals("万金大道")), "万金大道 is mentioned in 2022");
        assertTrue(rows.stream().allMatch(r -> r.get("from").equals("2021")));
    }

    @Test
    void completedShowsTheRoadPromisedIn2021AndReportedBuiltWithItsLag() {
        CSVRecord road = find(rows("completed", List.of()), "label", "万金大道");
        assertEquals("2021", road.get("promisedIn"));
        assertEquals("0", road.get("lag"));
        assertEquals("001_b64101aa0c6a0ce7.txt", road.get("reportFile"));
        assertTrue(road.get("stage").endsWith("#Completed"));
    }

    @Test
    void timelineByNameIncludesTheAbbreviatedMentionMergedByDropAdminPrefix() {
        List<CSVRecord> rows = rows("timeline", List.of("name=北关区人民医院项目"));
        // 2022's abbreviation is read with or without 项目 (the judge's choice between the two overlapping names).
        assertEquals(List.of("区人民医院", "北关区人民医院项目", "北关区人民医院项目"),
                rows.stream().map(r -> r.get("surface").replaceFirst("^区人民医院项目$", "区人民医院")).toList());
        assertEquals(List.of("2022", "2022", "2024"), rows.stream().map(r -> r.get("year")).toList());
        String iri = rows.get(0).get("entity");
        assertEquals(3, rows("timeline", List.of("entity=<" + iri + ">")).size());
    }

    @Test
    void newInListsEntitiesFirstSeenThatYearOnly() {
        List<CSVRecord> rows = rows("new-in", List.of("year=2024"));
        find(rows, "label", "豫检集团");
        assertTrue(rows.stream().noneMatch(r -> r.get("label").equals("北关区人民医院项目")), "first seen in 2022");
    }

    @Test
    void targetsVsActualsPairsTheConstructionTaxTargetWithIts2025Figure() {
        CSVRecord tax = find(rows("targets-vs-actuals", List.of("year=2025")), "indicatorLabel", "建筑业税收");
        assertEquals("000_8b5d310501e46dd4.txt", tax.get("targetFile"));
        assertTrue(tax.get("comparator").endsWith("#Exceeds"));
        // 2021: 到2025年建筑业税收突破5亿元; 2026: 建筑业完成产值80.4亿元,实现税收3.25亿元 (the clause inherits 建筑业).
        assertEquals("004_ca738dd9d9ca4cdf.txt", tax.get("actualFile"));
        assertEquals(0, new java.math.BigDecimal("3.25").compareTo(new java.math.BigDecimal(tax.get("actualValue"))));
        assertEquals("missed", tax.get("status"));
    }

    @Test
    void byIndustryAndInPlaceFilterByTheirParameter() {
        List<CSVRecord> textiles = rows("by-industry", List.of("industry=<https://w3id.org/pledgegraph/industry/textiles-apparel>"));
        find(textiles, "label", "佰源针织");
        assertTrue(textiles.stream().allMatch(r -> r.get("industry").endsWith("/textiles-apparel")));
        List<CSVRecord> town = rows("in-place", List.of("place=柏庄镇"));
        find(town, "label", "柏庄镇卫生院");
        assertTrue(town.stream().allMatch(r -> r.get("placeName").equals("柏庄镇")));
    }

    @Test
    void searchFindsNamesAndSentences() {
        List<CSVRecord> rows = rows("search", List.of("phrase=检测中心"));
        assertTrue(rows.stream().anyMatch(r -> r.get("match").equals("name") && r.get("label").equals(DRONE_CENTRE)));
        assertTrue(rows.stream().anyMatch(r -> r.get("match").equals("evidence") && r.get("label").equals("豫检集团")));
    }

    @Test
    void pagesAreDisjointStableAndCarryTheTotal() {
        NamedQuery mentions = QUERIES.get("mentions");
        QueryRunner runner = new QueryRunner(store);
        QueryRunner.Table all = runner.select(mentions, Map.of());
        assertTrue(all.rows().size() > 2 * Paging.DEFAULT_SIZE, "the seeds have enough mentions for three pages");
        QueryRunner.Table first = runner.select(mentions, Map.of(), Paging.first());
        assertEquals(Paging.DEFAULT_SIZE, first.rows().size());
        assertEquals(all.rows().size(), first.total());
        // Every page of 97 rows, in turn, gives every row once; the same page twice gives the same rows.
        List<String> paged = new ArrayList<>();
        long pages = Paging.of(1, 97, "test").pages(first.total());
        for (long p = 1; p <= pages; p++) {
            QueryRunner.Table t = runner.select(mentions, Map.of(), Paging.of(p, 97, "test"));
            assertEquals(first.total(), t.total());
            t.rows().forEach(b -> paged.add(b.toString()));
        }
        assertEquals(all.rows().size(), paged.size());
        assertEquals(all.rows().stream().map(Object::toString).sorted().toList(), paged.stream().sorted().toList());
        assertEquals(runner.select(mentions, Map.of(), Paging.of(3, 97, "test")).rows().toString(),
                runner.select(mentions, Map.of(), Paging.of(3, 97, "test")).rows().toString());
        // The query's own order comes first: file, then start.
        assertEquals(all.rows().get(0).get("file"), first.rows().get(0).get("file"));
        // Past the end: no rows, the total still there.
        QueryRunner.Table past = runner.select(mentions, Map.of(), Paging.of(pages + 1, 97, "test"));
        assertEquals(0, past.rows().size());
        assertEquals(first.total(), past.total());
    }

    @Test
    void cliPagingWritesOnePageAndReturnsTheTotal() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = new QueryRunner(store).run(QUERIES.get("mentions"), Map.of(), QueryRunner.Format.tsv, out,
                Paging.of(2, 10, "--page"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(11, lines.size(), "header and 10 rows");
        assertEquals(rows("mentions", List.of()).size(), total);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.pledgegraph.model.InputException.class,
                () -> Paging.of(0, 10, "--page"));
        assertTrue(e.getMessage().startsWith("--page: page counts from 1"), e.getMessage());
    }

    @Test
    void searchUsesTheFullTextIndexInsideTheStoreFolder() throws IOException {
        assertTrue(Files.isDirectory(store.dir().resolve(TextIndex.FOLDER)), "index folder inside the store");
        // The index alone answers text:query: a name field hit and a sentence field hit.
        long names = store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s WHERE { ?s text:query ("name:\\"检测中心\\"" 1000) }""").build()) {
                return qe.select().materialize().stream().count();
            }
        });
        assertTrue(names >= 1, "names in the index: " + names);
        // Exactly the substring matches of the scan it replaced (the same rows for every phrase tried).
        for (String phrase : List.of("检测中心", "无人机", "产业", "北关区人民医院项目", "5G")) {
            assertEquals(substringScan(phrase), rows("search", List.of("phrase=" + phrase)).stream()
                    .map(CSVRecord::toList).map(Object::toString).toList(), phrase);
        }
        // An emptied index folder is rebuilt when the store is next opened.
        store.textIndex().rebuild(org.apache.jena.sparql.core.DatasetGraphFactory.create());
        assertEquals(0, rows("search", List.of("phrase=检测中心")).size(), "an empty index finds nothing");
        store.read(() -> store.textIndex().rebuild(store.datasetGraph()));
        assertFalse(rows("search", List.of("phrase=检测中心")).isEmpty());
    }

    /**
     * search.rq's pages come from {@link SearchPages} (its {@code # pages: search phrase} header): each page and the
     * total are those of the same query evaluated by SPARQL (the header removed), for common and rare phrases, a
     * phrase with a quote, and the whole answer.
     */
    @Test
    void searchPagesFromTheIndexAreTheQuerysOwnPages() {
        NamedQuery paged = QUERIES.get("search");
        assertTrue(PageReader.of(paged).orElseThrow() instanceof SearchPages);
        String text = paged.text().replace("# pages: search phrase\n", "");
        NamedQuery sparql = new NamedQuery("search", paged.summary(), paged.question(), paged.parameters(),
                org.apache.jena.query.QueryFactory.create(text), text);
        assertTrue(PageReader.of(sparql).isEmpty());
        // The reader answers itself (it does not fall back to SPARQL) for the query as written.
        assertTrue(store.read(() -> new SearchPages("phrase").window(store.datasetGraph(), Paging.stable(paged.query()),
                QueryRunner.parseParams(List.of("phrase=产业")), Paging.first())).isPresent());
        // An edited copy that kept the header is not the shipped query: it runs as written.
        String edited = paged.text().replace("ORDER BY ?match", "ORDER BY DESC(?year) ?match");
        assertTrue(store.read(() -> new SearchPages("phrase").window(store.datasetGraph(),
                Paging.stable(org.apache.jena.query.QueryFactory.create(edited)),
                QueryRunner.parseParams(List.of("phrase=产业")), Paging.first())).isEmpty());
        // Unranked matches are the ranked search's hits; over the limit, its best ones.
        for (int limit : new int[] {3, 100_000}) {
            assertEquals(hitKeys(store.textIndex().search("sentence:\"产业\"", limit)),
                    hitKeys(store.textIndex().matches("sentence:\"产业\"", limit)), "limit " + limit);
        }
        QueryRunner runner = new QueryRunner(store);
        for (String phrase : List.of("产业", "项目", "检测中心", "北关区人民医院项目", "5G", "2024", "a\"b", "无此词语")) {
            Map<String, Node> params = QueryRunner.parseParams(List.of("phrase=" + phrase));
            SearchReadingCheck.assertSameReadings(store, phrase, "seeded store");
            QueryRunner.Table whole = runner.select(sparql, params, Paging.ALL);
            for (Paging p : List.of(Paging.ALL, Paging.first(), Paging.of(2, 7, "test"), Paging.of(3, 50, "test"),
                    Paging.of(1000, 100, "test"))) {
                QueryRunner.Table want = runner.select(sparql, params, p);
                QueryRunner.Table got = runner.select(paged, params, p);
                assertEquals(want.total(), got.total(), phrase + " total");
                assertEquals(want.columns(), got.columns(), phrase);
                assertEquals(want.rows().toString(), got.rows().toString(), phrase + " " + p);
            }
            assertTrue(!phrase.equals("产业") || whole.total() > 100, "a phrase with more than a page: " + whole.total());
        }
    }

    private static Set<String> hitKeys(List<TextFields.Hit> hits) {
        Set<String> keys = new HashSet<>();
        hits.forEach(h -> keys.add(h.get("uri") + " " + h.get(TextFields.TEXT)));
        return keys;
    }

    /**
     * What search.rq answers, written without the index: CONTAINS over every name and sentence in the triples, the
     * entity, its types and labels joined in SPARQL (so a wrong entity column of pgs:hits fails the comparison).
     */
    private static List<String> substringScan(String phrase) throws IOException {
        String search = Files.readString(Path.of("queries", "search.rq"), StandardCharsets.UTF_8);
        String text = search.substring(0, search.indexOf("SELECT DISTINCT")) + """
                SELECT DISTINCT ?match ?entity ?label ?type ?file ?year ?text
                WHERE {
                  {
                    GRAPH ?g { ?entity rdfs:label|skos:altLabel ?found . ?entity a ?t }
                    FILTER (CONTAINS(STR(?found), STR(?phrase)))
                    FILTER (?t IN (pg:Project, pg:Park, pg:Road, pg:Enterprise, pg:Facility, pg:Place))
                    BIND ("name" AS ?match)
                    ?entity a ?type ; rdfs:label ?label .
                    BIND (STR(?label) AS ?text)
                  } UNION {
                    ?m pg:evidence ?found .
                    FILTER (CONTAINS(STR(?found), STR(?phrase)))
                    OPTIONAL { ?m pg:inDocument ?d . OPTIONAL { ?d pg:sourceFile ?f } OPTIONAL { ?d pg:year ?y } }
                    BIND (STR(?f) AS ?file)
                    BIND (?y AS ?year)
                    BIND ("evidence" AS ?match)
                    ?m pg:mentions ?entity . ?entity a ?type ; rdfs:label ?label .
                    BIND (STR(?found) AS ?text)
                  }
                }
                ORDER BY ?match ?year ?file ?label
                """;
        assertFalse(text.contains("pgs:hits"), text);
        NamedQuery scan = new NamedQuery("scan", "", "", QUERIES.get("search").parameters(),
                org.apache.jena.query.QueryFactory.create(text), text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(scan, QueryRunner.parseParams(List.of("phrase=" + phrase)), QueryRunner.Format.csv, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords().stream()
                .map(CSVRecord::toList).map(Object::toString).toList();
    }

    @Test
    void resolutionDecisionsAreQueryable() {
        long n = store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query("""
                    PREFIX pg: <https://w3id.org/pledgegraph/ontology#>
                    SELECT ?d WHERE { ?d a pg:ResolutionDecision ; pg:rule "drop-admin-prefix" ; pg:outcome pg:Merged ;
                                        pg:leftName "北关区人民医院"@zh ; pg:rightName "区人民医院"@zh ;
                                        pg:score 0.9 ; pg:involvesMention ?m . }""").build()) {
                return qe.select().materialize().stream().count();
            }
        });
        assertEquals(3, n, "one decision naming the three hospital mentions");
    }

    @Test
    void promiseStatusDerivesFirstPromiseRestatementsCompletionAndSilence() {
        List<CSVRecord> rows = rows("promise-status", List.of());
        CSVRecord hospital = find(rows, "label", "北关区人民医院项目");
        assertEquals(List.of("2022", "2", "2024", "", "2024"), List.of(hospital.get("firstPromised"),
                hospital.get("promisedIn"), hospital.get("lastMentioned"), hospital.get("completedIn"),
                hospital.get("silentSince")));
        CSVRecord road = find(rows, "label", "万金大道");
        assertEquals("2021", road.get("completedIn"));
        assertEquals(List.of("Completed", "2022"), List.of(road.get("lastStage").replaceAll(".*[#:]", ""),
                road.get("lastStageYear")), road.toString());
    }

    /**
     * What resolution precomputes for `decisions` and `promise-status` is what those queries computed from the
     * graph before: each decision's distinct involved mentions, and silence as the newest document of the
     * promise's own governments (of the unplaced documents, for a promise without one) being newer.
     */
    @Test
    void precomputedCountsAndSilenceAgreeWithTheGraph() {
        String prefixes = "PREFIX pg: <https://w3id.org/pledgegraph/ontology#> PREFIX dct: <http://purl.org/dc/terms/>\n";
        Set<String> counted = pairs(prefixes + """
                SELECT ?a (COUNT(DISTINCT ?m) AS ?b) WHERE { ?a a pg:ResolutionDecision ; pg:involvesMention ?m } GROUP BY ?a""");
        assertFalse(counted.isEmpty());
        assertEquals(counted, pairs(prefixes + "SELECT ?a ?b WHERE { ?a a pg:ResolutionDecision ; pg:mentionCount ?b }"));
        Set<String> silent = pairs(prefixes + """
                SELECT ?a ?b WHERE {
                  { SELECT (MAX(?y0) AS ?unplaced) WHERE { ?d0 a pg:Document ; pg:year ?y0 . FILTER NOT EXISTS { ?d0 dct:spatial ?s0 } } }
                  ?a pg:firstPromised ?f ; pg:lastYear ?b .
                  OPTIONAL { SELECT ?a (MAX(?y1) AS ?placed) WHERE { ?a pg:jurisdiction ?j . ?d1 dct:spatial ?j ; pg:year ?y1 } GROUP BY ?a }
                  FILTER (COALESCE(?placed, ?unplaced) > ?b)
                }""");
        assertFalse(silent.isEmpty());
        assertEquals(silent, pairs(prefixes + "SELECT ?a ?b WHERE { ?a pg:silentSince ?b }"));
    }

    /**
     * `targets-vs-actuals`, `promise-status` and `decisions` read rows resolution wrote (AnswerTable): with and
     * without parameters
     * it gives the rows that the join over the graph gives (the rows query is that join; compared as multisets).
     */
    @Test
    void answerTableGivesWhatItsJoinGives() {
        for (AnswerTable t : AnswerTable.ALL) {
            // A run's value, first row and count, the table's count and the row number: five different properties
            // (new-in's column `first` once named its runs' value pg:niRangeFirst, the property of their first row).
            assertEquals(5, new HashSet<>(java.util.Arrays.asList(t.rangeAll(), t.rangeValue(), t.rangeFirst(),
                    t.rangeCount(), t.column("row"))).size(), t.query().toString().substring(0, 40));
        }
        // query, table, parameter, the column it selects by (the rows query's former body has no parameter)
        for (var c : List.of(new Object[] {"targets-vs-actuals", AnswerTable.TARGETS, Map.<String, String>of(), ""},
                new Object[] {"targets-vs-actuals", AnswerTable.TARGETS, Map.of("year", "2025"), "targetYear"},
                new Object[] {"promise-status", AnswerTable.PROMISES, Map.<String, String>of(), ""},
                new Object[] {"decisions", AnswerTable.DECISIONS, Map.<String, String>of(), ""},
                new Object[] {"decisions", AnswerTable.DECISIONS, Map.of("rule", "wording-variant"), "rule"},
                new Object[] {"completed", AnswerTable.COMPLETED, Map.<String, String>of(), ""},
                new Object[] {"by-industry", AnswerTable.INDUSTRIES, Map.<String, String>of(), ""},
                new Object[] {"new-in", AnswerTable.NEW_IN, Map.<String, String>of(), ""},
                new Object[] {"new-in", AnswerTable.NEW_IN, Map.of("year", "2024"), "first"},
                new Object[] {"dropped", AnswerTable.DROPPED, Map.<String, String>of(), ""},
                new Object[] {"dropped", AnswerTable.DROPPED, Map.of("from", "2022"), "from"})) {
            NamedQuery nq = QUERIES.get((String) c[0]);
            @SuppressWarnings("unchecked")
            Map<String, String> raw = (Map<String, String>) c[2];
            String column = (String) c[3];
            QueryRunner.Table table = new QueryRunner(store).select(nq, QueryRunner.bind(nq, raw), Paging.ALL);
            assertFalse(table.rows().isEmpty(), c[0] + " " + raw);
            List<String> got = table.rows().stream().map(b -> line(table.columns(), b)).toList();
            List<String> expected = store.read(() -> {
                var q = ((AnswerTable) c[1]).query();
                try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(q).build()) {
                    List<String> out = new ArrayList<>();
                    qe.select().forEachRemaining(b -> {
                        if (raw.isEmpty() || b.get(column).getLiteralLexicalForm().equals(raw.values().iterator().next())) {
                            out.add(line(table.columns(), b));
                        }
                    });
                    return out;
                }
            });
            assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList(), c[0] + " " + raw);
        }
    }

    /**
     * A page of a query read by row number (TablePages) or document by document (DocumentPages: its `# pages:` line)
     * is the page that reading every row gives (the same query without that line): same rows in the same order, same
     * total, for pages of several sizes, pages across the end of the first document and at the end of the answer,
     * with no parameter and with values of its run parameter that have rows (the first and the last) and one that
     * has none.
     */
    @ParameterizedTest
    @MethodSource("pagedByRow")
    void pagesReadByRowNumberAreThePagesOfEveryRow(String name, String column, String missing) {
        NamedQuery byRow = QUERIES.get(name);
        PageReader pages = PageReader.of(byRow).orElseThrow();
        NamedQuery scan = new NamedQuery(byRow.name(), byRow.summary(), byRow.question(), byRow.parameters(),
                byRow.query(), byRow.text().replace("# pages:", "# (no) pages:"));
        assertFalse(PageReader.of(scan).isPresent());
        QueryRunner runner = new QueryRunner(store);
        List<Map<String, String>> cases = new ArrayList<>(List.of(Map.of()));
        if (!pages.param().isEmpty()) {
            List<org.apache.jena.sparql.engine.binding.Binding> all = runner.select(scan, Map.of(), Paging.ALL).rows();
            for (var r : List.of(all.get(0), all.get(all.size() - 1))) {
                Node v = r.get(column);
                cases.add(Map.of(pages.param(), v.isURI() ? v.getURI() : v.getLiteralLexicalForm()));
            }
            cases.add(Map.of(pages.param(), missing));
        }
        int checked = 0;
        for (Map<String, String> raw : cases) {
            QueryRunner.Table every = runner.select(scan, QueryRunner.bind(scan, raw), Paging.ALL);
            long total = every.total();
            List<Paging> pagings = new ArrayList<>(List.of(Paging.first(), Paging.of(1, 7, "t"), Paging.of(2, 7, "t"),
                    Paging.of(3, 5, "t"), Paging.of(1000, 100, "t"), new Paging(Math.max(0, total - 3), 100)));
            if (every.columns().contains("file")) {
                // Across the end of the first document (file) of the answer.
                int n = 0;
                while (n < every.rows().size() && every.rows().get(n).get("file").equals(every.rows().get(0).get("file"))) {
                    n++;
                }
                pagings.add(new Paging(Math.max(0, n - 3), 7));
                pagings.add(new Paging(n, 150));
            }
            for (Paging paging : pagings) {
                if (raw.isEmpty()) {
                    // Read the short way (not fallen back to every row): the stored counts agree with the rows.
                    assertTrue(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(byRow.query()), Map.of(),
                            paging)).isPresent(), name + " " + paging + " was read row by row");
                }
                QueryRunner.Table a = runner.select(scan, QueryRunner.bind(scan, raw), paging);
                QueryRunner.Table b = runner.select(byRow, QueryRunner.bind(byRow, raw), paging);
                String what = name + " " + raw + " " + paging;
                assertEquals(total, b.total(), what);
                assertEquals(a.total(), b.total(), what);
                assertEquals(a.columns(), b.columns(), what);
                assertEquals(a.rows().stream().map(r -> line(a.columns(), r)).toList(),
                        b.rows().stream().map(r -> line(b.columns(), r)).toList(), what);
                checked += b.rows().size();
            }
            ByteArrayOutputStream outA = new ByteArrayOutputStream();
            ByteArrayOutputStream outB = new ByteArrayOutputStream();
            assertEquals(runner.run(scan, QueryRunner.bind(scan, raw), QueryRunner.Format.json, outA, Paging.of(2, 3, "t")),
                    runner.run(byRow, QueryRunner.bind(byRow, raw), QueryRunner.Format.json, outB, Paging.of(2, 3, "t")));
            assertEquals(outA.toString(StandardCharsets.UTF_8), outB.toString(StandardCharsets.UTF_8), name + " " + raw);
        }
        assertTrue(checked > 0, name + ": pages compared: " + checked + " rows");
    }

    /**
     * `completed` with `from` reads only the rows of that year, found through their pg:cmpPromisedIn (its header's
     * `from=promisedIn`), not every row; alone, with `jurisdiction` (one that has rows and one that has none) and for a
     * year without rows, its pages are those of the query reading every row. A `from` that is not an integer is left
     * to the query (its filter lets every row through then).
     */
    @Test
    void completedWithFromReadsThatYearsRowsByTheirColumn() {
        NamedQuery byRow = QUERIES.get("completed");
        PageReader pages = PageReader.of(byRow).orElseThrow();
        assertEquals("from", pages.param());
        NamedQuery scan = new NamedQuery(byRow.name(), byRow.summary(), byRow.question(), byRow.parameters(),
                byRow.query(), byRow.text().replace("# pages:", "# (no) pages:"));
        QueryRunner runner = new QueryRunner(store);
        List<org.apache.jena.sparql.engine.binding.Binding> all = runner.select(scan, Map.of(), Paging.ALL).rows();
        Set<String> years = new java.util.TreeSet<>();
        all.forEach(r -> years.add(r.get("promisedIn").getLiteralLexicalForm()));
        assertTrue(all.size() > years.size(), "some year has several rows: " + all.size() + " rows, years " + years);
        int compared = 0;
        for (String year : Stream.concat(years.stream(), Stream.of("1990")).toList()) {
            for (Map<String, String> raw : List.of(Map.of("from", year), Map.of("from", year, "jurisdiction", "北关"),
                    Map.of("from", year, "jurisdiction", "no such government"))) {
                Map<String, Node> params = QueryRunner.bind(byRow, raw);
                for (Paging paging : List.of(Paging.first(), Paging.of(2, 2, "t"), Paging.ALL)) {
                    assertTrue(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(byRow.query()), params,
                            paging)).isPresent(), raw + " " + paging + " was read row by row");
                    QueryRunner.Table a = runner.select(scan, QueryRunner.bind(scan, raw), paging);
                    QueryRunner.Table b = runner.select(byRow, params, paging);
                    String what = raw + " " + paging;
                    assertEquals(a.total(), b.total(), what);
                    assertEquals(a.columns(), b.columns(), what);
                    assertEquals(a.rows().stream().map(r -> line(a.columns(), r)).toList(),
                            b.rows().stream().map(r -> line(b.columns(), r)).toList(), what);
                    compared += b.rows().size();
                }
            }
        }
        assertTrue(compared >= all.size(), "rows compared: " + compared);
        Map<String, Node> text = Map.of("from", org.apache.jena.graph.NodeFactory.createLiteralString(years.iterator().next()));
        assertFalse(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(byRow.query()), text,
                Paging.first())).isPresent(), "a string year is not looked up by term");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> pagedByRow() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("targets-vs-actuals", "targetYear", "1990"),
                org.junit.jupiter.params.provider.Arguments.of("promise-status", "", ""),
                org.junit.jupiter.params.provider.Arguments.of("decisions", "rule", "no-such-rule"),
                org.junit.jupiter.params.provider.Arguments.of("completed", "promisedIn", "1990"),
                org.junit.jupiter.params.provider.Arguments.of("by-industry", "industry", "https://example.org/no-such-industry"),
                org.junit.jupiter.params.provider.Arguments.of("new-in", "first", "1990"),
                org.junit.jupiter.params.provider.Arguments.of("dropped", "from", "1990"),
                org.junit.jupiter.params.provider.Arguments.of("mentions", "year", "1990"),
                org.junit.jupiter.params.provider.Arguments.of("documents", "", ""),
                org.junit.jupiter.params.provider.Arguments.of("dropped-names", "dropped", "no such dropped name"),
                org.junit.jupiter.params.provider.Arguments.of("in-place", "", ""),
                org.junit.jupiter.params.provider.Arguments.of("across-governments", "", ""));
    }

    /**
     * The stored answers (AnswerSnapshot) are found by the query text they ran: a query with the same `# pages:`
     * line but another text (here another order) reads the store, and still gives its own answer.
     */
    @Test
    void aStoredAnswerServesOnlyTheQueryThatMadeIt() {
        NamedQuery shipped = QUERIES.get("documents");
        String text = shipped.text().replace("ORDER BY ?year ?file", "ORDER BY DESC(?year) ?file");
        assertFalse(text.equals(shipped.text()));
        NamedQuery edited = new NamedQuery(shipped.name(), shipped.summary(), shipped.question(), shipped.parameters(),
                org.apache.jena.query.QueryFactory.create(text), text);
        PageReader pages = PageReader.of(edited).orElseThrow();
        assertTrue(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(shipped.query()), Map.of(),
                Paging.first())).isPresent());
        assertFalse(store.read(() -> pages.window(store.datasetGraph(), Paging.stable(edited.query()), Map.of(),
                Paging.first())).isPresent());
        // dropped-names' `name` alone filters the stored rows; with another value kind (an IRI) too.
        NamedQuery dropped = QUERIES.get("dropped-names");
        for (String name : List.of("name=中心", "name=<https://example.org/x>", "name=2022")) {
            var params = QueryRunner.parseParams(List.of(name));
            assertTrue(store.read(() -> PageReader.of(dropped).orElseThrow().window(store.datasetGraph(),
                    Paging.stable(dropped.query()), params, Paging.first())).isPresent(), name);
            NamedQuery scan = new NamedQuery(dropped.name(), dropped.summary(), dropped.question(), dropped.parameters(),
                    dropped.query(), dropped.text().replace("# pages:", "# (no) pages:"));
            for (Paging paging : List.of(Paging.ALL, Paging.first(), Paging.of(2, 3, "t"))) {
                QueryRunner.Table a = new QueryRunner(store).select(scan, params, paging);
                QueryRunner.Table b = new QueryRunner(store).select(dropped, params, paging);
                assertEquals(a.total(), b.total(), name + " " + paging);
                assertEquals(a.rows().stream().map(r -> line(a.columns(), r)).toList(),
                        b.rows().stream().map(r -> line(b.columns(), r)).toList(), name + " " + paging);
            }
        }
        List<org.apache.jena.sparql.engine.binding.Binding> rows = new QueryRunner(store).select(edited, Map.of(),
                Paging.first()).rows();
        assertEquals(5, rows.size());
        assertEquals("2026", rows.get(0).get("year").getLiteralLexicalForm());
    }

    private static String line(List<String> columns, org.apache.jena.sparql.engine.binding.Binding b) {
        return columns.stream().map(v -> String.valueOf(b.get(v))).collect(java.util.stream.Collectors.joining("\t"));
    }

    /** The rows of a two-column query {@code ?a ?b}, as "a b" strings. */
    private static Set<String> pairs(String sparql) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.datasetGraph()).query(sparql).build()) {
                Set<String> out = new java.util.TreeSet<>();
                qe.select().forEachRemaining(b -> out.add(b.get("a") + " " + b.get("b").getLiteralLexicalForm()));
                return out;
            }
        });
    }

    @Test
    void decisionsExplainTheWordingVariantMerge() {
        CSVRecord d = find(rows("decisions", List.of("rule=wording-variant")), "leftName", "国家级无人机检测中心");
        assertEquals(DRONE_CENTRE, d.get("rightName"));
        assertEquals("0.909", d.get("score"));
        assertEquals(d.get("leftEntity"), d.get("rightEntity"));
        assertTrue(d.get("outcome").endsWith("#Merged"));
    }

    @Test
    void aParameterCannotInjectQueryText() {
        List<CSVRecord> injected = rows("timeline", List.of("name=北关区人民医院项目 } UNION { ?m1 ?p ?o"));
        assertEquals(0, injected.size());
    }

    @Test
    void aYearParameterThatIsNotAnIntegerIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.pledgegraph.model.InputException.class,
                () -> rows("reappear", List.of("from=2022 } UNION { ?m1 ?p ?o", "to=2024")));
        assertTrue(e.getMessage().startsWith("reappear: parameter 'from' takes an integer (e.g. 2022), got '2022 }"),
                e.getMessage());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "2022\" } UNION { ?m1 ?p ?o } #",
        "2022' } UNION { ?m1 ?p ?o } #",
        "2022> . } UNION { ?m1 ?p ?o",
        "2022\n} UNION { ?m1 ?p ?o }\n#",
        "2022 ; FILTER(true) }",
        "\"2022\"^^<http://www.w3.org/2001/XMLSchema#integer>"})
    void aParameterIsOneTermWhateverItHolds(String value) {
        assertEquals(0, rows("timeline", List.of("name=" + value)).size(), "no rows for " + value);
        assertEquals(0, rows("search", List.of("phrase=" + value)).size(), "no rows for " + value);
    }

    @Test
    void anIriParameterWithQuerySyntaxIsRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.pledgegraph.model.InputException.class,
                () -> QueryRunner.parseParams(List.of("from=<http://x/> } UNION { ?s ?p ?o } <y>")));
        assertTrue(e.getMessage().startsWith("--param: '<http://x/> } UNION"), e.getMessage());
        var iri = QueryRunner.parseParams(List.of("d=<https://w3id.org/pledgegraph/id/document/003>")).get("d");
        assertTrue(iri.isURI(), iri.toString());
    }

    private static CSVRecord find(List<CSVRecord> rows, String column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + "=" + value + " in " + rows));
    }

    static List<CSVRecord> rows(String name, List<String> params) {
        Map<String, Node> bound = QueryRunner.parseParams(params);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QUERIES.get(name), bound, QueryRunner.Format.csv, out);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
