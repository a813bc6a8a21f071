package org.pledgegraph.resolve;

import java.util.TreeSet;
import java.util.stream.Collectors;

/** How the resolve tests write a resolution's entities: each as its sorted names joined by "=", sorted, spaced. */
final class ResolvedNames {
    private ResolvedNames() {
    }

    static String of(Resolution r) {
        return r.entities().stream().map(e -> {
            TreeSet<String> names = new TreeSet<>(e.altLabels());
            names.add(e.label());
            return String.join("=", names);
        }).sorted().collect(Collectors.joining(" "));
    }
}
