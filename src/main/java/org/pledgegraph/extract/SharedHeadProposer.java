package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the names of list members that share one head noun and carry no suffix of their own, as the
 * head distributed to each member: "甲、乙等大型水库" → 甲水库, 乙水库; "甲、乙国家物流枢纽" → 甲国家物流枢纽. In
 * Chinese coordination the head (the class noun) is written once after the last member, so each member's
 * full name is the member plus the head. Proposed only for the judge to decide (a head may also be a
 * category the members are examples of). The heads are the general suffixes of {@link Suffixes} and the
 * proposers' suffixes plus a few class nouns of the national water, transport and heritage statistics
 * (水库, 灌区, 遗址, 机场, 铁路, 高速公路).
 */
final class SharedHeadProposer implements Recognizer, Proposer {
    /** Class nouns that head a list of names and are no suffix of their own elsewhere. */
    private static final List<String> HEADS = List.of("水库", "灌区", "遗址", "机场", "铁路", "高速公路", "高铁", "城际",
            "枢纽", "口岸", "港", "电站", "交易所", "银行", "校区", "院区", "实验室", "基地", "产业带", "园区", "产业园",
            "电厂");
    /** A count between 等 and the head: "等13个", "等5家", "等一批". */
    static final Pattern COUNT = Pattern.compile(
            "^(?:[\\d一二两三四五六七八九十百]+(?:个|家|条|座|项|所|处|类|批|大|条线路)|一批)?");
    /** Size or rank words the members' own names do not repeat: "等大型水库" → 甲水库. */
    static final Pattern MODIFIER = Pattern.compile("^(?:大型|中型|小型|重点|主要|重大|一批)");
    private static final int HEAD_WINDOW = 12;
    static final int MAX_MEMBER = 8;

    @Override
    public String source() {
        return "SharedHead";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.FACILITY, EntityType.PARK, EntityType.PROJECT, EntityType.ROAD);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = t.indexOf('等'); i > 1; i = t.indexOf('等', i + 1)) {
            if (!Etc.closesList(t, i)) {
                continue;
            }
            int h = i + 1;
            Matcher count = COUNT.matcher(t.substring(h, Math.min(t.length(), h + 6)));
            if (count.find()) {
                h += count.end();
            }
            Matcher mod = MODIFIER.matcher(t.substring(h, Math.min(t.length(), h + 4)));
            int headStart = mod.find() ? h + mod.end() : h;
            for (int e : headEnds(t, headStart)) {
                members(t, sentence.begin(), i, t.substring(headStart, e), e, out);
            }
        }
        // "甲、乙国家物流枢纽": a head written after the last member, no 等
        for (int i = t.indexOf('、'); i > 0; i = t.indexOf('、', i + 1)) {
            int b = lastMember(t, i + 1);
            int x = NameScanner.start(t, i);
            if (x < 0 || i - x < 2 || i - x > MAX_MEMBER || Suffixes.endingAt(t, i) != null) {
                continue;
            }
            int end = nameEnd(t, b);
            if (end < 0) {
                continue;
            }
            String last = t.substring(b, end);
            String member = t.substring(x, i);
            if (ok(member)) {
                for (int k : splits(last, i - x)) {
                    add(out, sentence.begin(), x, end, member + last.substring(k));
                }
            }
        }
        return out;
    }

    /** Ends of the head after {@code from}: each place, within the clause, where a suffix or class noun ends. */
    static List<Integer> headEnds(String t, int from) {
        List<Integer> ends = new ArrayList<>();
        int limit = Math.min(t.length(), from + HEAD_WINDOW);
        for (int e = from + 1; e <= limit; e++) {
            char c = t.charAt(e - 1);
            if (!NameScanner.isNameChar(c) || c == '等' || c == '、') {
                break;
            }
            if (Suffixes.endingAt(t, e) != null || endsWithHead(t, e)) {
                ends.add(e);
            }
        }
        return ends;
    }

    private static boolean endsWithHead(String t, int e) {
        for (String h : HEADS) {
            if (e >= h.length() && t.startsWith(h, e - h.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The members of the list ending at {@code listEnd}, each given the head. Each name covers the whole list and
     * its head (the span of a distributed name holds its list joint); a single member ("X等项目") is left to the
     * list recogniser.
     */
    static void members(String t, int base, int listEnd, String head, int end, List<Candidate> out) {
        List<String> items = new ArrayList<>();
        int first = -1;
        int itemEnd = listEnd;
        while (itemEnd > 0) {
            // a member between places is one member ("甲至乙、丙经丁至戊等高速公路")
            int itemStart = memberStart(t, itemEnd);
            if (itemStart < 0 || itemEnd - itemStart < 2 || itemEnd - itemStart > maxMember(t, itemStart, itemEnd)) {
                break;
            }
            String item = t.substring(itemStart, itemEnd);
            first = itemStart;
            if (Suffixes.endingAt(t, itemEnd) == null && ok(item)) {
                items.add(item);
            }
            if (itemStart == 0 || t.charAt(itemStart - 1) != '、') {
                break;
            }
            itemEnd = itemStart - 1;
        }
        if (first < 0 || t.substring(first, listEnd).indexOf('、') < 0) {
            return;
        }
        for (String item : items) {
            add(out, base, first, end, item + head);
        }
    }

    /**
     * Start of a list member ending at {@code itemEnd}: the name scanner's start, extended across 至 and 经 to the
     * place before them, since a road or line between places is one member ("甲至乙、丙经丁至戊等高速公路").
     */
    static int memberStart(String t, int itemEnd) {
        int s = NameScanner.start(t, itemEnd);
        while (s >= 3 && "至经".indexOf(t.charAt(s - 1)) >= 0) {
            int p = NameScanner.start(t, s - 1);
            if (p < 0 || s - 1 - p < 2 || itemEnd - p > 2 * MAX_MEMBER) {
                break;
            }
            s = p;
        }
        return s;
    }

    /** The longest member: twice as long for one between two places. */
    static int maxMember(String t, int begin, int end) {
        String m = t.substring(begin, end);
        return m.indexOf('至') > 0 ? 2 * MAX_MEMBER : MAX_MEMBER;
    }

    /** Start of the last member of a chain "甲、乙、丙…" whose first joint ends at {@code b}. */
    private static int lastMember(String t, int b) {
        int j = b;
        for (int k = j; k < t.length() && k - j <= MAX_MEMBER; k++) {
            if (t.charAt(k) == '、') {
                j = k + 1;
            } else if (!NameScanner.isNameChar(t.charAt(k))) {
                break;
            }
        }
        return j;
    }

    static boolean ok(String item) {
        return !NameScanner.isGeneric(item) && !item.matches(".*[\\d“”\"].*") && !item.matches(".*第[一二三四五六七八九十]+$");
    }

    /**
     * End of the name starting at {@code b}: the first suffix or class noun followed by punctuation, a stop word or
     * a construction word, else the last one before punctuation; -1 when there is none.
     */
    private static int nameEnd(String t, int b) {
        int last = -1;
        for (int e = b + 3; e <= Math.min(t.length(), b + NameScanner.MAX_NAME); e++) {
            if (!NameScanner.isNameChar(t.charAt(e - 1)) || t.charAt(e - 1) == '、' || t.charAt(e - 1) == '等') {
                break;
            }
            if (Suffixes.endingAt(t, e) != null || endsWithHead(t, e)) {
                last = e;
                if (e == t.length() || !NameScanner.isNameChar(t.charAt(e)) || NameScanner.stopStartingAt(t, e) != null
                        || t.startsWith("项目", e) || t.startsWith("工程", e)) {
                    return e;
                }
            }
        }
        return last;
    }

    /**
     * Where the head may start in the last member's name: the first place from two characters on where a level
     * word (国家, 省) or a suffix or class noun followed by more words begins; failing that, where a bare suffix of
     * three characters or more begins, else the first member's length (members of one list are often of one
     * length). A head keeps at least two characters.
     */
    private static List<Integer> splits(String last, int firstLength) {
        int alone = -1;
        for (int k = 2; k <= last.length() - 2; k++) {
            String rest = last.substring(k);
            if (rest.startsWith("国家") || rest.startsWith("省")) {
                return List.of(k);
            }
            if (startsWithSuffix(rest)) {
                if (!isSuffixAlone(rest)) {
                    return List.of(k);
                }
                if (alone < 0) {
                    alone = k;
                }
            }
        }
        if (alone >= 0 && last.length() - alone >= 3) {
            return List.of(alone); // "…产业园": a head of three characters or more stands alone
        }
        return firstLength <= last.length() - 2 ? List.of(firstLength) : List.of();
    }

    /** True when {@code s} is nothing but a suffix: a head needs more than the class noun ("…蓄能电站"). */
    private static boolean isSuffixAlone(String s) {
        return HEADS.contains(s) || Suffixes.typeOf("甲" + s) != null && Suffixes.endingAt(s, s.length()) != null
                && Suffixes.endingAt(s, s.length()).length() == s.length();
    }

    private static boolean startsWithSuffix(String s) {
        for (String h : HEADS) {
            if (s.startsWith(h)) {
                return true;
            }
        }
        for (EntityType type : List.of(EntityType.FACILITY, EntityType.PARK, EntityType.ROAD)) {
            for (String x : Suffixes.of(type)) {
                if (x.length() >= 2 && s.startsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void add(List<Candidate> out, int base, int begin, int end, String name) {
        EntityType type = Suffixes.typeOf(name);
        if (type == null) {
            type = name.matches(".*(?:铁路|高铁|城际)$") ? EntityType.ROAD
                    : name.matches(".*(?:园区|产业带)$") ? EntityType.PARK : EntityType.FACILITY;
        }
        out.add(new Candidate(type, base + begin, base + end, name, null));
    }
}
