package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index's writes on their own thread ({@link IndexWrites}) give the index the same calls in line would: in
 * submission order across many hand-overs, a failed write thrown by drain with every later write skipped, and
 * nothing of a discarded failure kept. A real Lucene index on disk.
 */
class IndexWritesTest {
    @TempDir
    Path tmp;

    private static Document doc(String key, String value) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.YES));
        d.add(new StringField("value", value, Field.Store.YES));
        return d;
    }

    /** Stored values of the committed index, in index order. */
    private static List<String> values(Directory dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            var stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                if (r.leaves().size() > 0 && isLive(r, i)) {
                    out.add(stored.document(i).get("value"));
                }
            }
        }
        return out;
    }

    private static boolean isLive(DirectoryReader r, int doc) {
        var leaf = r.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, r.leaves()));
        var live = leaf.reader().getLiveDocs();
        return live == null || live.get(doc - leaf.docBase);
    }

    @Test
    void writesKeepTheirOrderAcrossHandOvers() throws IOException {
        try (Directory dir = FSDirectory.open(tmp); IndexWriter w = new IndexWriter(dir,
                new IndexWriterConfig(new StandardAnalyzer())); IndexWrites writes = new IndexWrites(() -> w)) {
            int n = IndexWrites.BATCH * 5 + 7;
            for (int i = 0; i < n; i++) {
                Document first = doc("k" + i, "old" + i);
                Document second = doc("k" + i, "new" + i);
                Term key = new Term("key", "k" + i);
                // Out of order, a key would keep the old value, or none, or both.
                writes.submit(x -> x.addDocument(first));
                writes.submit(x -> x.deleteDocuments(key));
                writes.submit(x -> x.addDocument(second));
            }
            writes.drain();
            w.commit();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                expected.add("new" + i);
            }
            assertEquals(expected, values(dir));
        }
    }

    @Test
    void aFailedWriteIsThrownByDrainAndLaterWritesAreSkipped() throws IOException {
        try (Directory dir = FSDirectory.open(tmp); IndexWriter w = new IndexWriter(dir,
                new IndexWriterConfig(new StandardAnalyzer())); IndexWrites writes = new IndexWrites(() -> w)) {
            writes.submit(x -> x.addDocument(doc("a", "before")));
            writes.submit(x -> {
                throw new IOException("disk full");
            });
            for (int i = 0; i < IndexWrites.BATCH * 2; i++) {
                String v = "after" + i;
                writes.submit(x -> x.addDocument(doc(v, v)));
            }
            IOException e = assertThrows(IOException.class, writes::drain);
            assertEquals("disk full", e.getMessage());
            w.commit();
            assertEquals(List.of("before"), values(dir));
            // The failure was reported once: the next writes go in.
            writes.submit(x -> x.addDocument(doc("b", "next")));
            writes.drain();
            w.commit();
            assertEquals(List.of("before", "next"), values(dir));
        }
    }

    @Test
    void discardForgetsTheFailureAndTheUnsentWrites() throws IOException {
        try (Directory dir = FSDirectory.open(tmp); IndexWriter w = new IndexWriter(dir,
                new IndexWriterConfig(new StandardAnalyzer())); IndexWrites writes = new IndexWrites(() -> w)) {
            writes.submit(x -> {
                throw new IllegalStateException("broken");
            });
            // One full batch handed over (skipped after the failure), one write left unsent.
            for (int i = 0; i < IndexWrites.BATCH; i++) {
                String v = "dropped" + i;
                writes.submit(x -> x.addDocument(doc(v, v)));
            }
            writes.discard();
            writes.drain(); // nothing left to throw
            writes.submit(x -> x.addDocument(doc("b", "kept")));
            writes.drain();
            w.commit();
            assertEquals(List.of("kept"), values(dir));
        }
    }
}
