package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judge features of the whole enumeration (甲、乙、丙) a name sits in, not of the name alone: how many members it has,
 * whether the members end in a head noun of their own or are places, whether a rule recogniser proposed the other
 * members, how much their lengths differ, the class of the word the list closes on (…等行业 says the members are
 * industries, …等项目 that they are works) and the class of the verb before the list. The members of one
 * enumeration are the same kind of thing, so what the list looks like as a whole is evidence for each member.
 * Read from the sentence, general suffix lists, the place table and the other proposals only.
 */
final class ListFeatures {
    /** List joint and the characters that end a member (a member is what stands between two of them). */
    private static final String STOPS = "、，。；：,;:等和及与（）()“”\"";
    private static final int MAX_MEMBERS = 12;
    private static final int MAX_MEMBER = 25;
    /**
     * Classes of the word after 等 that closes a list: fields and topics (GB/T 4754's 行业 and 产业, the reports'
     * 领域/业态/技术), places (等地, 等县), organisations (企业, 高校, 机构) and works (项目, 工程). The words are general
     * category nouns of national statistics and planning prose, not names.
     */
    private static final List<String> FIELD = List.of("产业", "行业", "领域", "业态", "技术", "方向", "赛道", "集群", "服务",
            "工作", "方面", "问题", "活动", "模式", "品种", "产品", "专业", "学科", "要素", "市场", "功能", "经济", "制造");
    private static final List<String> PLACE = List.of("地", "区域", "国家", "省份", "城市", "县", "市", "镇", "乡", "村",
            "街道", "片区", "流域");
    private static final List<String> ORG = List.of("企业", "公司", "集团", "龙头", "单位", "机构", "高校", "院校", "医院",
            "银行", "平台");
    private static final List<String> WORKS = List.of("项目", "工程", "设施", "基础设施");

    private ListFeatures() {
    }

    /** The enumeration around {@code [b, e)} of {@code t}: its members in order, their start offsets and its end. */
    record Enumeration(List<String> members, List<Integer> starts, int end) {
        int begin() {
            return starts.get(0);
        }
    }

    /**
     * Adds the {@code l*} features for the name at {@code [b, e)} of the sentence text {@code t} ({@code base}: the
     * sentence's offset in the document) when it sits in an enumeration of two or more members; {@code ruleEnds}
     * holds the document offsets at which a rule recogniser's (not a proposer's) name of this sentence ends.
     */
    static void add(List<String> f, String t, int b, int e, int base, String type, String source,
                    Set<Integer> ruleEnds, org.pledgegraph.text.Places places) {
        add(f, t, b, e, base, type, source, ruleEnds, places, null);
    }

    /**
     * As above; with {@code specificity} also how many of the other members the corpus table holds (names three or
     * more governments write: a list of common words is a list of categories) and how many are generic words only.
     */
    static void add(List<String> f, String t, int b, int e, int base, String type, String source,
                    Set<Integer> ruleEnds, org.pledgegraph.text.Places places, Specificity specificity) {
        Enumeration en = of(t, b, e);
        if (en == null) {
            return;
        }
        List<String> ms = en.members();
        int n = ms.size();
        String ln = CandidateFeatures.bucket(n, 2, 3, 5, 8);
        int suffixed = 0;
        int placed = 0;
        int ruled = 0;
        int others = 0;
        int common = 0;
        int generic = 0;
        int minLen = Integer.MAX_VALUE;
        int maxLen = 0;
        char last = ms.get(0).isEmpty() ? ' ' : ms.get(0).charAt(ms.get(0).length() - 1);
        boolean sameEnd = true;
        int own = -1;
        for (int i = 0; i < n; i++) {
            String m = ms.get(i);
            int at = en.starts().get(i);
            if (own < 0 && b < at + Math.max(1, m.length())) {
                own = i;
            }
            if (m.isEmpty()) {
                continue;
            }
            minLen = Math.min(minLen, m.length());
            maxLen = Math.max(maxLen, m.length());
            sameEnd &= m.charAt(m.length() - 1) == last;
            if (DistributedFeatures.headEndsAt(m, m.length())) {
                suffixed++;
            } else if (places != null && places.isName(m)) {
                placed++;
            }
            if (NameScanner.isGeneric(m)) {
                generic++;
            }
            if (i != own) {
                others++;
                if (specificity != null && specificity.governments(m) > 0) {
                    common++;
                }
                if (ruleEnds.contains(base + at + m.length())) {
                    ruled++;
                }
            }
        }
        String sfx = share(suffixed, n);
        String cls = closing(t, en.end());
        String lrule = others == 0 ? "none" : share(ruled, others);
        f.add("ln=" + ln);
        f.add("lsfx=" + sfx);
        f.add("lplace=" + share(placed, n));
        f.add("lsame=" + sameEnd);
        f.add("lrule=" + lrule);
        f.add("lspread=" + (maxLen == 0 ? "0" : CandidateFeatures.bucket(maxLen - minLen, 0, 1, 3, 6)));
        f.add("lcls=" + cls);
        f.add("lvc=" + CandidateFeatures.verbClass(CandidateFeatures.clauseVerb(t, en.begin())));
        f.add("lpos=" + (own <= 0 ? "first" : own == n - 1 ? "last" : "mid"));
        f.add("x.lcls+type=" + cls + "+" + type);
        f.add("x.lsfx+type=" + sfx + "+" + type);
        f.add("x.lrule+rec=" + lrule + "+" + source);
        f.add("x.ln+lsfx=" + ln + sfx);
        if (specificity != null) {
            String lcom = others == 0 ? "none" : share(common, others);
            f.add("lcom=" + lcom);
            f.add("lgen=" + share(generic, n));
            f.add("x.lcom+type=" + lcom + "+" + type);
        }
    }

    /** The enumeration the span {@code [b, e)} belongs to, or null when it is in none (fewer than two members). */
    static Enumeration of(String t, int b, int e) {
        int start = b;
        int count = 0;
        while (start > 0 && t.charAt(start - 1) == '、' && count < MAX_MEMBERS) {
            int i = start - 1;
            while (i > 0 && STOPS.indexOf(t.charAt(i - 1)) < 0 && start - 1 - i < MAX_MEMBER) {
                i--;
            }
            if (i == start - 1) {
                break;
            }
            start = i;
            count++;
        }
        int end = Math.max(e, b);
        count = 0;
        while (end < t.length() && t.charAt(end) == '、' && count < MAX_MEMBERS) {
            int j = end + 1;
            while (j < t.length() && STOPS.indexOf(t.charAt(j)) < 0 && j - end - 1 < MAX_MEMBER) {
                j++;
            }
            if (j == end + 1) {
                break;
            }
            end = j;
            count++;
        }
        List<String> members = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        // the first member's item may hold the clause's verb (加快建设甲水库、…): the member starts after it
        int from = start;
        int firstEnd = t.indexOf('、', start);
        if (firstEnd < 0 || firstEnd >= end) {
            return null;
        }
        if (firstEnd > start) {
            for (String v : CandidateFeatures.VERBS) {
                int at = t.substring(start, firstEnd).lastIndexOf(v);
                if (at >= 0 && start + at + v.length() < firstEnd && start + at + v.length() > from) {
                    from = start + at + v.length();
                }
            }
        }
        for (int k = start; k <= end; k++) {
            if (k == end || t.charAt(k) == '、') {
                members.add(t.substring(from, k));
                starts.add(from);
                from = k + 1;
            }
        }
        return members.size() < 2 ? null : new Enumeration(members, starts, end);
    }

    /** The class of what closes the list at {@code end}: after 等, a field, place, organisation, works or other word. */
    static String closing(String t, int end) {
        if (end >= t.length()) {
            return "end";
        }
        char ch = t.charAt(end);
        if (ch != '等') {
            return CandidateFeatures.charClass(ch);
        }
        int to = end + 1;
        while (to < t.length() && to - end <= 8 && STOPS.indexOf(t.charAt(to)) < 0) {
            to++;
        }
        String word = t.substring(end + 1, to);
        for (var c : List.of(java.util.Map.entry("field", FIELD), java.util.Map.entry("org", ORG),
                java.util.Map.entry("works", WORKS), java.util.Map.entry("place", PLACE))) {
            // a place class word starts the closing word (等地, 等县); the others may follow a rank word (等重点项目)
            if (c.getValue().stream().anyMatch(c.getKey().equals("place") ? word::startsWith : word::contains)) {
                return c.getKey();
            }
        }
        return word.isEmpty() ? "deng" : "other";
    }

    private static String share(int k, int n) {
        return k == 0 ? "none" : k == n ? "all" : 2 * k >= n ? "most" : "some";
    }
}
