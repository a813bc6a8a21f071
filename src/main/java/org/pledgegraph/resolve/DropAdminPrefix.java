package org.pledgegraph.resolve;

import java.util.OptionalDouble;
import java.util.Set;
import org.pledgegraph.model.EntityType;

/**
 * An abbreviation that drops a leading administrative name: {@code 东城区人民医院} / {@code 区人民医院}
 * (the level character kept, score 0.9) or / {@code 人民医院}-like remainders of at least five
 * characters (score 0.8). The prefix is 1–3 Han characters followed by 区, 市, 县 or 镇 (2–4 in all)
 * and must not be a common word ending in that character (社区, 小区, 超市, …).
 */
final class DropAdminPrefix implements MergeRule {
    private static final String LEVELS = "区市县镇";
    /** Words ending in a level character that are not administrative names (城区 and 新区 are: 东城区, 浦东新区). */
    static final Set<String> NOT_ADMIN = Set.of("小区", "社区", "园区", "片区", "景区", "街区", "厂区",
            "矿区", "校区", "库区", "营区", "超市", "夜市", "集市", "城市", "都市", "门市", "乡镇", "城镇", "集镇");

    @Override
    public String name() {
        return "drop-admin-prefix";
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        for (int i = 1; i <= 3 && i < longer.length(); i++) {
            char level = longer.charAt(i);
            if (LEVELS.indexOf(level) < 0 || !allHan(longer, 0, i + 1)
                    || NOT_ADMIN.contains(longer.substring(i - 1, i + 1))) {
                continue;
            }
            String rest = longer.substring(i + 1);
            if (rest.length() >= 3 && shorter.equals(level + rest)) {
                return OptionalDouble.of(0.9);
            }
            if (rest.length() >= 5 && shorter.equals(rest)) {
                return OptionalDouble.of(0.8);
            }
        }
        return OptionalDouble.empty();
    }

    /** The shorter name is the longer one without its first 1–3 characters (and level word): itself, or a tail. */
    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        java.util.List<String> out = new java.util.ArrayList<>(7);
        out.add(key);
        for (int i = 1; i <= 3 && i < key.length(); i++) {
            out.add(key.substring(i));
            if (i + 1 <= key.length()) {
                out.add(key.substring(i + 1));
            }
        }
        return out;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!MergeRule.han(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
