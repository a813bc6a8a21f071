package org.pledgegraph.resolve;

/** A relation between two resolved entities: {@code subject kind object}. */
public record Relation(EntityRef subject, Kind kind, EntityRef object) {
    /** The relations the resolver asserts. */
    public enum Kind {
        /** The subject is a phase, part or enumerated member of the object (pg:partOf). */
        PART_OF,
        /** The subject (a project) is named after and belongs to the object (an enterprise) (pg:ofEnterprise). */
        OF_ENTERPRISE
    }

    @Override
    public String toString() {
        return subject + " " + kind + " " + object;
    }
}
