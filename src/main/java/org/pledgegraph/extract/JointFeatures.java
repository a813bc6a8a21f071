package org.pledgegraph.extract;

import java.util.List;

/**
 * Judge features of a name extended left across a one-character stop word (和, 及, 与, 至, 的, …: the boundary
 * variant {@code ext1}): what the part before the joint is. A field of work before 和 belongs to one institution's
 * name (甲材料和乙器件交易中心), while a part that ends in a head noun of its own is a second name beside the first
 * (甲公园和乙中心), and a place before 至 makes a route. Read from general suffix lists and the place table only.
 */
final class JointFeatures {
    private JointFeatures() {
    }

    /** Adds {@code jl} (the left part's kind) and {@code jl+j} (with the joint) for a one-step extension. */
    static void add(List<String> f, String name, String variant, org.pledgegraph.text.Places places) {
        if (!variant.startsWith("ext1/") || variant.length() != 6) {
            return;
        }
        char joint = variant.charAt(5);
        int at = name.lastIndexOf(joint);
        if (at <= 0) {
            return;
        }
        String left = name.substring(0, at);
        String kind = DistributedFeatures.headEndsAt(left, left.length()) ? "suffixed"
                : places != null && places.isName(left) ? "place"
                : places != null && placePrefix(left, places) ? "placed"
                : left.length() <= 2 ? "short" : "plain";
        f.add("jl=" + kind);
        f.add("jl+j=" + kind + joint);
    }

    private static boolean placePrefix(String s, org.pledgegraph.text.Places places) {
        for (int k = Math.min(s.length() - 1, 8); k >= 2; k--) {
            if (places.isName(s.substring(0, k))) {
                return true;
            }
        }
        return false;
    }
}
