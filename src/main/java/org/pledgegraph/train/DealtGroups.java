package org.pledgegraph.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Governments dealt round-robin, in sorted order, into a number of groups: the cross-fitting folds of the learned
 * proposer's and the second judge pass's training, so that each document is scored by a model that never saw its
 * government. Sorted dealing keeps the folds, and so the models, the same from run to run.
 */
final class DealtGroups {
    private DealtGroups() {
    }

    /** The non-empty groups of {@code governments} (duplicates ignored) dealt into {@code n}, in dealing order. */
    static List<Set<String>> of(Collection<String> governments, int n) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(governments));
        List<Set<String>> groups = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            Set<String> group = new HashSet<>();
            for (int i = g; i < sorted.size(); i += n) {
                group.add(sorted.get(i));
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }
}
