package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.pledgegraph.model.EntityType;

/**
 * Shared engine of the name recognisers: a name is a suffix of the type plus a body that
 * {@link NameScanner} delimits; coordinations share the suffix ("A、B项目") or the prefix
 * ("X第二、第三实验幼儿园").
 */
abstract class SuffixRecognizer implements Recognizer {
    private final EntityType type;
    private final List<String> suffixes;

    SuffixRecognizer(EntityType type) {
        this.type = type;
        this.suffixes = Suffixes.of(type);
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
            start = trimStart(t, start, bodyEnd);
            if (start < 0 || start >= bodyEnd || isGeneric(t.substring(start, bodyEnd))) {
                continue;
            }
            int end = extend(t, e);
            String name = t.substring(start, end);
            EntityType actual = typeFor(name);
            if (actual == null) {
                continue;
            }
            out.add(new Candidate(actual, base + start, base + end, name, null));
            coordinated(t, base, start, end, suffix, actual, out);
        }
        return out;
    }

    private void coordinated(String t, int base, int start, int end, String suffix, EntityType actual, List<Candidate> out) {
        String name = t.substring(start, end);
        int itemEnd = start - 1;
        while (itemEnd > 0 && t.charAt(itemEnd) == '、') {
            int itemStart = NameScanner.start(t, itemEnd);
            if (itemStart < 0 || itemEnd - itemStart < 2 || Suffixes.endingAt(t, itemEnd) != null) {
                return;
            }
            String item = t.substring(itemStart, itemEnd);
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
        for (String x : suffixes) {
            if (e >= x.length() && t.startsWith(x, e - x.length())) {
                return x;
            }
        }
        return null;
    }

    static boolean followedBy(String t, int end, String chars) {
        return end < t.length() && chars.indexOf(t.charAt(end)) >= 0;
    }
}
