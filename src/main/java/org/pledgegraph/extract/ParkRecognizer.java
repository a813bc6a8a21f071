package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/** Parks and zones: …产业园, …示范园, …园区, …开发区, …试验区, …商务区. */
public final class ParkRecognizer extends SuffixRecognizer {
    public ParkRecognizer() {
        super(EntityType.PARK);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        return !(suffix.endsWith("园") && followedBy(t, end, "区林艺地"));
    }
}
