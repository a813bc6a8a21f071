package org.pledgegraph.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years of China's five-year plans: 十一五 is 2006–2010, each next plan five years later. */
public final class FiveYearPlans {
    private static final Pattern PLAN = Pattern.compile("(十[一二三四五六七八九])五");
    private static final String DIGITS = "一二三四五六七八九";

    private FiveYearPlans() {
    }

    /** First year of the plan named like {@code 十四五}. */
    public static int startYear(String plan) {
        Matcher m = PLAN.matcher(plan);
        if (!m.find()) {
            throw new IllegalArgumentException("not a five-year plan name: " + plan);
        }
        return 2006 + 5 * (chineseNumber(m.group(1)) - 11);
    }

    /** Last year of the first five-year plan named in {@code text}, if any. */
    public static OptionalInt endYearIn(CharSequence text) {
        Matcher m = PLAN.matcher(text);
        return m.find() ? OptionalInt.of(startYear(m.group()) + 4) : OptionalInt.empty();
    }

    /** Last year of the latest five-year plan named in {@code text}, if any ("“十四五”时期发展成就和“十五五”时期…": 2030). */
    public static OptionalInt latestEndYearIn(CharSequence text) {
        Matcher m = PLAN.matcher(text);
        OptionalInt latest = OptionalInt.empty();
        while (m.find()) {
            int end = startYear(m.group()) + 4;
            if (latest.isEmpty() || end > latest.getAsInt()) {
                latest = OptionalInt.of(end);
            }
        }
        return latest;
    }

    /** Value of a Chinese numeral from 1 to 99 written with 十 (十四, 二十, 二十一). */
    public static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}
