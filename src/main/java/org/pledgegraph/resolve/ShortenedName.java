package org.pledgegraph.resolve;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * A name a later report shortens by leaving words out between the same beginning and the same head:
 * a modifier ({@code 东湖水系优化连通工程} / {@code 东湖水系连通工程}, {@code 明城国际货运枢纽} /
 * {@code 明城货运枢纽}), an abbreviation ({@code 青江环城快速路改造} / {@code 青江环快改造}) or a parent
 * zone's name ({@code 白鹭湾海岸协作区北岸园区} / {@code 白鹭湾北岸园区}). The shorter name (5+ characters) is a
 * subsequence of the longer one with the same first two and last two characters; the left-out characters
 * are Han and none is a direction, numeral, phase, section or level (so 3号线 / 13号线 and 一期 / 二期 stay
 * apart), except that a left-out run of five or more characters may end in 区 (a zone the later name
 * drops); without that run the shorter keeps at least half of the longer. A longer name that begins with
 * the whole shorter one is a branch or part of it ({@code 明城外国语学校青江学校}), and a short name (up to six
 * characters) led by a generic qualifier such as 国际 is a kind, not a name: neither is joined. Looser than
 * {@link WordingVariant}, so only across reports ({@link #acrossReportsOnly()}). Score: the kept share.
 */
final class ShortenedName implements MergeRule {
    private static final int MIN_SHORT = 5;
    private static final int ZONE_RUN = 5;
    /**
     * Qualifiers that name no particular thing: a short name led by one ({@code 国际交流中心}) is a kind, and the
     * longer names it meets ({@code 国际青年交流中心}) are particular ones.
     */
    private static final java.util.Set<String> GENERIC_LEADS = java.util.Set.of("国际", "国家", "全国", "全球", "区域",
            "城市", "现代", "公共", "综合", "市级", "区级");
    private static final int GENERIC_MAX = 6;
    /** Words holding a level or direction character that is neither (see {@link #plainWords}). */
    private static final java.util.List<String> COMMON_WORDS = java.util.stream.Stream.concat(
            DropAdminPrefix.NOT_ADMIN.stream(), java.util.stream.Stream.of("区域", "市政", "中央")).sorted().toList();
    /**
     * Kinds of school in the education statistics (高等职业学校, 师范院校, 技工学校, 附属学校, 实验学校): a run holding one
     * names another school, not a shorter name of the same ({@code 明城职业技术大学} / {@code 明城技术大学}). Only for
     * names of schools: elsewhere 实验 may be a modifier a later report leaves out.
     */
    private static final List<String> SCHOOL_KINDS = List.of("职业", "师范", "技工", "技师", "附属", "实验");
    private static final Pattern SCHOOL = Pattern.compile("(?:学校|学院|大学|中学|小学|幼儿园)$");
    /** A left-out run this long is a word of its own (集成电路, 高速公路): its 路 or 街 names no road. */
    private static final int WORD_RUN = 3;

    @Override
    public String name() {
        return "shortened-name";
    }

    @Override
    public boolean acrossReportsOnly() {
        return true;
    }

    /** Same first two and last two characters. */
    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        return key.length() < MIN_SHORT ? List.of() : List.of(key.substring(0, 2) + key.substring(key.length() - 2));
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int n = shorter.length();
        if (n < MIN_SHORT || longer.length() - n < 2 || !longer.startsWith(shorter.substring(0, 2))
                || !longer.endsWith(shorter.substring(n - 2)) || longer.startsWith(shorter)
                || n <= GENERIC_MAX && GENERIC_LEADS.contains(shorter.substring(0, 2))) {
            return OptionalDouble.empty();
        }
        // The left-out runs under the leftmost and under the rightmost alignment (an invented 甲乙北园区 in 甲乙北南…合作区北园区
        // aligns its 北 with the later one); the last two characters are held for the head.
        String body = longer.substring(0, longer.length() - 2);
        String want = shorter.substring(0, n - 2);
        OptionalDouble best = OptionalDouble.empty();
        for (boolean front : new boolean[] {true, false}) {
            List<String> runs = front ? runs(body, want) : reversed(runs(reverse(body), reverse(want)));
            OptionalDouble s = runs == null ? OptionalDouble.empty() : score(runs, n, longer.length(),
                    SCHOOL.matcher(longer).find());
            if (s.isPresent() && (best.isEmpty() || s.getAsDouble() > best.getAsDouble())) {
                best = s;
            }
        }
        return best;
    }

    /** The kept share if every run may be left out, else empty. */
    private static OptionalDouble score(List<String> runs, int n, int longer, boolean school) {
        int zone = 0;
        for (String r : runs) {
            if (school && SCHOOL_KINDS.stream().anyMatch(r::contains)) {
                return OptionalDouble.empty();
            }
            boolean isZone = zone == 0 && r.length() >= ZONE_RUN && r.endsWith("区") && r.chars().allMatch(c ->
                    MergeRule.han((char) c) && "0123456789一二三四五六七八九十期段号东南西北上下前后左右内外".indexOf(c) < 0);
            if (isZone) {
                zone = r.length();
            } else {
                // a 路 or 街 may go inside a longer word, measured once the common words are out ("市政路" is a bare 路)
                String plain = plainWords(r);
                if (!plain.chars().allMatch(c -> MergeRule.han((char) c) && (!MergeRule.distinguishing((char) c)
                        || plain.length() >= WORD_RUN && "路街".indexOf(c) >= 0))) {
                    return OptionalDouble.empty();
                }
            }
        }
        int effective = longer - zone;
        return 2 * n < effective ? OptionalDouble.empty() : OptionalDouble.of(Math.round(1000.0 * n / effective) / 1000.0);
    }

    /**
     * The run without the common words whose level or direction character is neither ({@link DropAdminPrefix}'s
     * 片区, 城市, 都市 …, and 区域, 市政, 中央): a later name leaving out 都市 or 中央 has not dropped a level or a
     * direction ({@code 青江滨河都市绿道} / {@code 青江滨河绿道}, {@code 明城中央文化区} / {@code 明城文化区}).
     */
    static String plainWords(String run) {
        String out = run;
        for (String w : COMMON_WORDS) {
            out = out.replace(w, "");
        }
        return out;
    }

    /** The runs of {@code body} left out when {@code want} is matched greedily from the front; null if it is no subsequence. */
    private static List<String> runs(String body, String want) {
        List<String> runs = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            if (i < want.length() && want.charAt(i) == c) {
                i++;
                if (run.length() > 0) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return i < want.length() ? null : runs;
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    private static List<String> reversed(List<String> runs) {
        return runs == null ? null : runs.stream().map(ShortenedName::reverse).toList();
    }
}
