package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Proposes the names a list's shared head gives to members that {@link SharedHeadProposer} does not reach: a
 * list closed by a count instead of 等 ("甲、乙、丙3个省实验室" → 甲省实验室, …; "甲、乙两条高速公路"), and a single
 * member before 等 and its head ("甲等15个商圈" → 甲商圈, "甲等遗址公园" → 甲遗址公园). A level word opening the head
 * (省, 市) is part of some names and not of others ("甲省实验室", "甲产业转移园" from "甲等省产业转移园"), so both
 * are proposed. Proposed only for the judge to decide: a single member's head is often the category it is an
 * example of ("甲等龙头企业").
 */
final class ListHeadProposer implements Recognizer, Proposer {
    /** A count written right after the last member, in place of 等: "3个", "两条", "三大". */
    private static final Pattern COUNTED = Pattern.compile("[\\d一二两三四五六七八九十]+(?:个|家|条|座|项|所|处|大)");

    @Override
    public String source() {
        return "ListHead";
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.FACILITY, EntityType.PARK, EntityType.PROJECT, EntityType.ROAD);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = COUNTED.matcher(t);
        while (m.find()) {
            int c = m.start();
            if (c < 2 || !NameScanner.isNameChar(t.charAt(c - 1)) || t.charAt(c - 1) == '等' || t.charAt(c - 1) == '、'
                    || Character.isDigit(t.charAt(c - 1)) || t.lastIndexOf('、', c) < 0) {
                continue;
            }
            for (int from : headStarts(t, m.end())) {
                for (int e : SharedHeadProposer.headEnds(t, from)) {
                    if (e - from >= 2) {
                        SharedHeadProposer.members(t, sentence.begin(), c, t.substring(from, e), e, out);
                    }
                }
            }
        }
        for (int i = t.indexOf('等'); i > 1; i = t.indexOf('等', i + 1)) {
            single(t, sentence.begin(), i, out);
        }
        return out;
    }

    /** "甲等[count][modifier]head": the one member before 等 with the head, when the member is no name alone. */
    private static void single(String t, int base, int i, List<Candidate> out) {
        if (!Etc.closesList(t, i)) {
            return;
        }
        int x = SharedHeadProposer.memberStart(t, i);
        if (x < 0 || i - x < 2 || i - x > SharedHeadProposer.maxMember(t, x, i) || x > 0 && t.charAt(x - 1) == '、'
                || Suffixes.endingAt(t, i) != null) {
            return;
        }
        String member = t.substring(x, i);
        if (!SharedHeadProposer.ok(member)) {
            return;
        }
        int h = i + 1;
        Matcher count = SharedHeadProposer.COUNT.matcher(t.substring(h, Math.min(t.length(), h + 6)));
        if (count.find()) {
            h += count.end();
        }
        for (int from : headStarts(t, h)) {
            for (int e : SharedHeadProposer.headEnds(t, from)) {
                if (e - from >= 2) {
                    SharedHeadProposer.add(out, base, x, e, member + t.substring(from, e));
                }
            }
        }
    }

    /**
     * Where the head may start after {@code h}: past a size or rank word, and both with and without a level word
     * (省, 市) that opens it.
     */
    private static List<Integer> headStarts(String t, int h) {
        Matcher mod = SharedHeadProposer.MODIFIER.matcher(t.substring(h, Math.min(t.length(), h + 4)));
        int from = mod.find() ? h + mod.end() : h;
        if (from + 1 < t.length() && "省市".indexOf(t.charAt(from)) >= 0 && t.charAt(from + 1) != '级') {
            return List.of(from, from + 1);
        }
        return List.of(from);
    }
}
