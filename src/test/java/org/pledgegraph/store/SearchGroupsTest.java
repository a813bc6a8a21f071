package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgegraph.rdf.PG;

/**
 * {@code search}'s evidence rows read from many sentence groups ({@link SearchGroups}) are the rows of the query
 * evaluated by SPARQL, page by page and in the same order, when the groups are too many for the first size of its
 * tables (~3,900 groups: they grow while read) and lie under many (file, year)s: one document without a year, one
 * without a file, one with its year written {@code 02022} (the value of another's 2022, not its text), two graphs
 * with the same file and year sharing sentences (their groups merge) and the same sentences under other files (they
 * do not). Invented names.
 */
class SearchGroupsTest {
    private static final String EX = "http://example.org/";
    private static final NamedQuery PAGED = NamedQueries.load(Path.of("queries")).get("search");
    private static final NamedQuery SPARQL = sparql();

    @TempDir
    Path tmp;

    private static NamedQuery sparql() {
        String text = PAGED.text().replace("# pages: search phrase\n", "");
        return new NamedQuery("search", PAGED.summary(), PAGED.question(), PAGED.parameters(), QueryFactory.create(text), text);
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @Test
    void manyGroupsUnderManyFilesAndYearsGiveTheQuerysPages() {
        // file, year of each document graph; d2 and d3 share file and year, d6 has no year, d7 no file.
        String[][] docs = {{"a.txt", "2021"}, {"b.txt", "2022"}, {"c.txt", "2022"}, {"c.txt", "2022"},
            {"d.txt", "2023"}, {"e.txt", "02022"}, {"f.txt", null}, {null, "2021"}, {"a.txt", "2024"},
            {"g.txt", "2020"}, {"h.txt", "2022"}, {"i.txt", "2021"}, {"j.txt", "2019"}};
        Graph entities = GraphFactory.createDefaultGraph();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (int d = 0; d < docs.length; d++) {
            Map<String, String> mentions = new LinkedHashMap<>();
            for (int k = 0; k < 300; k++) {
                int n = d * 150 + k; // neighbours share half their sentences
                String m = "m" + k;
                mentions.put(m, "推进虚构项目第" + n + "号工程" + (n % 7 == 0 ? "和虚构园区" : "") + "建设。");
                Node entity = iri("id/e" + n % 40);
                entities.add(iri("doc/d" + d + "/" + m), PG.mentions, entity);
            }
            graphs.put(iri("graph/d" + d), SentenceGroupsTest.document("d" + d, docs[d][0], docs[d][1], mentions));
        }
        for (int e = 0; e < 40; e++) {
            entities.add(iri("id/e" + e), PG.rdfType, PG.pg("Project"));
            entities.add(iri("id/e" + e), PG.rdfsLabel, NodeFactory.createLiteralLang("虚构项目" + e, "zh"));
            if (e % 3 == 0) {
                entities.add(iri("id/e" + e), PG.rdfsLabel, NodeFactory.createLiteralLang("虚构工程" + e, "zh"));
            }
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.write(() -> {
                graphs.forEach(store::replaceGraph);
                store.replaceGraph(iri("graph/entities"), entities);
            });
            QueryRunner runner = new QueryRunner(store);
            Map<String, Long> totals = new HashMap<>();
            for (String phrase : List.of("虚构项目", "虚构园区", "第12", "号工程和")) {
                Map<String, Node> params = QueryRunner.parseParams(List.of("phrase=" + phrase));
                for (Paging p : List.of(Paging.ALL, Paging.first(), Paging.of(3, 7, "test"), Paging.of(40, 100, "test"),
                        Paging.of(2, 1000, "test"))) {
                    QueryRunner.Table want = runner.select(SPARQL, params, p);
                    QueryRunner.Table got = runner.select(PAGED, params, p);
                    assertEquals(want.total(), got.total(), phrase + " total");
                    assertEquals(want.rows().toString(), got.rows().toString(), phrase + " " + p);
                    totals.put(phrase, got.total());
                }
            }
            SearchReadingCheck.assertSameReadings(store, "虚构园区", "many groups");
            // 13 × 300 mentions, 6 shared by d2 and d3 merge: more groups than the tables' first size.
            assertTrue(totals.get("虚构项目") > 3_000, "rows of the common phrase: " + totals);
        }
    }

    /**
     * A phrase of two Han characters is counted without reading the groups' texts (its one bigram is made only of
     * the two characters side by side), a longer one is not: the phrase query for 甲乙丙 also matches 甲乙，乙丙 (two
     * bigrams at consecutive positions across a comma), which holds no 甲乙丙. Every phrase's pages and total equal
     * SPARQL's (which checks each text), with the two characters apart by punctuation, a space, a letter, a variation
     * selector (it joins the token of the character before it) and a line break. Fails if the texts of a longer
     * phrase are no longer checked (甲乙丙: 2 rows, not 1) or if the bigram rule took characters apart as side by side.
     */
    @Test
    void twoHanCharactersNeedNoTextCheckLongerPhrasesDo() {
        String[] sentences = {"建设甲乙工程。", "甲，乙。", "甲 乙。", "甲a乙。", "甲\uFE0F乙。", "甲\n乙。", "甲乙，乙丙。",
            "甲乙丙。", "乙丙。"};
        assertTrue(SearchGroups.oneBigram("甲乙") && !SearchGroups.oneBigram("甲乙丙") && !SearchGroups.oneBigram("5G")
                && !SearchGroups.oneBigram("甲，"), "the rule");
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            writeSentences(store, sentences);
            assertEquals(2, SentenceGroupsTest.groupCount(store, "甲乙丙"), "the phrase query's groups for 甲乙丙");
            Map<String, Long> totals = SearchReadingCheck.assertPagesAsSparql(store, PAGED, SPARQL,
                    List.of("甲乙", "甲乙丙", "乙丙", "甲，乙", "甲"), List.of(Paging.ALL, Paging.first(), Paging.of(2, 1, "test")),
                    "two characters");
            assertEquals(Map.of("甲乙", 3L, "甲乙丙", 1L, "乙丙", 3L, "甲，乙", 1L, "甲", 4L), totals);
        }
        // An index of the layout before the groups' hash and (file, year) doc values (by-graph-4) is rebuilt when the
        // store is opened, and answers the same.
        try (var d = org.apache.lucene.store.FSDirectory.open(tmp.resolve("store").resolve(TextIndex.FOLDER));
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("pledgegraph.layout", "by-graph-4").entrySet());
            w.commit();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> notes = new java.util.ArrayList<>();
        try (GraphStore store = GraphStore.open(tmp.resolve("store"), notes::add)) {
            assertTrue(notes.stream().anyMatch(n -> n.contains("rebuilding")), "rebuilt on open: " + notes);
            Map<String, Node> params = QueryRunner.parseParams(List.of("phrase=甲乙"));
            assertEquals(3L, new QueryRunner(store).select(PAGED, params, Paging.ALL).total(), "甲乙 after the rebuild");
        }
    }

    /**
     * Characters of Unicode's Han script that the index's tokenizer (an older Unicode version) does not take as
     * ideographs: the iteration marks U+3005 and U+303B are words of their own, and ideographs newer than it
     * (U+4DB6-U+4DBF, U+9FF0-U+9FFC, U+16FF0-U+16FF1, U+2A6D7-U+2A6DD, U+30000 on) are dropped. A two-character phrase with one of them is
     * not one bigram: 々乙 is the phrase 々 乙 (matched by 々，乙), U+9FFC乙 the single 乙 (matched by any lone 乙), so
     * their groups' texts must be checked. Fails if the two-Han-character rule goes by the script alone.
     */
    @Test
    void hanCharactersTheTokenizerDoesNotBigramAreChecked() {
        String[] sentences = {"推进乙。", "々，乙。", "\u9FFC，乙。", "建设\uD840\uDC00乙工程。"};
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            writeSentences(store, sentences);
            QueryRunner runner = new QueryRunner(store);
            Map<String, Long> totals = new HashMap<>();
            for (String phrase : List.of("々乙", "\u9FFC乙", "\uD840\uDC00乙")) {
                Map<String, Node> params = QueryRunner.parseParams(List.of("phrase=" + phrase));
                QueryRunner.Table want = runner.select(SPARQL, params, Paging.ALL);
                QueryRunner.Table got = runner.select(PAGED, params, Paging.ALL);
                assertEquals(want.rows().toString(), got.rows().toString(), phrase);
                assertEquals(want.total(), got.total(), phrase + " total");
                totals.put(phrase, got.total());
            }
            assertEquals(Map.of("々乙", 0L, "\u9FFC乙", 0L, "\uD840\uDC00乙", 1L), totals);
        }
    }

    /** One document (t.txt, 2024) whose mention k has text {@code sentences[k]} and names entity t k. */
    private static void writeSentences(GraphStore store, String... sentences) {
        Map<String, String> mentions = new LinkedHashMap<>();
        Map<String, String> toEntity = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (int k = 0; k < sentences.length; k++) {
            mentions.put("m" + k, sentences[k]);
            toEntity.put("doc/t/m" + k, "t" + k);
            labels.put("t" + k, List.of("虚构名" + k));
        }
        store.write(() -> {
            store.replaceGraph(iri("graph/t"), SentenceGroupsTest.document("t", "t.txt", "2024", mentions));
            store.replaceGraph(iri("graph/entities"), SentenceGroupsTest.entities(toEntity, labels));
        });
    }
}
