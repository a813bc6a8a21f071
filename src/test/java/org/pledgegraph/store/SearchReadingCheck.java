package org.pledgegraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Checks that the readings {@code search} counts its rows with — the index's sentence groups read where they match
 * ({@link SearchGroups}) and name hits read where they lie ({@link SearchNames} as an {@link IndexReading.HitVisitor})
 * — answer as the copied hits read one by one do ({@link SearchEvidence} over every sentence hit, {@link SearchNames}
 * over copied name hits): the same totals, the same rows for each page end, the same name hits in the same order. The
 * groups are also read with every text hash made equal, so that groups of one file and year are told apart only by
 * comparing their texts (fails if that comparison is dropped or merges unequal texts).
 */
final class SearchReadingCheck {
    private static final Set<String> NAMED = Set.of(org.pledgegraph.rdf.PG.NS + "Project", org.pledgegraph.rdf.PG.NS + "Park",
            org.pledgegraph.rdf.PG.NS + "Road", org.pledgegraph.rdf.PG.NS + "Enterprise",
            org.pledgegraph.rdf.PG.NS + "Facility", org.pledgegraph.rdf.PG.Place.getURI());

    private SearchReadingCheck() {
    }

    /**
     * For each phrase, {@code search}'s pages ({@code paged}) equal its SPARQL evaluation ({@code sparql}) at every
     * paging, and its readings agree ({@link #assertSameReadings}); returns each phrase's total.
     */
    static java.util.Map<String, Long> assertPagesAsSparql(GraphStore store, NamedQuery paged, NamedQuery sparql,
                                                           java.util.List<String> phrases,
                                                           java.util.List<Paging> pagings, String step) {
        QueryRunner runner = new QueryRunner(store);
        java.util.Map<String, Long> totals = new java.util.HashMap<>();
        for (String phrase : phrases) {
            java.util.Map<String, org.apache.jena.graph.Node> params =
                    QueryRunner.parseParams(java.util.List.of("phrase=" + phrase));
            for (Paging p : pagings) {
                QueryRunner.Table want = runner.select(sparql, params, p);
                QueryRunner.Table got = runner.select(paged, params, p);
                org.junit.jupiter.api.Assertions.assertEquals(want.total(), got.total(), phrase + " total");
                org.junit.jupiter.api.Assertions.assertEquals(want.rows().toString(), got.rows().toString(),
                        phrase + " " + p);
                totals.put(phrase, got.total());
            }
            assertSameReadings(store, phrase, step);
        }
        return totals;
    }

    /** Asserts the above for {@code phrase} (under {@code pgs:hits}' limit) on {@code store}'s committed index. */
    static void assertSameReadings(GraphStore store, String phrase, String step) {
        String quoted = phrase.replaceAll("([\"\\\\])", "\\\\$1");
        store.read(() -> store.textIndex().reading(r -> {
            SearchEvidence byHit = new SearchEvidence(phrase);
            r.matches("sentence:\"" + quoted + "\"", 100_000).forEach(h -> {
                if (h.is(TextFields.FIELD, TextIndex.SENTENCE_FIELD.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                    byHit.add(h);
                }
            });
            SearchGroups groups = new SearchGroups(phrase, r);
            r.groups(SentenceGroups.TEXT + ":\"" + quoted + "\"", groups);
            SearchGroups colliding = new SearchGroups(phrase, r, 0L);
            r.groups(SentenceGroups.TEXT + ":\"" + quoted + "\"", colliding);
            String at = step + ": " + phrase;
            assertEquals(byHit.count(), groups.count(), at + " evidence rows");
            assertEquals(byHit.count(), colliding.count(), at + " evidence rows, every hash equal");
            Map<Node, NodeValue> values = new java.util.IdentityHashMap<>();
            Comparator<Node> order = (a, b) -> a == b ? 0 : a == null || b == null ? (a == null ? -1 : 1)
                    : NodeValue.compareAlways(values.computeIfAbsent(a, NodeValue::makeNode), values.computeIfAbsent(b,
                    NodeValue::makeNode));
            for (long end : new long[] {1, 2, 3, 7, 100, Long.MAX_VALUE}) {
                List<String> want = rows(e -> byHit.first(end, order, e));
                assertEquals(want, rows(e -> groups.first(end, order, e)), at + " rows to " + end);
                assertEquals(want, rows(e -> colliding.first(end, order, e)), at + " rows to " + end + ", every hash equal");
            }
            assertEquals(rows(byHit::all), rows(groups::all), at + " every row");
            SearchNames copied = new SearchNames(phrase, NAMED);
            r.matches("name:\"" + quoted + "\"", 100_000).forEach(copied::add);
            SearchNames referenced = new SearchNames(phrase, NAMED);
            r.each("name:\"" + quoted + "\"", referenced);
            assertEquals(copied.count(), referenced.count(), at + " name rows");
            assertEquals(keys(copied.hits(r)), keys(referenced.hits(r)), at + " name hits");
            return null;
        }));
    }

    /** The rows a reader gives, each as text, sorted (a page orders them itself). */
    private static List<String> rows(java.util.function.Consumer<java.util.function.Consumer<Node[]>> reader) {
        List<String> out = new ArrayList<>();
        reader.accept(r -> out.add(java.util.Arrays.toString(r)));
        out.sort(null);
        return out;
    }

    private static List<String> keys(List<TextFields.Hit> hits) {
        return hits.stream().map(h -> h.get("uri") + " " + h.get(TextFields.TEXT)).toList();
    }
}
