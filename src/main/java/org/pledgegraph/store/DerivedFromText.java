package org.pledgegraph.store;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What a page reader works out from the text of a stored table literal (where each line's column lies, which lines
 * name which entity), kept for the store while that text is in memory, so that the next request does not work it
 * out again. A value is a function of the text and a key alone (the text is immutable; equal texts give equal
 * values), so a kept value is never stale: a store that changes holds new literals, whose texts are other keys.
 * Texts are held weakly: TDB2's node cache keeps a literal's text while the literal is read often, and once it lets
 * the literal go, the value goes with it (a value must not refer to its text). One per store, in its dataset's
 * context ({@link GraphStore#open}); without one ({@link #of} on a dataset not opened that way) a value is worked
 * out for the request and not kept.
 */
final class DerivedFromText {
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/pledgegraph/derivedFromText");

    private final Map<String, Map<Object, Object>> kept = new WeakHashMap<>();

    /** Registers a new, empty one in {@code context}. */
    static void register(Context context) {
        context.set(SYMBOL, new DerivedFromText());
    }

    /**
     * {@code make(text)} for {@code key}, kept for {@code dsg}'s store if it has a {@link DerivedFromText}. {@code key}
     * (a value with equals) names what {@code make} works out, with any parameter it depends on besides the text;
     * {@code make} may return null (nothing is kept then).
     */
    @SuppressWarnings("unchecked")
    static <V> V of(DatasetGraph dsg, String text, Object key, Function<String, V> make) {
        DerivedFromText store = dsg.getContext().get(SYMBOL);
        if (store == null) {
            return make.apply(text);
        }
        synchronized (store) {
            Map<Object, Object> byKey = store.kept.get(text);
            Object v = byKey == null ? null : byKey.get(key);
            if (v != null) {
                return (V) v;
            }
        }
        V v = make.apply(text); // outside the lock: another request may work out the same value meanwhile
        if (v != null) {
            synchronized (store) {
                store.kept.computeIfAbsent(text, t -> new HashMap<>(2)).putIfAbsent(key, v);
            }
        }
        return v;
    }

    /** How many texts have a value kept (for tests). */
    synchronized int size() {
        return kept.size();
    }

    /** How many values of {@code type} are kept (for tests). */
    synchronized long count(Class<?> type) {
        return kept.values().stream().flatMap(m -> m.values().stream()).filter(type::isInstance).count();
    }
}
