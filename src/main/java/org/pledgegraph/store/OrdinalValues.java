package org.pledgegraph.store;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The values of one segment's sorted doc value by ordinal, for one reading. {@link SortedDocValues#lookupOrd}
 * decompresses the value's block of the terms dictionary (64 values, LZ4) and walks to it, every call: {@link
 * IndexReading#groups} asks for each sentence group's (file, year) in document order, and in the segments that
 * relinking rewrote those ordinals come in no order, so a common phrase looked up ~1,040 values per segment one block
 * each — a third of {@code search}'s CPU at 1,045 documents (profiled, session 28). Past a few look-ups (a 64th of the
 * values, about the cost of reading them all) every value is read in one ordered pass, each block decompressed once,
 * and kept; a phrase that meets few groups still looks up only those.
 */
final class OrdinalValues {
    private final SortedDocValues values;
    private final int lookUps;
    private int looked;
    /** Every value end to end, and where each ordinal's starts (with the end after the last); null until read. */
    private byte[] bytes;
    private int[] starts;
    private final BytesRef view = new BytesRef();

    OrdinalValues(SortedDocValues values) {
        this.values = values;
        this.lookUps = Math.max(1, values.getValueCount() >> 6);
    }

    /** The value of ordinal {@code ord} (valid until the next call). */
    BytesRef get(int ord) throws IOException {
        if (starts == null && ++looked > lookUps) {
            readAll();
        }
        if (starts == null) {
            return values.lookupOrd(ord);
        }
        view.bytes = bytes;
        view.offset = starts[ord];
        view.length = starts[ord + 1] - starts[ord];
        return view;
    }

    /** Whether every value was read in one pass (for tests). */
    boolean readWhole() {
        return starts != null;
    }

    private void readAll() throws IOException {
        int n = values.getValueCount();
        int[] at = new int[n + 1];
        byte[] all = new byte[Math.max(16, n * 32)];
        TermsEnum terms = values.termsEnum(); // its own reader of the dictionary: the doc iterator is not moved
        int size = 0;
        for (int o = 0; o < n; o++) {
            BytesRef v = terms.next();
            if (v == null) {
                throw new IllegalStateException("a sorted doc value with " + n + " values ended at " + o);
            }
            if (size + v.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, size + v.length));
            }
            System.arraycopy(v.bytes, v.offset, all, size, v.length);
            at[o] = size;
            size += v.length;
        }
        at[n] = size;
        bytes = all;
        starts = at;
    }
}
