package org.pledgegraph.resolve;

import java.util.List;
import java.util.OptionalDouble;
import org.pledgegraph.model.EntityType;

/**
 * An enterprise named with and without its company-form or business word: {@code 青禾} /
 * {@code 青禾科技}, {@code 云雀} / {@code 云雀实业}. Enterprises only; the short name has at least two
 * characters. Score 0.8.
 */
final class EnterpriseShortName implements MergeRule {
    /**
     * Company forms of the Company Law (有限公司, 股份有限公司, …) and the generic words of enterprise names
     * (科技, 集团, 控股, 实业) that the enterprise-name registration rules treat as industry or form, not as
     * the trade name; never an industry of one firm. Longest first, so 集团有限公司 is tried before 公司.
     */
    private static final List<String> SUFFIXES = List.of("集团股份有限公司", "股份有限公司", "集团有限公司", "有限责任公司",
            "有限公司", "集团公司", "科技", "集团", "公司", "控股", "实业");

    @Override
    public String name() {
        return "enterprise-short-name";
    }

    /** The shorter name is the longer one without a company-form suffix: itself, or the name minus a suffix. */
    @Override
    public java.util.Collection<String> signatures(EntityType type, String key) {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        out.add(key);
        for (String s : SUFFIXES) {
            if (key.endsWith(s)) {
                out.add(key.substring(0, key.length() - s.length()));
            }
        }
        return out;
    }

    @Override
    public OptionalDouble score(EntityType type, String a, String b) {
        if (type != EntityType.ENTERPRISE) {
            return OptionalDouble.empty();
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < 2 || !longer.startsWith(shorter)) {
            return OptionalDouble.empty();
        }
        String rest = longer.substring(shorter.length());
        return SUFFIXES.contains(rest) ? OptionalDouble.of(0.8) : OptionalDouble.empty();
    }
}
