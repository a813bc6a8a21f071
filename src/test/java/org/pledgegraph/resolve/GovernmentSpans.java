package org.pledgegraph.resolve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pledgegraph.model.StoredMention;
import org.pledgegraph.store.GraphStore;
import org.pledgegraph.text.Places;

/**
 * The README's identity-across-governments figures for a store: entities whose mentions come from more than one
 * government with identity per government (as ingest resolves) and without it (every jurisdiction dropped: the
 * resolver as it was before), entities joining two non-nested governments without a pinning name (should be 0),
 * the entities named by one of the generic phrases issue 10 lists, and sample decisions of each cross-government
 * rule.
 * <pre>
 *   java -cp target/pledgegraph.jar:target/test-classes org.pledgegraph.resolve.GovernmentSpans STORE
 * </pre>
 */
public final class GovernmentSpans {
    /** The generic phrases issue 10 lists (its points 2 and 3), as normalised names. */
    static final java.util.Set<String> GENERIC = java.util.Set.of("更多", "总体思路", "帮扶", "更新改造", "招商引资",
            "普惠性幼儿园", "零碳园区", "跨国公司", "区人民医院", "二期", "一期", "农村公路", "口袋公园", "断头路", "城市更新",
            "三甲医院", "社康中心", "职教中心");

    private GovernmentSpans() {
    }

    public static void main(String[] args) {
        Places places = Places.bundled();
        try (GraphStore s = GraphStore.open(Path.of(args[0]))) {
            List<StoredMention> ms = s.read(s::mentions);
            Map<String, String> gov = ms.stream().collect(Collectors.toMap(StoredMention::iri, StoredMention::jurisdiction));
            List<StoredMention> flat = ms.stream().map(m -> new StoredMention(m.iri(), m.type(), m.surface(), m.document(),
                    m.year(), m.industry(), m.place(), m.evidenceStart(), m.documentYear(), m.modality(), m.stage(), ""))
                    .toList();
            Resolution before = new Resolver().resolve(flat, Curation.NONE);
            Resolution after = new Resolver(places).resolve(ms, Curation.NONE);
            System.out.printf("before: %d entities, %d spanning governments%n", before.entities().size(), spanning(before, gov));
            System.out.printf("after: %d entities, %d spanning governments%n", after.entities().size(), spanning(after, gov));
            long nestedOnly = after.entities().stream().filter(e -> {
                List<String> g = e.mentions().stream().map(gov::get).distinct().toList();
                return g.size() > 1 && g.stream().allMatch(x -> g.stream().allMatch(y -> places.nested(x, y)));
            }).count();
            System.out.printf("after: %d spanning only nested governments, %d spanning non-nested ones%n", nestedOnly,
                    spanning(after, gov) - nestedOnly);
            // The generic phrases issue 10 names: how many entities (any government) still carry one as their name.
            Map<String, Long> generic = new TreeMap<>();
            for (ResolvedEntity e : after.entities()) {
                if (GENERIC.contains(NameKey.of(e.label()))) {
                    generic.merge(NameKey.of(e.label()), 1L, Long::sum);
                }
            }
            System.out.println("generic-phrase entities: " + generic.values().stream().mapToLong(Long::longValue).sum()
                    + " " + generic);
            long bad = after.entities().stream().filter(e -> !e.rule().matches(".*same-name-(place-named|railway|"
                    + "national-new-area|company).*")).filter(e -> {
                        List<String> g = e.mentions().stream().map(gov::get).distinct().toList();
                        return g.stream().anyMatch(x -> g.stream().anyMatch(y -> !places.nested(x, y)));
                    }).peek(e -> System.out.println("non-nested: " + e.label())).count();
            System.out.println("joins of non-nested governments without a pinning name: " + bad);
            Map<String, List<Decision>> byRule = after.decisions().stream().filter(d -> d.rule().contains("same-name-"))
                    .collect(Collectors.groupingBy(Decision::rule, TreeMap::new, Collectors.toList()));
            byRule.forEach((rule, ds) -> {
                System.out.println(rule + ": " + ds.size());
                new Random(1).ints(0, ds.size()).distinct().limit(Math.min(10, ds.size()))
                        .forEach(i -> System.out.println("  " + ds.get(i).leftName() + " | " + ds.get(i).rightName()
                                + " (" + ds.get(i).left().type() + ")"));
            });
        }
    }

    private static long spanning(Resolution r, Map<String, String> gov) {
        return r.entities().stream().filter(e -> e.mentions().stream().map(gov::get).distinct().count() > 1).count();
    }
}
