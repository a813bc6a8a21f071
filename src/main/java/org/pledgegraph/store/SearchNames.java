package org.pledgegraph.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.BytesRef;

/**
 * The name rows of {@link SearchPages} counted without making them: a name hit whose text contains the phrase and
 * whose types include a named-entity class gives one row per (entity, label, type, file, year) of its stored values,
 * distinct over every hit, compared as the stored bytes (equal bytes, equal nodes: as {@link SearchEvidence}). Name
 * rows sort after every evidence row, so a page needs them only when the evidence rows do not fill it; decoding every
 * name hit's entity, types and labels into nodes and a row each was a quarter of a common phrase's time (13 k name hits
 * for 产业 at 1,045 documents, profiled). Each value is numbered by its bytes ({@link ByteIds}), so a hit is read where
 * it lies in the index ({@link IndexReading#each}) and not copied (copying the 13 k hits was 40 % of what a request
 * allocated after session 24's groups change, profiled); the hits that give rows are kept as references for {@link
 * SearchPages} to read again and make their rows. Copied hits ({@link #add}: the ranked path over {@code pgs:hits}'
 * limit) are kept themselves.
 */
final class SearchNames implements IndexReading.HitVisitor {
    /** One name row as numbered values (-1: an unbound file or year). */
    private record Key(int entity, int label, int type, int file, int year) {
    }

    /** The positions of the fields read, in {@link TextFields#HIT_FIELDS}. */
    private static final int URI = TextFields.HIT_FIELDS.indexOf("uri");
    private static final int TEXT = TextFields.HIT_FIELDS.indexOf(TextFields.TEXT);
    private static final int FIELD = TextFields.HIT_FIELDS.indexOf(TextFields.FIELD);
    private static final int TYPE = TextFields.HIT_FIELDS.indexOf(TextFields.TYPE);
    private static final int FILE = TextFields.HIT_FIELDS.indexOf(TextFields.FILE);
    private static final int YEAR = TextFields.HIT_FIELDS.indexOf(TextFields.YEAR);
    private static final int LABEL = TextFields.HIT_FIELDS.indexOf(TextFields.LABEL);
    private static final byte[] NAME = TextIndex.NAME_FIELD.getBytes(StandardCharsets.UTF_8);
    private static final int[] UNBOUND = {-1};
    private final String words;
    /** The phrase's UTF-8 bytes; null when it has a lone surrogate (then texts are compared as strings). */
    private final byte[] needle;
    private final List<byte[]> classes;
    private final ByteIds ids = new ByteIds();
    private final Set<Key> rows = new HashSet<>();
    private final List<TextFields.Hit> kept = new ArrayList<>();
    private long[] keptRefs = new long[64];
    private int keptRefCount;
    /** Where each field of the hit being read starts (reused: one hit at a time). */
    private final int[] starts = new int[TextFields.HIT_FIELDS.size()];
    private final int[] at = new int[1];

    SearchNames(String words, java.util.Collection<String> namedClasses) {
        this.words = words;
        this.needle = StandardCharsets.UTF_8.newEncoder().canEncode(words) ? words.getBytes(StandardCharsets.UTF_8) : null;
        this.classes = namedClasses.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Counts the rows of a copied hit that is not a sentence (no row unless it is a name). */
    void add(TextFields.Hit h) {
        if (keptRefCount > 0) {
            throw new IllegalStateException("names of one search are either copied or referenced");
        }
        if (count(h.bytes(), 0)) {
            kept.add(h);
        }
    }

    /** Counts the rows of a hit of the index, read where it lies (no row unless it is a name). */
    @Override
    public void hit(BytesRef hit, long ref) {
        if (!kept.isEmpty()) {
            throw new IllegalStateException("names of one search are either copied or referenced");
        }
        if (count(hit.bytes, hit.offset)) {
            if (keptRefCount == keptRefs.length) {
                keptRefs = Arrays.copyOf(keptRefs, keptRefCount * 2);
            }
            keptRefs[keptRefCount++] = ref;
        }
    }

    /** The number of distinct name rows. */
    long count() {
        return rows.size();
    }

    /** The hits that give rows, in the order they were added (those referenced read again from {@code reading}). */
    List<TextFields.Hit> hits(IndexReading reading) {
        if (keptRefCount == 0) {
            return kept;
        }
        return Arrays.asList(reading.hits(Arrays.copyOf(keptRefs, keptRefCount)));
    }

    /** Adds the rows of the hit serialised at {@code b[offset…]}; whether it gave any (a name with the phrase). */
    private boolean count(byte[] b, int offset) {
        at[0] = offset;
        for (int f = 0; f < starts.length; f++) {
            starts[f] = at[0];
            int n = TextFields.readInt(b, at);
            for (int k = 0; k < n; k++) {
                int len = TextFields.readInt(b, at);
                at[0] += len;
            }
        }
        at[0] = starts[FIELD];
        if (TextFields.readInt(b, at) == 0 || !is(b, at, NAME) || !named(b) || !found(b)) {
            return false;
        }
        at[0] = starts[URI];
        TextFields.readInt(b, at);
        int entity = next(b);
        int[] types = distinct(b, TYPE);
        int[] labels = distinct(b, LABEL);
        for (int file : orUnbound(distinctOrAll(b, FILE))) {
            for (int year : orUnbound(distinctOrAll(b, YEAR))) {
                for (int type : types) {
                    for (int label : labels) {
                        rows.add(new Key(entity, label, type, file, year));
                    }
                }
            }
        }
        return true;
    }

    /** Whether the value at {@code at} is {@code value}'s bytes ({@code at} not moved on). */
    private static boolean is(byte[] b, int[] at, byte[] value) {
        int[] here = {at[0]};
        int len = TextFields.readInt(b, here);
        return len == value.length && Arrays.equals(b, here[0], here[0] + len, value, 0, len);
    }

    private boolean named(byte[] b) {
        at[0] = starts[TYPE];
        int n = TextFields.readInt(b, at);
        for (int k = 0; k < n; k++) {
            for (byte[] c : classes) {
                if (is(b, at, c)) {
                    return true;
                }
            }
            int len = TextFields.readInt(b, at);
            at[0] += len;
        }
        return false;
    }

    /** Whether one of the hit's texts contains the phrase. */
    private boolean found(byte[] b) {
        at[0] = starts[TEXT];
        int n = TextFields.readInt(b, at);
        for (int k = 0; k < n; k++) {
            int len = TextFields.readInt(b, at);
            boolean hit = needle != null ? TextBytes.contains(b, at[0], at[0] + len, needle)
                    : new String(b, at[0], len, StandardCharsets.UTF_8).contains(words);
            if (hit) {
                return true;
            }
            at[0] += len;
        }
        return false;
    }

    /** The number of the value at {@code at}, which moves past it. */
    private int next(byte[] b) {
        int len = TextFields.readInt(b, at);
        int id = ids.id(b, at[0], at[0] + len);
        at[0] += len;
        return id;
    }

    /** The distinct numbers of the values of field {@code f}. */
    private int[] distinct(byte[] b, int f) {
        at[0] = starts[f];
        int n = TextFields.readInt(b, at);
        int[] out = new int[n];
        int size = 0;
        for (int k = 0; k < n; k++) {
            int id = next(b);
            boolean seen = false;
            for (int i = 0; i < size && !seen; i++) {
                seen = out[i] == id;
            }
            if (!seen) {
                out[size++] = id;
            }
        }
        return size == n ? out : Arrays.copyOf(out, size);
    }

    /** The numbers of every value of field {@code f} (repeats give the same rows: the set keeps one). */
    private int[] distinctOrAll(byte[] b, int f) {
        at[0] = starts[f];
        int n = TextFields.readInt(b, at);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = next(b);
        }
        return out;
    }

    private static int[] orUnbound(int[] values) {
        return values.length == 0 ? UNBOUND : values;
    }
}
