package org.pledgegraph.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the year a document was issued from cues in its text, strongest first: a dated
 * delivery line, a "year X execution and year Y plan" title, an "X年工作回顾" heading, a
 * "this year opens/closes the Nth five-year plan" sentence, party-congress and anniversary
 * cues; as a last resort a 19xx/20xx in the file name.
 */
public final class YearInference {
    private static final Pattern DATE_LINE = Pattern.compile("——\\s*((?:19|20)\\d\\d)年\\d{1,2}月\\d{1,2}日");
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "((?:19|20)\\d\\d)年[^《》\\n]{0,40}?执行情况[^《》\\n]{0,8}?(?:与|和|及|暨)((?:19|20)\\d\\d)年");
    private static final Pattern REVIEW_HEADING = Pattern.compile("((?:19|20)\\d\\d)年(?:工作回顾|政府工作回顾)");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "今年是[^。，,]{0,12}?“?(十[一二三四五六七八九]五)”?(?:规划)?[^。，,]{0,4}?(开局|收官)之年");
    private static final Pattern OPENS_PLAN = Pattern.compile("(开局|收官)[“\"]?(十[一二三四五六七八九]五)");
    private static final Pattern CONGRESS_OPENING = Pattern.compile(
            "今年是[^。，,]{0,10}?党的(十[一二三四五六七八九]|二十[一二三四五六七八九]?)大精神的开局之年");
    private static final Pattern CONGRESS_AHEAD = Pattern.compile(
            "(?:迎接|喜迎)(?:党的)?(十[一二三四五六七八九]|二十[一二三四五六七八九]?)大(?:胜利)?召开");
    private static final Pattern ANNIVERSARY = Pattern.compile("今年是[^。，,]{0,6}?新中国成立(\\d{2,3})周年");
    private static final Pattern ANNIVERSARY_PRC = Pattern.compile("今年是中华人民共和国成立(\\d{2,3})周年");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    private YearInference() {
    }

    /** The issue year of {@code text}, or empty when no cue is found. */
    public static OptionalInt infer(String text, String fileName) {
        String t = Normalizer.toHalfWidth(text);
        Matcher m = DATE_LINE.matcher(t);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        m = PLAN_TITLE.matcher(t);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(2)));
        }
        m = REVIEW_HEADING.matcher(t);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) + 1);
        }
        m = FIVE_YEAR_PLAN.matcher(t);
        if (m.find()) {
            return OptionalInt.of(planYear(m.group(1), m.group(2)));
        }
        m = CONGRESS_OPENING.matcher(t);
        if (m.find()) {
            return OptionalInt.of(congressYear(m.group(1)) + 1);
        }
        m = CONGRESS_AHEAD.matcher(t);
        if (m.find()) {
            return OptionalInt.of(congressYear(m.group(1)));
        }
        for (Pattern p : new Pattern[] {ANNIVERSARY, ANNIVERSARY_PRC}) {
            m = p.matcher(t);
            if (m.find()) {
                return OptionalInt.of(1949 + Integer.parseInt(m.group(1)));
            }
        }
        m = OPENS_PLAN.matcher(t);
        if (m.find()) {
            return OptionalInt.of(planYear(m.group(2), m.group(1)));
        }
        m = FILE_YEAR.matcher(fileName == null ? "" : fileName);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** First year of the Nth five-year plan ("十四五" → 2021), or its last year when {@code edge} is 收官. */
    static int planYear(String plan, String edge) {
        int start = FiveYearPlans.startYear(plan);
        return "收官".equals(edge) ? start + 4 : start;
    }

    /** Year of the Nth national party congress (十八 → 2012, 二十 → 2022). */
    static int congressYear(String ordinal) {
        return 2012 + 5 * (FiveYearPlans.chineseNumber(ordinal) - 18);
    }
}
