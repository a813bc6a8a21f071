package org.pledgegraph.extract;

import org.pledgegraph.model.EntityType;

/** Enterprises with a company suffix (…有限公司, …集团, …重工); items coordinated with one are enterprises too. */
public final class EnterpriseRecognizer extends SuffixRecognizer {
    public EnterpriseRecognizer() {
        super(EntityType.ENTERPRISE);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        if (suffix.equals("集团") && end - suffix.length() > 0 && t.charAt(end - suffix.length() - 1) == '国') {
            return false; // 二十国集团: a grouping of states
        }
        return !(suffix.equals("集团") && followedBy(t, end, "有股化军"));
    }
}
