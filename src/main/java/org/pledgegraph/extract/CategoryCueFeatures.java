package org.pledgegraph.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words of the clause that make what they govern a kind of thing (建设一批…, 新建各类…, 改造12个…, …等多个项目): the
 * quantifiers and counts of general Chinese grammar, not of any report. A name right after such a word is already
 * read by the judge's neighbouring-character features; these look across the clause, where a modifier stands
 * between the cue and the name (一批高水平的三甲医院).
 */
final class CategoryCueFeatures {
    /** Quantifiers of plural and unspecified amount. */
    private static final List<String> PLURAL = List.of("一批", "新一批", "一系列", "各类", "各种", "各级", "若干", "多个",
            "多家", "多所", "多条", "一些", "更多", "诸多", "众多", "大批", "一大批", "系列");
    /** A count: numerals and a classifier (国家法定计量单位 aside, the measure words of things). */
    private static final Pattern COUNT = Pattern.compile("[0-9０-９一二三四五六七八九十两百千万]+[个所家座条项处批类栋套]");
    /** Words after the name that make it an example of a group (…等N个, …等一批). */
    private static final Pattern AFTER = Pattern.compile("^[^，。；：,;:！？]{0,2}等(?:[0-9一二三四五六七八九十两百千多]+[个所家座条项处批类]|一批)");

    private CategoryCueFeatures() {
    }

    /** Adds {@code ccue=plural|count} for a cue in the clause before the name and {@code cafter} for one after. */
    static void add(List<String> f, String t, int b, int e, String source) {
        int from = Math.max(Clause.start(t, b), b - 16);
        String before = t.substring(from, b);
        String cue = null;
        for (String p : PLURAL) {
            if (before.contains(p)) {
                cue = "plural";
                break;
            }
        }
        if (cue == null && COUNT.matcher(before).find()) {
            cue = "count";
        }
        if (cue != null) {
            f.add("ccue=" + cue);
            f.add("ccue+rec=" + cue + source);
        }
        if (AFTER.matcher(t.substring(e)).find()) {
            f.add("cafter");
        }
    }
}
