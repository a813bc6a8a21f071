package org.pledgegraph.resolve;

import java.util.Objects;
import org.pledgegraph.model.EntityType;

/** A resolved entity by type and key (the two parts of its IRI). */
public record EntityRef(EntityType type, String key) implements Comparable<EntityRef> {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    @Override
    public int compareTo(EntityRef o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : key.compareTo(o.key);
    }

    @Override
    public String toString() {
        return type.key() + ":" + key;
    }
}
