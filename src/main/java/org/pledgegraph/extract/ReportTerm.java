package org.pledgegraph.extract;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.text.FiveYearPlans;
import org.pledgegraph.text.Sentence;

/**
 * The years a report's multi-year parts end in: the last year its look back covers, the end year of its five
 * years ahead, and the year of a plan sentence that names none.
 */
record ReportTerm(int reviewYear, int aheadYear, int planYear) {
    private static final Pattern TERM_HEADING = Pattern.compile("过去五年|五年来|本届政府|今后五年|未来五年|新一届");
    private static final Pattern TERM_BACK = Pattern.compile("过去五年|五年来|本届政府");

    /** A report given at the start of its year: it looks back on the year before and plans five years from its own. */
    static ReportTerm startOfYear(int docYear) {
        return new ReportTerm(docYear - 1, docYear + 4, docYear);
    }

    /**
     * The term of the report in {@code sentences}. A report given at the end of a term (a district's autumn
     * session, "一、过去五年工作回顾 … 三、今后五年的主要工作") plans the five years after it with no section for one
     * year's work: its plan ends at the first "到YYYY年" beyond its year once the plan opens (the term's goals), else
     * the five-year plan it names, else four years on; when a heading looks back on the term itself (过去五年, 五年来,
     * 本届政府) that look back runs up to the report's own year. A report given at the start of the year reviews up to
     * the year before and plans five years from its own.
     */
    static ReportTerm read(List<Sentence> sentences, int docYear) {
        boolean termBack = false;
        int planAt = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String t = s.text();
            if (TimeScoper.opensPlan(t, docYear)) {
                return startOfYear(docYear);
            }
            if (!s.wholeLine() || t.length() > TimeScoper.MAX_HEADING) {
                continue;
            }
            if (oneYearsWork(t, docYear)) {
                return startOfYear(docYear);
            }
            if (TERM_HEADING.matcher(t).find()) {
                boolean back = TERM_BACK.matcher(t).find();
                termBack |= back;
                if (planAt < 0 && !back) {
                    planAt = i; // "二、新一届政府的奋斗目标", "二、未来五年总体思路"
                }
            }
        }
        if (planAt < 0) {
            return startOfYear(docYear); // a look back alone says nothing of when the report was given
        }
        int ahead = aheadEnd(sentences.subList(planAt, sentences.size()), docYear);
        return new ReportTerm(termBack ? docYear : docYear - 1, ahead, ahead);
    }

    private static int aheadEnd(List<Sentence> plan, int docYear) {
        for (Sentence s : plan) {
            Matcher by = TimeScoper.BY_YEAR.matcher(s.text());
            while (by.find()) {
                int y = Integer.parseInt(by.group(1));
                if (y > docYear) {
                    return y;
                }
            }
        }
        for (Sentence s : plan) {
            OptionalInt named = FiveYearPlans.endYearIn(s.text());
            if (named.isPresent() && named.getAsInt() > docYear) {
                return named.getAsInt();
            }
        }
        return docYear + 4;
    }

    /** Whether a heading opens one year's work of this report's year or the next ("二、2024年主要工作", "今年工作"). */
    private static boolean oneYearsWork(String t, int docYear) {
        Matcher work = TimeScoper.YEAR_WORK_HEADING.matcher(t);
        return work.find() && Integer.parseInt(work.group(1)) >= docYear || t.contains("今年") || t.contains("明年");
    }
}
