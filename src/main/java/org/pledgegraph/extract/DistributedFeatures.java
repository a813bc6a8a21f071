package org.pledgegraph.extract;

import java.util.List;

/**
 * Judge features of a name built by giving a list's shared head to one member ("甲、乙等大型水库" → 甲水库): whether
 * the distribution fits. In Chinese coordination a class noun written once after the list belongs to every member
 * (甲、乙灌区), but a head that is itself a compound of two heads (…码头物流园, …广场停车场) or a member that already
 * ends in a head of its own (甲剧院 + 博物馆) makes the joined string no one's name — unless that head is a place's or a
 * street's class word (甲路、乙路卫生服务中心: a facility each, located by the road). Read from the name, the text its
 * list spans, the place table and general suffix lists only; nothing for a name written as it stands in the text.
 */
final class DistributedFeatures {
    private DistributedFeatures() {
    }

    /**
     * Adds {@code dh*}/{@code dm*} features for {@code name} of type {@code type} (its key) distributed over
     * {@code span} (the list and its head).
     */
    static void add(List<String> f, String name, String type, String span, org.pledgegraph.text.Places places) {
        if (span.equals(name) || !span.endsWith(lastChar(name))) {
            return;
        }
        int k = headLength(name, span);
        if (k == 0 || k >= name.length()) {
            return;
        }
        String head = name.substring(name.length() - k);
        String member = name.substring(0, name.length() - k);
        String between = span.substring(0, span.length() - k);
        // a head holding a suffix before its own end names a part of a thing the list does not share
        boolean compound = false;
        for (int i = 2; i < head.length(); i++) {
            if (headEndsAt(head, i)) {
                compound = true;
                break;
            }
        }
        String hl = CandidateFeatures.bucket(head.length(), 1, 2, 3, 5);
        f.add("dhlen=" + hl);
        f.add("dhcomp=" + compound);
        String m = placeNamed(member) || places != null && places.isName(member) ? "place"
                : headEndsAt(member, member.length()) ? "suffixed"
                : member.length() <= 2 ? "short" : "plain";
        f.add("dmem=" + m);
        boolean etc = between.endsWith("等") || between.matches(".*等[^、]{0,6}$");
        f.add("detc=" + etc);
        int items = 1;
        for (int i = 0; i < between.length(); i++) {
            if (between.charAt(i) == '、') {
                items++;
            }
        }
        f.add("ditems=" + CandidateFeatures.bucket(items, 2, 3, 5));
        f.add("dmem+hl=" + m + hl);
        // a place or street before a facility's head locates one facility each (甲路、乙路卫生服务中心); before a
        // park's or project's head it is as often a list of places that share one thing
        f.add("dmem+t=" + m + type);
        f.add("dcomp+etc=" + compound + etc);
    }

    /**
     * How many characters of {@code name} are the shared head: what follows the longest start of the name that the
     * span writes before a list joint (甲县 of "甲县、乙县产业园" → 产业园); without one, the longest common ending. The
     * common ending alone runs into the member when the last two members end alike (县产业园, member 甲).
     */
    static int headLength(String name, String span) {
        for (int p = name.length() - 1; p > 0; p--) {
            String head = name.substring(p);
            if (!span.endsWith(head)) {
                continue;
            }
            String member = name.substring(0, p);
            for (int at = span.indexOf(member); at >= 0; at = span.indexOf(member, at + 1)) {
                int after = at + member.length();
                if (after < span.length() - head.length() && JOINTS.indexOf(span.charAt(after)) >= 0) {
                    return head.length();
                }
            }
        }
        int k = 0;
        while (k < name.length() && k < span.length()
                && name.charAt(name.length() - 1 - k) == span.charAt(span.length() - 1 - k)) {
            k++;
        }
        return k;
    }

    /** What follows a list member in the list: the enumeration comma, 和/及/与/或, or 等 before the head. */
    private static final String JOINTS = "、和及与或等";

    /**
     * Class words of places a facility is named after, where the place table may not list the name: the lower levels
     * of the administrative divisions (GB/T 2260 and the statistical division codes down to 社区 and 村) and the class
     * words of street names (路, 街, 大道, 巷). Not 区 or 市: …工业区, …经开区, …强市 are zones and slogans as often as
     * places, and the districts and cities themselves are in the place table. Longest first.
     */
    private static final List<String> PLACE_CLASSES = List.of("街道", "社区", "大街", "大道", "县", "旗", "乡", "镇",
            "村", "路", "街", "巷");

    /**
     * Whether {@code member} is named as a place or street (甲路 of "甲路、乙路卫生服务中心", 甲镇): it ends in a place class
     * word and in no longer suffix of a thing (甲高新区, 甲小镇, 甲街区 are things of their own).
     */
    static boolean placeNamed(String member) {
        for (String w : PLACE_CLASSES) {
            if (member.length() > w.length() && member.endsWith(w)) {
                return longestHeadAtEnd(member) <= w.length();
            }
        }
        return false;
    }

    /** The length of the longest suffix of the rules or of the proposers (two characters or more) ending {@code s}. */
    private static int longestHeadAtEnd(String s) {
        String x = Suffixes.endingAt(s, s.length());
        int best = x == null ? 0 : x.length();
        for (List<String> xs : ProposingRecognizer.SUFFIXES.values()) {
            for (String y : xs) {
                if (y.length() >= 2 && y.length() > best && s.endsWith(y)) {
                    best = y.length();
                }
            }
        }
        return best;
    }

    /** Whether a suffix of the rules or of the proposers (two characters or more) ends at {@code end} of {@code s}. */
    static boolean headEndsAt(String s, int end) {
        if (Suffixes.endingAt(s, end) != null) {
            return true;
        }
        String prefix = s.substring(0, end);
        for (List<String> xs : ProposingRecognizer.SUFFIXES.values()) {
            for (String x : xs) {
                if (x.length() >= 2 && prefix.endsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastChar(String s) {
        return s.isEmpty() ? "" : s.substring(s.length() - 1);
    }
}
