package org.pledgegraph.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A range of a byte array, compared and hashed by content. */
final class TextBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte[] a;
    private final int from;
    private final int to;
    /**
     * Computed when first asked for (most values of a hit are only compared, or not at all); as String caches its
     * hash, a zero hash is marked apart and written only after it, so a racing reader at worst computes it again.
     */
    private int hash;
    private boolean hashIsZero;

    TextBytes(byte[] a, int from, int to) {
        this.a = a;
        this.from = from;
        this.to = to;
    }

    /** Whether these bytes hold {@code needle}'s (of valid UTF-8 both: as the strings would contain each other). */
    boolean contains(byte[] needle) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (a[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    int length() {
        return to - from;
    }

    /** The first byte, as a character (the one-letter prefix of a stored link value). */
    char first() {
        return (char) a[from];
    }

    String string() {
        return new String(a, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextBytes b && to - from == b.to - b.from && hashCode() == b.hashCode()
                && Arrays.equals(a, from, to, b.a, b.from, b.to);
    }

    @Override
    public int hashCode() {
        int cached = hash;
        if (cached == 0 && !hashIsZero) {
            // Eight bytes a step: a search hashes a key per hit, and a byte at a time was a quarter of its time (profiled).
            long h = to - from;
            int i = from;
            for (; i + 8 <= to; i += 8) {
                h = h * 0x9E3779B97F4A7C15L + (long) LONGS.get(a, i);
            }
            for (; i < to; i++) {
                h = h * 31 + a[i];
            }
            cached = (int) (h ^ (h >>> 32));
            if (cached == 0) {
                hashIsZero = true;
            } else {
                hash = cached;
            }
        }
        return cached;
    }
}
