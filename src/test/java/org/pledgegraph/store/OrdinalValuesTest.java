package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment's (file, year) values by ordinal ({@link OrdinalValues}): looked up one by one, then read whole, they are
 * the values {@link SortedDocValues#lookupOrd} gives; and in a store whose groups of 150 documents lie in one segment
 * in an order unlike their files' (as relinking leaves them), every group is given its own file and year and {@code
 * search}'s pages are the query's evaluated by SPARQL. Invented names.
 */
class OrdinalValuesTest {
    private static final NamedQuery PAGED = NamedQueries.load(Path.of("queries")).get("search");
    private static final NamedQuery SPARQL = PagesCheck.scanned(PAGED);

    @TempDir
    Path tmp;

    /**
     * 1,000 documents over 300 values of unequal lengths, in no order: each document's value through {@link
     * OrdinalValues} equals {@code lookupOrd}'s, both before it reads the values whole (the first 4 look-ups: a 64th
     * of 300) and after. Fails if a value's start or length is off, or if reading whole moved the doc iterator.
     */
    @Test
    void givesLookupOrdsValuesBeforeAndAfterReadingWhole() throws IOException {
        int values = 300;
        try (var dir = FSDirectory.open(tmp.resolve("index"));
             var w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int d = 0; d < 1_000; d++) {
                int v = (d * 97 + 13) % values;
                Document doc = new Document();
                doc.add(new SortedDocValuesField("p", new BytesRef("值" + "x".repeat(v % 11) + v)));
                w.addDocument(doc);
            }
            w.forceMerge(1);
            w.commit();
        }
        try (var dir = FSDirectory.open(tmp.resolve("index")); var reader = DirectoryReader.open(dir)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            SortedDocValues iterated = leaf.getSortedDocValues("p");
            SortedDocValues lookedUp = leaf.getSortedDocValues("p");
            assertEquals(values, iterated.getValueCount());
            OrdinalValues ordinals = new OrdinalValues(iterated);
            int asked = 0;
            for (int d = iterated.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = iterated.nextDoc()) {
                int ord = iterated.ordValue();
                String got = ordinals.get(ord).utf8ToString();
                asked++;
                assertEquals(lookedUp.lookupOrd(ord).utf8ToString(), got, "document " + d + ", ordinal " + ord);
                assertEquals(asked > values / 64, ordinals.readWhole(), "read whole after " + asked + " look-ups");
            }
            assertEquals(1_000, asked, "every document seen once: reading whole did not move the iterator");
        }
    }

    /**
     * 150 documents, each under its own (file, year), written in an order unlike their files' and then linked to
     * their entities (the entities graph written last rewrites every group into one segment, in that order): each
     * group the index shows is given the (file, year) of its own fields, and every page of four phrases is SPARQL's.
     */
    @Test
    void groupsOfManyFilesInOneSegmentKeepTheirOwnFileAndYear() {
        int docs = 150;
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<String, String> toEntity = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (int d = 0; d < docs; d++) {
            int f = (d * 67) % docs; // write order ≠ file order
            Map<String, String> mentions = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
                mentions.put("m" + k, "推进虚构项目第" + (d * 3 + k) + "号工程" + (k == 1 ? "和虚构园区" + (d % 5) : "") + "建设。");
                toEntity.put("doc/d" + d + "/m" + k, "e" + (d + k) % 20);
            }
            graphs.put(SentenceGroupsTest.iri("graph/d" + d), SentenceGroupsTest.document("d" + d,
                    String.format("f%03d.txt", f), f % 9 == 0 ? null : String.valueOf(2015 + f % 8), mentions));
        }
        for (int e = 0; e < 20; e++) {
            labels.put("e" + e, List.of("虚构项目" + e));
        }
        try (GraphStore store = GraphStore.open(tmp.resolve("store"))) {
            store.write(() -> graphs.forEach(store::replaceGraph));
            store.write(() -> store.replaceGraph(SentenceGroupsTest.iri("graph/entities"),
                    SentenceGroupsTest.entities(toEntity, labels)));
            assertOwnFileAndYear(store, "虚构项目");
            Map<String, Long> totals = SearchReadingCheck.assertPagesAsSparql(store, PAGED, SPARQL,
                    List.of("虚构项目", "虚构园区", "号工程和", "第44"),
                    List.of(Paging.ALL, Paging.first(), Paging.of(3, 7, "test"), Paging.of(2, 100, "test")), "many files");
            assertEquals(docs * 3 + 20L, totals.get("虚构项目"), "one evidence row a mention and one name row an entity");
        }
    }

    /**
     * Each group matching {@code phrase} is given, through the number of its (file, year), the bytes of its own file and
     * year fields; and some segment holds more than 64 (file, year)s in an order unlike theirs (the case read whole).
     */
    private static void assertOwnFileAndYear(GraphStore store, String phrase) {
        List<String> given = new ArrayList<>();
        int[] checked = {0};
        store.read(() -> store.textIndex().reading(r -> {
            r.groups(SentenceGroups.TEXT + ":\"" + phrase + "\"", new IndexReading.GroupVisitor() {
                @Override
                public boolean wantsHit() {
                    return true;
                }

                @Override
                public int prefix(BytesRef fileAndYear) {
                    given.add(fileAndYear(fileAndYear.bytes, fileAndYear.offset));
                    return given.size() - 1;
                }

                @Override
                public void group(BytesRef hit, long hash, int prefix, long rows, long members, long ref) {
                    TextFields.Hit h = TextFields.hit(hit, SentenceGroups.FIELDS);
                    assertEquals(Arrays.toString(h.getValues(TextFields.FILE)) + Arrays.toString(h.getValues(TextFields.YEAR)),
                            given.get(prefix), "group " + ref);
                    checked[0]++;
                }
            });
            return null;
        }));
        assertEquals(450, checked[0], "groups of " + phrase);
        try (var dir = FSDirectory.open(store.dir().resolve(TextIndex.FOLDER)); var reader = DirectoryReader.open(dir)) {
            boolean scattered = false;
            for (var leaf : reader.leaves()) {
                SortedDocValues p = leaf.reader().getSortedDocValues(SentenceGroups.PREFIX);
                int last = -1;
                boolean descends = false;
                for (int d = p == null ? DocIdSetIterator.NO_MORE_DOCS : p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS;
                     d = p.nextDoc()) {
                    descends |= p.ordValue() < last;
                    last = p.ordValue();
                }
                scattered |= descends && p.getValueCount() > 64;
            }
            assertTrue(scattered, "a segment with more than 64 (file, year)s out of order");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A (file, year) value's fields as {@code [file][year]} (each field's values, as a hit's are printed). */
    private static String fileAndYear(byte[] b, int offset) {
        int[] at = {offset};
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < 2; f++) {
            int n = TextFields.readInt(b, at);
            List<String> values = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int len = TextFields.readInt(b, at);
                values.add(new String(b, at[0], len, StandardCharsets.UTF_8));
                at[0] += len;
            }
            out.append(values);
        }
        return out.toString();
    }
}
