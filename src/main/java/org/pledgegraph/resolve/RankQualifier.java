package org.pledgegraph.resolve;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * A name written with and without the rank word a report puts in front ({@code 国家深海观测中心} / {@code 深海观测中心},
 * {@code 全国全域体育示范区} / {@code 全域体育示范区}, {@code 省统一执法平台} / {@code 统一执法平台}) or with two forms of one
 * rank ({@code 国家级水上运动中心} / {@code 国家水上运动中心}, {@code 区属特教学校} / {@code 区特教学校}). Two different ranks
 * are two things (a national and a provincial centre), and a city or district rank is never left out (a district's
 * report names the city's hospital and its own). The rest is a name of 5+ characters. A later report drops or adds
 * the word; one report writing both usually means two things, so only across reports. Score 0.85.
 */
final class RankQualifier implements MergeRule {
    private static final int MIN_REST = 5;
    /** Rank words, longest first within each rank; the first letter says the rank. */
    private static final List<String> WORDS = List.of("N国家级", "N国家", "N全国", "P省级", "P省", "C市级", "C市属", "C市",
            "D区级", "D区属", "D区");
    /** Ranks that a later report may leave out altogether. */
    private static final String DROPPABLE = "NP";

    @Override
    public String name() {
        return "rank-qualifier";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    @Override
    public Collection<String> signatures(EntityType type, String key) {
        return List.of(rest(key));
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        char ra = rank(a);
        char rb = rank(b);
        String rest = rest(a);
        if (a.equals(b) || !rest.equals(rest(b)) || rest.length() < MIN_REST || !MergeRule.han(rest.charAt(0))) {
            return OptionalDouble.empty();
        }
        boolean sameRank = ra != 0 && ra == rb;
        boolean oneBare = ra == 0 && DROPPABLE.indexOf(rb) >= 0 || rb == 0 && DROPPABLE.indexOf(ra) >= 0;
        return sameRank || oneBare ? OptionalDouble.of(0.85) : OptionalDouble.empty();
    }

    private static char rank(String key) {
        for (String w : WORDS) {
            if (key.startsWith(w.substring(1)) && key.length() > w.length() - 1) {
                return w.charAt(0);
            }
        }
        return 0;
    }

    /** The name without its rank word. */
    static String rest(String key) {
        for (String w : WORDS) {
            if (key.startsWith(w.substring(1)) && key.length() > w.length() - 1) {
                return key.substring(w.length() - 1);
            }
        }
        return key;
    }
}
