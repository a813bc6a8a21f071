package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.EntityType;

/**
 * Shared engine of the name recognisers: a name is a suffix of the type plus a body that
 * {@link NameScanner} delimits; coordinations share the suffix ("A、B项目") or the prefix
 * ("X第一、第二实验小学").
 */
abstract class SuffixRecognizer implements Recognizer {
    private final EntityType type;
    /** The suffixes, longest first, looked up by their last character. */
    private final WordIndex suffixes;

    SuffixRecognizer(EntityType type) {
        this(type, Suffixes.of(type));
    }

    /** A recogniser of {@code type} for the given suffixes, longest first. */
    SuffixRecognizer(EntityType type, List<String> suffixes) {
        this.type = type;
        this.suffixes = new WordIndex(suffixes);
    }

    @Override
    public List<EntityType> provides() {
        return List.of(type);
    }

    /** False when the suffix ending at {@code end} is really the start of a longer word ("路径", "中心城区"). */
    abstract boolean acceptsFollower(String t, int end, String suffix);

    /** The type a name of this recogniser really is (a "…产业园项目" is a park), or null to drop it. */
    EntityType typeFor(String name) {
        return type;
    }

    /** True when a name body says nothing specific. */
    boolean isGeneric(String body) {
        return NameScanner.isGeneric(body);
    }

    /** Where the name really starts, given the scanner's start (roads drop a leading town). */
    int trimStart(String t, int start, int bodyEnd) {
        return start;
    }

    /** End of the name, which may run past the suffix ("人民路北段"). */
    int extend(String t, int end) {
        return end;
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        int base = sentence.begin();
        List<Candidate> out = new ArrayList<>();
        for (int e = 1; e <= t.length(); e++) {
            String suffix = suffixEndingAt(t, e);
            if (suffix == null || !acceptsFollower(t, e, suffix)) {
                continue;
            }
            int bodyEnd = e - suffix.length();
            int start = NameScanner.start(t, bodyEnd);
            if (start < 0) {
                continue; // no name body before the suffix (a quoted token, "开通“1+3”公交线路"); trimStart needs one
            }
            start = trimStart(t, start, bodyEnd);
            if (start >= bodyEnd || isGeneric(t.substring(start, bodyEnd))) {
                continue;
            }
            if (isCategory(t, start) || isTitle(t, e)) {
                continue;
            }
            int end = extendSection(t, extendPhase(t, extend(t, e)));
            String name = t.substring(start, end);
            EntityType actual = typeFor(name);
            if (actual == EntityType.FACILITY && name.matches(".*家属(?:院|楼)") && REBUILT.matcher(
                    t.substring(end, Math.min(t.length(), end + 20))).lookingAt()) {
                actual = EntityType.PROJECT; // "A家属院、B家属院等拆旧建新项目": compounds being rebuilt are projects
            }
            if (actual == null) {
                continue;
            }
            out.add(new Candidate(actual, base + start, base + end, name, null));
            coordinated(t, base, start, end, suffix, actual, out);
        }
        return out;
    }

    /** Words before a noun phrase that make it a category, not a name: "17个灾后重建项目", "等“保交房”项目", "一批…". */
    private static final java.util.regex.Pattern CATEGORY_BEFORE = java.util.regex.Pattern.compile(
            "(?:等|一批|各类|多个|若干|所有|一些|以上|[\\d一二两三四五六七八九十百千几多余]+[个批座家所条项处栋套名户])$");
    private static final java.util.regex.Pattern PHASE = java.util.regex.Pattern.compile(
            "^[一二三四五六七八九十]{1,4}期(?![间限待望货刊末初内])");

    private static final java.util.regex.Pattern REBUILT = java.util.regex.Pattern.compile(
            "[^,，。;；]{0,16}?等[^,，。;；]{0,8}?(?:拆旧建新|改造|更新|棚改)[^,，。;；]{0,4}?项目");

    /** A name followed by 称号/荣誉 is an honour, one followed by 工作报告 a body that reports the text awards, not a thing: "…示范基地称号". */
    static boolean isTitle(String t, int end) {
        return t.startsWith("称号", end) || t.startsWith("荣誉称号", end) || t.startsWith("牌子", end)
                || t.startsWith("工作报告", end) || t.startsWith("报告", end) || t.startsWith("党组", end); // a body reporting
    }

    static boolean isCategory(String t, int start) {
        return CATEGORY_BEFORE.matcher(t.substring(Math.max(0, start - 6), start)).find();
    }

    /** A phase after the suffix belongs to the name: "东湖产业园一二期", "临江示范园四五六期". */
    static int extendPhase(String t, int end) {
        java.util.regex.Matcher m = PHASE.matcher(t.substring(end, Math.min(t.length(), end + 6)));
        return m.find() ? end + m.end() : end;
    }

    /** A named section after a road or facility: "滨湖快速路东段", "环城防护林北段". */
    int extendSection(String t, int end) {
        if (type != EntityType.ROAD && type != EntityType.FACILITY) {
            return end;
        }
        for (int k = 2; k <= 4 && end + k < t.length(); k++) {
            if (t.charAt(end + k) != '段') {
                continue;
            }
            String seg = t.substring(end, end + k);
            if (!seg.chars().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                return end;
            }
            for (int j = 1; j <= k; j++) {
                if (NameScanner.stopEndingAt(seg, j) != null) {
                    return end;
                }
            }
            return end + k + 1;
        }
        return end;
    }

    private void coordinated(String t, int base, int start, int end, String suffix, EntityType actual, List<Candidate> out) {
        String name = t.substring(start, end);
        int itemEnd = start - 1;
        while (itemEnd > 0 && t.charAt(itemEnd) == '、') {
            int itemStart = NameScanner.start(t, itemEnd);
            if (itemStart < 0 || itemEnd - itemStart < 2) {
                return;
            }
            String item = t.substring(itemStart, itemEnd);
            String itemSuffix = Suffixes.endingAt(t, itemEnd);
            if (itemSuffix != null) {
                // "东湖路、西湖路社区卫生服务中心": items named like the head's own prefix share the head
                int k = name.indexOf(itemSuffix);
                if (item.length() <= 6 && k >= 1 && k + itemSuffix.length() < name.length() - 1
                        && k + itemSuffix.length() <= 6 && !name.equals(item)) {
                    String head = name.substring(k + itemSuffix.length());
                    out.add(new Candidate(actual, base + itemStart, base + end, item + head, null));
                    itemEnd = itemStart - 1;
                    continue;
                }
                return;
            }
            if (item.matches(".*第[一二三四五六七八九十\\d]+") && name.matches("第[一二三四五六七八九十\\d]+.*")) {
                String rest = name.replaceFirst("^第[一二三四五六七八九十\\d]+", "");
                out.add(new Candidate(actual, base + itemStart, base + end, item + rest, null));
            } else if (NameScanner.isGeneric(item) || item.length() > 14) {
                return;
            } else if (Suffixes.DISTRIBUTIVE.contains(suffix)) {
                out.add(new Candidate(actual, base + itemStart, base + end, item + suffix, null));
            } else if (actual == EntityType.ENTERPRISE) {
                out.add(new Candidate(actual, base + itemStart, base + itemEnd, item, null));
            } else {
                return;
            }
            itemEnd = itemStart - 1;
        }
    }

    private String suffixEndingAt(String t, int e) {
        return suffixes.endingAt(t, e);
    }

    static boolean followedBy(String t, int end, String chars) {
        return end < t.length() && chars.indexOf(t.charAt(end)) >= 0;
    }
}
