package org.pledgegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** Blocking by signatures finds exactly the matches of scoring every pair, in the same order (invented names). */
class ClustererBlockingTest {
    private static final String CHARS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土风云山河海";
    private static final List<String> TAILS = List.of("产业园", "项目", "大道", "有限公司", "科技", "集团有限公司", "医院", "");

    @Test
    void blockedPairsFindEveryMatchOfAllPairs() {
        Random rnd = new Random(42);
        TreeSet<String> names = new TreeSet<>();
        while (names.size() < 700) {
            StringBuilder b = new StringBuilder();
            if (rnd.nextInt(4) == 0) {
                b.append("新安").append("区市县镇".charAt(rnd.nextInt(4))); // administrative prefixes
            }
            int len = 2 + rnd.nextInt(6);
            for (int i = 0; i < len; i++) {
                b.append(CHARS.charAt(rnd.nextInt(8 + rnd.nextInt(CHARS.length() - 8))));
            }
            b.append(TAILS.get(rnd.nextInt(TAILS.size())));
            String name = b.toString();
            names.add(name);
            // Near variants so every rule has matches to find: a tail dropped, a character added or changed.
            if (name.length() > 5) {
                names.add(name.substring(2));
                names.add(name.substring(0, 2) + "火" + name.substring(2));
                names.add(name.substring(0, 1) + (char) (name.charAt(1) + 1) + name.substring(2));
                // Dashes of two widths, a two-character modifier, a two-character qualifier in front.
                names.add(name.substring(0, 2) + "—" + name.substring(2));
                names.add(name.substring(0, 2) + "－" + name.substring(2));
                names.add(name.substring(0, 2) + "云风" + name.substring(2));
                names.add("山河" + name);
                names.add("国家" + name); // a rank word in front
                // A line by its two ends written out, and by their first characters (high-speed or not).
                names.add(name.substring(0, 2) + "至" + name.substring(2, 4) + "铁路");
                names.add("" + name.charAt(0) + name.charAt(2) + (rnd.nextBoolean() ? "铁路" : "高铁"));
                // A place in front with a modifier inside; a note in brackets at the end.
                names.add("明城" + name.substring(0, 2) + "云风" + name.substring(2));
                names.add(name + "（山河所）");
            }
            if (rnd.nextInt(3) == 0) {
                names.add(name + "有限公司");
            }
        }
        List<String> keys = List.copyOf(names);
        // the rules that know the places and the government, with blocking of their own
        org.pledgegraph.text.Places places = org.pledgegraph.text.Places.of(List.of(
                new org.pledgegraph.model.Place("990100", "990100", org.pledgegraph.model.PlaceLevel.PREFECTURE, "CN",
                        "明城市", "明城", List.of())));
        List<MergeRule> rules = new ArrayList<>(MergeRule.defaults());
        rules.add(new PlacedShortenedName(new DropPlacePrefix(places, "990100")));
        rules.add(new BracketNote(places));
        rules.add(new TerminiAbbreviation(places));
        for (MergeRule rule : rules) {
            for (EntityType type : List.of(EntityType.PROJECT, EntityType.ENTERPRISE)) {
                List<long[]> all = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    for (int j = i + 1; j < keys.size(); j++) {
                        if (rule.score(type, keys.get(i), keys.get(j)).isPresent()) {
                            all.add(new long[] {i, j});
                        }
                    }
                }
                List<long[]> blocked = new ArrayList<>();
                long previous = -1;
                for (long pair : Clusterer.candidatePairs(rule, type, keys)) {
                    assertTrue(pair > previous, "pairs not in all-pairs order");
                    previous = pair;
                    int i = (int) (pair >>> 32);
                    int j = (int) pair;
                    if (rule.score(type, keys.get(i), keys.get(j)).isPresent()) {
                        blocked.add(new long[] {i, j});
                    }
                }
                assertEquals(render(all), render(blocked), rule.name() + " " + type);
                if (rule instanceof EnterpriseShortName && type == EntityType.PROJECT) {
                    continue; // this rule matches enterprises only
                }
                assertTrue(!all.isEmpty(), rule.name() + " found nothing to compare for " + type);
            }
        }
    }

    private static List<String> render(List<long[]> pairs) {
        return pairs.stream().map(p -> p[0] + "-" + p[1]).toList();
    }
}
