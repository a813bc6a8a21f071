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
        return contains(a, from, to, needle);
    }

    /**
     * Whether {@code a[from, to)} holds {@code needle}. Looks for the needle's last byte eight bytes a step and
     * compares the whole needle only where it is found: a search checks the text of every matching group and name,
     * and a byte-by-byte scan was 15 % of a common phrase's time (profiled). The last byte of a Chinese phrase's
     * UTF-8 is a continuation byte, far rarer in Chinese text than its lead byte.
     */
    static boolean contains(byte[] a, int from, int to, byte[] needle) {
        int n = needle.length;
        if (n == 0) {
            return from <= to;
        }
        int last = n - 1;
        byte b = needle[last];
        long pattern = (b & 0xFFL) * 0x0101010101010101L;
        int i = from + last; // positions where the needle's last byte may stand
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(a, i) ^ pattern;
            long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // a high bit per zero byte (and maybe above one)
            while (found != 0) {
                int at = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (a[at] == b && Arrays.equals(a, at - last, at + 1, needle, 0, n)) {
                    return true;
                }
                found &= found - 1;
            }
        }
        for (; i < to; i++) {
            if (a[i] == b && Arrays.equals(a, i - last, i + 1, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** The array these bytes lie in (not copied: not to be changed). */
    byte[] bytes() {
        return a;
    }

    /** Where these bytes start in {@link #bytes()}. */
    int from() {
        return from;
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

    /** Whether these bytes are those of {@code b[from, to)}. */
    boolean is(byte[] b, int from, int to) {
        return Arrays.equals(a, this.from, this.to, b, from, to);
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
            cached = hash(a, from, to);
            if (cached == 0) {
                hashIsZero = true;
            } else {
                hash = cached;
            }
        }
        return cached;
    }

    /** The hash of {@code a[from, to)}, as {@link #hashCode} of those bytes. */
    static int hash(byte[] a, int from, int to) {
        long h = hash64(a, from, to);
        return (int) (h ^ (h >>> 32));
    }

    /**
     * A 64-bit hash of {@code a[from, to)}: eight bytes a step (a search hashes a key per hit, and a byte at a time
     * was a quarter of its time: profiled).
     */
    static long hash64(byte[] a, int from, int to) {
        long h = to - from;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = h * 0x9E3779B97F4A7C15L + (long) LONGS.get(a, i);
        }
        for (; i < to; i++) {
            h = h * 31 + a[i];
        }
        return h;
    }
}
