package org.pledgegraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list a mention belongs to ("A、B和C等5个公园建成"): one verb before or after a list governs every
 * member, so stage cues are read from the list's outer edges, not from the member's own neighbours.
 * Members are the other candidates of the sentence joined by 、/和/与/及; the list may end in a shared head
 * ("等一批项目", "等4个市政公园") after which the predicate starts.
 */
final class ListScope {
    private static final Pattern JOINER = Pattern.compile("^[”\"’』」]?(?:、|和|与|及|以及|，以及)[“\"‘『「]?");
    /** A shared head naming a kind from a closed set of nouns. */
    private static final Pattern HEAD = Pattern.compile(
            "等(?:\\d+|[一二两三四五六七八九十百]+)?[个条座家所处批项]?(?:一批)?[^,，;；。、等]{0,10}?(?:项目|工程|道路|企业|景区|综合体|园区|设施|小区|商圈|场馆|学校|医院|街区|片区|公园|口岸|枢纽|水库)");
    /** Any shared head that a predicate follows ("等首批20个试点项目完工", "等两个试点片区完工"). */
    private static final Pattern HEAD_BEFORE_VERB = Pattern.compile(
            "等[^,，;；。、等]{0,24}?(?=(?:已|均|全部|全面|顺利|成功|正式|基本|如期|相继|先后|陆续|集中|精彩|对外)?"
            + "(?:亮相|建成|竣工|投用|投产|通车|交付|完成|完工|启用|投入使用|投入运营|运营|达效|达产|营业|开业|运行|开工|动工|封顶"
            + "|落户|落地|揭牌|挂牌|成立|开园|开放|进驻|入驻|投运|加快建设|加快推进|进展顺利|启动建设"
            + "|开学|开街|开馆|开诊|复业|通水|落成|打通))");

    private static final Pattern TAIL = Pattern.compile("\\p{IsHan}{1,6}");
    /**
     * The last named member's own words, then further members ("A、B N个泊位、C等项目开工"): the
     * head after them still closes the list — not when those words are already a predicate ("A开办招生、B等…").
     */
    private static final Pattern TAIL_THEN_MEMBERS = Pattern.compile(
            "(?:(?!招生|更名|升格|开办|建成|竣工|投用|投产|通车|开业|运营|运行|落户|落地|揭牌|挂牌|开工|动工|获批|入选|签约)"
            + "[\\p{IsHan}\\dA-Za-z.]){1,12}、[^,，;；。]*");

    private ListScope() {
    }

    /** Where the list holding {@code [begin, end)} starts: the begin of its first member. */
    static int start(String t, int begin, int from, List<int[]> members) {
        int b = begin;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] m : members) {
                if (m[1] <= b && m[0] >= from) {
                    Matcher j = JOINER.matcher(t.substring(m[1], b));
                    if (j.matches()) {
                        b = m[0];
                        moved = true;
                        break;
                    }
                }
            }
        }
        return b;
    }

    /**
     * Where the predicate of the list holding {@code [begin, end)} starts: after its last member and after
     * a shared head ending the list.
     */
    static int end(String t, int end, int to, List<int[]> members) {
        return headEnd(t, membersEnd(t, end, to, members), to);
    }

    /** The end of the last member of the list holding {@code [begin, end)}, before any shared head. */
    static int membersEnd(String t, int end, int to, List<int[]> members) {
        int e = end;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] m : members) {
                if (m[0] >= e && m[1] <= to) {
                    Matcher j = JOINER.matcher(t.substring(e, m[0]));
                    if (j.matches()) {
                        e = m[1];
                        moved = true;
                        break;
                    }
                }
            }
        }
        return e;
    }

    /** End of the shared head ("A、B等一批项目") that follows {@code end}, else {@code end}. */
    private static int headEnd(String t, int end, int to) {
        int i = end;
        while (i < to && i - end < 40 && t.charAt(i) != '等') {
            i++;
        }
        if (i >= to || i - end >= 40) {
            return end;
        }
        String between = t.substring(end, i);
        // a short tail of the last member's own words may precede the head ("A、B交通改善等项目加快推进")
        if (!between.isEmpty() && between.charAt(0) != '、' && !TAIL.matcher(between).matches()
                && !TAIL_THEN_MEMBERS.matcher(between).matches()) {
            return end;
        }
        String rest = t.substring(i, Math.min(to, i + 34));
        Matcher m = HEAD.matcher(rest);
        if (m.lookingAt()) {
            return i + m.end();
        }
        Matcher v = HEAD_BEFORE_VERB.matcher(rest);
        return v.lookingAt() ? i + v.end() : end;
    }
}
