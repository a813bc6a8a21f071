package org.pledgegraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * One request's reading of the committed text index ({@link TextIndex#reading}): every search in it uses the same
 * searcher, held until the request ends, so a sentence group can be looked at where it matches without being
 * copied, and the few whose link blocks a page needs read again later by reference ({@link #groups(long[])}).
 * Copying every matching group's doc value whole was half of a common phrase's allocation (profiled, session 24).
 */
final class IndexReading {
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Path dir;

    /** A reading of {@code searcher} (null: no committed index, every search finds nothing). */
    IndexReading(IndexSearcher searcher, Analyzer analyzer, Path dir) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.dir = dir;
    }

    /** What {@link #groups(String, GroupVisitor)} shows of each matching sentence group. */
    interface GroupVisitor {
        /**
         * Whether {@link #group} needs each group's hit bytes; if not it is given null, and a group's ~530 bytes of
         * text and links are not read (half of a common phrase's time, profiled, session 25).
         */
        boolean wantsHit();

        /**
         * The number the visitor gives a (file, year): {@code fileAndYear} is {@link SentenceGroups#PREFIX}'s value
         * (valid only during the call). Asked once per segment and value; {@link #group} is given the number.
         */
        int prefix(BytesRef fileAndYear);

        /**
         * One group: its hit bytes ({@link SentenceGroups#FIELDS} in {@link TextFields.Hit}'s format; valid only
         * during the call, not to be kept; null unless {@link #wantsHit}), its text's hash, its (file, year)'s number
         * from {@link #prefix}, its rows and sentence documents, and a reference to read it again.
         */
        void group(BytesRef hit, long textHash, int prefix, long rows, long members, long ref);
    }

    /**
     * The fields ({@link TextFields#HIT_FIELDS}) of the best {@code limit} documents for the Lucene query {@code query}
     * (jena-text's syntax: {@code name:"…" OR sentence:"…"}), best first.
     */
    List<TextFields.Hit> search(String query, int limit) {
        Query q = parse(query);
        if (searcher == null) {
            return List.of();
        }
        try {
            var top = searcher.search(q, Math.max(1, limit));
            // Read in index order, leaf by leaf (doc values iterate forwards), returned best first.
            Integer[] order = new Integer[top.scoreDocs.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> top.scoreDocs[i].doc));
            var leaves = searcher.getIndexReader().leaves();
            TextFields.Hit[] out = new TextFields.Hit[order.length];
            int leaf = -1;
            BinaryDocValues values = null;
            for (int i : order) {
                int doc = top.scoreDocs[i].doc;
                int l = ReaderUtil.subIndex(doc, leaves);
                if (l != leaf) {
                    leaf = l;
                    values = leaves.get(l).reader().getBinaryDocValues(TextFields.HIT);
                }
                out[i] = hit(values, doc - leaves.get(l).docBase);
            }
            return Arrays.asList(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fields of every document matching {@code query}, in index order, when there are at most {@code limit};
     * else {@link #search}'s best {@code limit}, so the set is always the same as search's. Unscored and unsorted:
     * a reader that orders the rows itself ({@link SearchPages}) needs neither the scores nor the top-N queue.
     */
    List<TextFields.Hit> matches(String query, int limit) {
        Query q = parse(query);
        if (searcher == null) {
            return List.of();
        }
        try {
            var weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<TextFields.Hit> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs(); // a scorer does not skip deleted documents
                BinaryDocValues values = leaf.reader().getBinaryDocValues(TextFields.HIT);
                DocIdSetIterator docs = scorer.iterator();
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    if (out.size() == limit) {
                        return search(query, limit);
                    }
                    out.add(hit(values, d));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows {@code to} each sentence group ({@link SentenceGroups}) whose text matches {@code query} (a query on {@link
     * SentenceGroups#TEXT}), in index order: the same texts as the sentence documents the same phrase matches.
     */
    void groups(String query, GroupVisitor to) {
        boolean wantsHit = to.wantsHit();
        matching(query, (leaf, l) -> {
            var reader = leaf.reader();
            BinaryDocValues values = wantsHit ? reader.getBinaryDocValues(SentenceGroups.HIT) : null;
            NumericDocValues rows = reader.getNumericDocValues(SentenceGroups.ROWS);
            NumericDocValues members = reader.getNumericDocValues(SentenceGroups.MEMBERS);
            NumericDocValues hashes = reader.getNumericDocValues(SentenceGroups.HASH);
            SortedDocValues prefixes = reader.getSortedDocValues(SentenceGroups.PREFIX);
            OrdinalValues prefixValues = prefixes == null ? null : new OrdinalValues(prefixes);
            // The visitor's number of each of this segment's (file, year) ordinals, asked when first seen.
            int[] numbers = new int[prefixes == null ? 0 : prefixes.getValueCount()];
            Arrays.fill(numbers, -1);
            return d -> {
                if (rows == null || !rows.advanceExact(d) || members == null || !members.advanceExact(d)
                        || hashes == null || !hashes.advanceExact(d) || prefixes == null || !prefixes.advanceExact(d)
                        || wantsHit && (values == null || !values.advanceExact(d))) {
                    throw new IllegalStateException(dir + ": sentence group without its fields");
                }
                int ord = prefixes.ordValue();
                if (numbers[ord] < 0) {
                    numbers[ord] = to.prefix(prefixValues.get(ord));
                }
                to.group(wantsHit ? values.binaryValue() : null, hashes.longValue(), numbers[ord], rows.longValue(),
                        members.longValue(), (long) l << 32 | d);
            };
        });
    }

    /** The groups {@code refs} (as {@link GroupVisitor} gave them) as hits of {@link SentenceGroups#FIELDS}, copied. */
    TextFields.Hit[] groups(long[] refs) {
        return read(refs, SentenceGroups.HIT, SentenceGroups.FIELDS);
    }

    /** The documents {@code refs} (as {@link #each} gave them) as hits of {@link TextFields#HIT_FIELDS}, copied. */
    TextFields.Hit[] hits(long[] refs) {
        return read(refs, TextFields.HIT, TextFields.HIT_FIELDS);
    }

    /**
     * Shows {@code to} every document matching {@code query} (its {@link TextFields#HIT} bytes: valid only during the
     * call, not to be kept), in index order, unscored: {@link #matches}' documents when there are at most its limit.
     * Returns how many there were.
     */
    long each(String query, HitVisitor to) {
        return matching(query, (leaf, l) -> {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(TextFields.HIT);
            return d -> {
                if (values == null || !values.advanceExact(d)) {
                    throw new IllegalStateException(dir + ": text index document without its hit fields");
                }
                to.hit(values.binaryValue(), (long) l << 32 | d);
            };
        });
    }

    /** What {@link #matching} does in one segment: set up its readers, then see each live matching document. */
    private interface SegmentVisit {
        DocVisit open(LeafReaderContext leaf, int ordinal) throws IOException;
    }

    private interface DocVisit {
        void doc(int doc) throws IOException;
    }

    /** Shows {@code visit} every live document matching {@code query}, segment by segment, unscored; how many. */
    private long matching(String query, SegmentVisit visit) {
        Query q = parse(query);
        if (searcher == null) {
            return 0;
        }
        long n = 0;
        try {
            var weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            var leaves = searcher.getIndexReader().leaves();
            for (int l = 0; l < leaves.size(); l++) {
                LeafReaderContext leaf = leaves.get(l);
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocVisit each = visit.open(leaf, l);
                DocIdSetIterator docs = scorer.iterator();
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    n++;
                    each.doc(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** What {@link #each} shows of each matching document. */
    interface HitVisitor {
        /** One document: its hit bytes (valid only during the call) and a reference to read it again. */
        void hit(BytesRef hit, long ref);
    }

    private TextFields.Hit[] read(long[] refs, String field, List<String> fields) {
        Integer[] order = new Integer[refs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong(i -> refs[i])); // doc values iterate forwards
        TextFields.Hit[] out = new TextFields.Hit[refs.length];
        var leaves = searcher.getIndexReader().leaves();
        int leaf = -1;
        BinaryDocValues values = null;
        long previous = -1;
        TextFields.Hit last = null;
        try {
            for (int i : order) {
                if (refs[i] != previous) { // the same group twice is read once
                    int l = (int) (refs[i] >>> 32);
                    if (l != leaf) {
                        leaf = l;
                        values = leaves.get(l).reader().getBinaryDocValues(field);
                    }
                    if (values == null || !values.advanceExact((int) refs[i])) {
                        throw new IllegalStateException(dir + ": text index document without its " + field);
                    }
                    last = TextFields.hit(values.binaryValue(), fields);
                    previous = refs[i];
                }
                out[i] = last;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Whether the query analyser makes {@code words} exactly one token, of type {@code type}, spelled as {@code words}
     * itself: what a rule about the index's tokens must ask the analyser, not Unicode (its tokenizer's Unicode
     * version is older than Java's).
     */
    boolean isOneToken(String words, String type) {
        try (TokenStream ts = analyzer.tokenStream(TextIndex.SENTENCE_FIELD, words)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute types = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            boolean one = ts.incrementToken() && type.equals(types.type()) && words.contentEquals(term)
                    && !ts.incrementToken();
            ts.end();
            return one;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String query) {
        try {
            return new QueryParser(TextIndex.SENTENCE_FIELD, analyzer).parse(query);
        } catch (ParseException e) {
            throw new org.pledgegraph.model.InputException("search", "not a text query: " + query + " (" + e.getMessage() + ")");
        }
    }

    /** The hit fields of segment document {@code doc}. */
    private TextFields.Hit hit(BinaryDocValues values, int doc) throws IOException {
        if (values == null || !values.advanceExact(doc)) {
            throw new IllegalStateException(dir + ": text index document without its hit fields");
        }
        return TextFields.hit(values.binaryValue());
    }
}
