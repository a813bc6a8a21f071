package org.pledgegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The committed text index of a store as sorted lines, one per live Lucene document (its stored fields by name and doc values),
 * so that two indexes written differently (a graph re-indexed whole, or only the values a patch touched) compare
 * equal when they hold the same values. A sentence group's link blocks are sorted: their order follows the order its
 * members were written, which no reader depends on (rows are counted and sorted from them).
 */
public final class IndexContents {
    private IndexContents() {
    }

    public static List<String> of(Path storeDir) {
        try (FSDirectory dir = FSDirectory.open(storeDir.resolve(TextIndex.FOLDER));
             DirectoryReader reader = DirectoryReader.open(dir)) {
            List<String> out = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                BinaryDocValues hit = r.getBinaryDocValues(TextFields.HIT);
                BinaryDocValues group = r.getBinaryDocValues(SentenceGroups.HIT);
                NumericDocValues rows = r.getNumericDocValues(SentenceGroups.ROWS);
                NumericDocValues members = r.getNumericDocValues(SentenceGroups.MEMBERS);
                var stored = r.storedFields();
                for (int d = 0; d < r.maxDoc(); d++) {
                    // By field name: a sentence rewritten for its links stores its fields in another order.
                    java.util.Map<String, List<String>> fields = new java.util.TreeMap<>();
                    for (IndexableField f : stored.document(d).getFields()) {
                        fields.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.stringValue());
                    }
                    StringBuilder b = new StringBuilder();
                    fields.forEach((k, v) -> b.append(k).append('=').append(v).append('|'));
                    if (hit != null && hit.advanceExact(d)) {
                        b.append("hit=").append(hit.binaryValue()).append('|');
                    }
                    if (group != null && group.advanceExact(d)) {
                        TextFields.Hit h = TextFields.hit(group.binaryValue(), SentenceGroups.FIELDS);
                        b.append("group=").append(h.get(TextFields.TEXT)).append('|').append(h.get(TextFields.FILE))
                                .append('|').append(h.get(TextFields.YEAR)).append('|').append(blocks(h.getValues(TextFields.NAMED)));
                    }
                    if (rows != null && rows.advanceExact(d)) {
                        b.append("rows=").append(rows.longValue()).append('|');
                    }
                    if (members != null && members.advanceExact(d)) {
                        b.append("members=").append(members.longValue()).append('|');
                    }
                    if (live == null || live.get(d)) {
                        out.add(b.toString());
                    }
                }
            }
            out.sort(null);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The link blocks (each from an entity value, {@code e…}, to the next) sorted. */
    private static List<String> blocks(String[] named) {
        List<String> out = new ArrayList<>();
        StringBuilder b = null;
        for (String v : named) {
            if (v.charAt(0) == 'e') {
                if (b != null) {
                    out.add(b.toString());
                }
                b = new StringBuilder();
            }
            if (b != null) {
                b.append(v).append(';');
            }
        }
        if (b != null) {
            out.add(b.toString());
        }
        out.sort(null);
        return out;
    }
}
