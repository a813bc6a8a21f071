package org.pledgegraph.extract;

import java.util.List;

/**
 * Judge features of a name built by giving a list's shared head to one member ("甲、乙等大型水库" → 甲水库): whether
 * the distribution fits. In Chinese coordination a class noun written once after the list belongs to every member
 * (甲、乙灌区), but a head that is itself a compound of two heads (…码头物流园, …广场停车场) or a member that already
 * ends in a head of its own (甲剧院 + 博物馆) makes the joined string no one's name. Read from the name, the text
 * its list spans and general suffix lists only; nothing for a name written as it stands in the text.
 */
final class DistributedFeatures {
    private DistributedFeatures() {
    }

    /** Adds {@code dh*}/{@code dm*} features for {@code name} distributed over {@code span} (the list and its head). */
    static void add(List<String> f, String name, String span, org.pledgegraph.text.Places places) {
        if (span.equals(name) || !span.endsWith(lastChar(name))) {
            return;
        }
        // The longest common ending: when the last two members end alike it runs into the member (甲县、乙县产业园 →
        // head 县产业园, member 甲). Taking the head after the member the list writes before a joint was tried after
        // review (session 16): dev-only LOGO +0.0003 with the judge retrained, but a road-named member (甲路、乙路
        // 社区卫生服务中心) then reads as a member with a head of its own and its distributed name is dropped. Session
        // 17 (head17, commit 498ea3f) added the road/place kind (a member ending in a street or lower-division class
        // word counts as a place) and the kind paired with the name's type: the road-named list is kept again, but
        // LOGO rose only 0.7677 → 0.7688, under the +0.002 rule, so neither is shipped (docs/evaluation-history.md).
        // Training and extraction compute the same thing either way.
        int k = 0;
        while (k < name.length() && k < span.length()
                && name.charAt(name.length() - 1 - k) == span.charAt(span.length() - 1 - k)) {
            k++;
        }
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
        String m = headEndsAt(member, member.length()) ? "suffixed"
                : places != null && (places.isName(member)) ? "place"
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
        f.add("dcomp+etc=" + compound + etc);
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
