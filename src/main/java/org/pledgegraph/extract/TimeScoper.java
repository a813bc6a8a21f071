package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.TimeScope;
import org.pledgegraph.text.FiveYearPlans;
import org.pledgegraph.text.Sentence;

/**
 * Gives each sentence a time scope and year: section headings set the scope of what follows
 * ("过去五年工作回顾" looks back, "2022年重点工作" plans), a paragraph's opening cue
 * ("过去一年", "会议强调,今年…") holds for the paragraph, a sentence's own cue wins over both.
 */
public final class TimeScoper {
    static final int MAX_HEADING = 40;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern REVIEW_YEAR = Pattern.compile("((?:19|20)\\d\\d)年[^,，。]{0,6}?(?:工作)?回顾");
    private static final Pattern RETRO_HEADING = Pattern.compile("回顾|过去|成就|五年来|一年来|成绩");
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "今后|未来|展望|目标|任务|重点工作|总体要求|发展路径|部署|计划|预期|思路|举措|安排|要点");
    // "二、2024年主要工作", "关于2023年工作", "2025年的工作重点", "2024年省十件民生实事": a heading that names
    // one year's work plans that year (or reviews it, when the year is before the report's)
    static final Pattern YEAR_WORK_HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]\\s*)?(?:关于)?((?:19|20)\\d\\d)年(?:的)?[^,，。]{0,8}?(?:工作|任务|实事)");
    private static final Pattern YEAR_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]\\s*)?((?:19|20)\\d\\d)年");
    // "一年来，按照…部署要求，我们主要做了以下工作：": a heading that opens looking back stays retrospective
    // even when it names plan words further on
    private static final Pattern RETRO_OPENING = Pattern.compile("^(?:过去一年|一年来|过去五年|五年来|过去的一年)");
    static final Pattern BY_YEAR = Pattern.compile("(?:到|至|在)((?:19|20)\\d\\d)年(?:底|末|前)?");
    private static final Pattern LEAD_YEAR = Pattern.compile("^(?:[^,，。]{0,8}?)((?:19|20)\\d\\d)年(?:全年|底|末|以来)?[,，]");
    private static final Pattern RETRO_THIS_YEAR = Pattern.compile("今年(?:以来|上半年|前三季度|一季度|年初以来)|年初以来");
    private static final Pattern RETRO_LAST = Pattern.compile("过去一年|去年|一年来|过去五年|五年来|过去的一年|上一年");
    private static final Pattern PLAN_CUE = Pattern.compile(
            "^(?:[^,，。]{0,6}?(?:强调|要求|号召|提出|指出)[,，:：])?(?:今年|全年|明年|下一步|今后|未来|要|将|力争)");
    private static final Pattern WHOLE_YEAR = Pattern.compile("^[^,，。]{0,6}?全年");
    // "有关名词解释", "附件：《政府工作报告》名词、术语注释": the glossary appended to a report explains its terms
    private static final Pattern GLOSSARY_HEADING = Pattern.compile("名词解释|名词、术语|术语(?:注释|解释)|名词注释|^注释[:：]?$");
    // "3.“两园一区”：指…": a numbered glossary entry short enough to look like a heading does not end the glossary
    private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\d+[.．、]");
    static final Pattern FIVE_YEARS_AHEAD = Pattern.compile("今后五年|未来五年");
    private static final Pattern FIVE_YEARS_BACK = Pattern.compile("过去五年|五年来");
    // "（二）聚力落实国家重大战略任务", "3. 加快…": a numbered part of a section
    private static final Pattern SUB_HEADING = Pattern.compile("^(?:[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]|[一二三四五六七八九十]+是)");
    // "“十五五”时期是…关键时期": a paragraph that opens on a five-year plan's period
    private static final Pattern OPENS_PERIOD = Pattern.compile("^[“\"]?十[一二三四五六七八九]五[”\"]?时期");

    // "一、坚持…", "（一）加强…": a numbered part of a section
    private static final Pattern NUMBERED_PART = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)])");

    private final int docYear;
    /** "…2016年主要工作任务": a heading that names this report's year's work. */
    private final Pattern thisYearsWork;
    /** "2016年新区经济社会发展的主要预期目标是": a sentence opening on this report's year's goals. */
    private final Pattern thisYearsGoals;

    public TimeScoper(int docYear) {
        this.docYear = docYear;
        this.thisYearsWork = Pattern.compile(docYear + "年[^,，。]{0,4}?(?:工作|任务|计划|安排)");
        this.thisYearsGoals = Pattern.compile(docYear + "年[^,，。：:]{0,12}?(?:预期目标|主要目标|目标任务|工作目标)");
    }

    /** Scoped copies of {@code sentences}, in order. */
    public List<ScopedSentence> scope(List<Sentence> sentences) {
        ReportTerm term = ReportTerm.read(sentences, docYear);
        List<ScopedSentence> out = new ArrayList<>(sentences.size());
        TimeScope section = TimeScope.UNKNOWN;
        Integer sectionYear = docYear;
        int paragraph = -1;
        TimeScope paraScope = null;
        Integer paraYear = null;
        boolean glossary = false;
        boolean sectionStart = false; // the next paragraph is the first after a heading
        boolean yearWorkAhead = false; // a heading opened the five years' goals and this year's work together
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String t = s.text();
            boolean heading = s.wholeLine() && t.length() <= MAX_HEADING;
            if (heading) {
                Scope h = heading(t, term);
                if (GLOSSARY_HEADING.matcher(t).find()) {
                    glossary = true;
                } else if ((h != null || t.startsWith("附件")) && !NUMBERED_ENTRY.matcher(t).find()) {
                    glossary = false; // "附件2：2025年民生实事": a plan appended after the glossary
                }
                if (h != null && h.scope == TimeScope.PLAN && h.year == null && section == TimeScope.RETROSPECTIVE
                        && SUB_HEADING.matcher(t).find()) {
                    // "一、2025年工作回顾 … （二）聚力落实国家重大战略任务": a part of the look back named for its task
                    h = null;
                }
                if (h != null) {
                    sectionYear = h.year != null ? h.year
                            : section == TimeScope.PLAN ? sectionYear : Integer.valueOf(term.planYear());
                    section = h.scope;
                    yearWorkAhead = section == TimeScope.PLAN && aheadOfThisYear(sectionYear)
                            && thisYearsWork.matcher(t).find() && !opensThisYearBelow(sentences, i, term);
                } else if (startsThisYearsTasks(yearWorkAhead, sectionStart, t)) {
                    // "“十三五”发展思路和2016年主要工作任务 / “十三五”期间，… / 一、坚持…": with no "今年是…" to mark
                    // them, this year's tasks begin at the first numbered part after the plan's paragraphs
                    sectionYear = docYear;
                    yearWorkAhead = false;
                }
                paraScope = null;
                out.add(new ScopedSentence(s, section, sectionYear, true, glossary));
                paragraph = s.paragraph();
                sectionStart = true;
                continue;
            }
            Scope own = cue(t, section, section == TimeScope.PLAN && aheadOfThisYear(sectionYear)
                    ? sectionYear.intValue() : term.planYear(), term);
            boolean opens = s.paragraph() != paragraph;
            if (opens && section != TimeScope.RETROSPECTIVE && opensReview(t)) {
                // "一、一年接着一年干，… / 2025年是“十四五”收官之年。一年来，…": the look back begins here
                section = TimeScope.RETROSPECTIVE;
                sectionYear = docYear - 1;
            }
            OptionalInt period = opens && OPENS_PERIOD.matcher(t).find() ? FiveYearPlans.endYearIn(t)
                    : OptionalInt.empty();
            if (period.isPresent() && period.getAsInt() > docYear && section != TimeScope.PLAN) {
                // "二、一张蓝图绘到底，… / “十五五”时期是…关键时期": the five-year plan's goals begin here
                section = TimeScope.PLAN;
                sectionYear = period.getAsInt();
            } else if (period.isPresent() && period.getAsInt() < docYear && sectionStart
                    && section != TimeScope.RETROSPECTIVE) {
                // "二、“十四五”时期发展成就和“十五五”时期主要目标任务 / “十四五”时期是极不平凡的五年…": the heading's
                // look back comes first, until the next plan's period opens a paragraph
                section = TimeScope.RETROSPECTIVE;
                sectionYear = period.getAsInt();
            }
            if (opens && startsThisYearsTasks(yearWorkAhead, sectionStart, t)) {
                // the same part opened by a numbered line too long for a heading
                sectionYear = docYear;
                yearWorkAhead = false;
            }
            if (opens) {
                sectionStart = false;
            }
            if (opens && (section != TimeScope.PLAN || aheadOfThisYear(sectionYear))
                    && opensPlan(t)) {
                // "2025年是…收官之年" opening a paragraph of the 2025 report: the plan part begins here,
                // whatever its heading says ("二、牢记历史使命，…"); and this year's work begins here after the
                // goals of the five years ahead when one heading opens both ("“十五五”时期主要目标任务和2026年工作
                // 安排": the plan period's goals, then "2026年是“十五五”开局之年…" and the year's tasks)
                section = TimeScope.PLAN;
                sectionYear = docYear;
            }
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paraScope = own == null ? null : own.scope;
                paraYear = own == null ? null : own.year;
            } else if (own != null && own.scope == TimeScope.PLAN && paraScope == null && !own.deadline) {
                // "实施…政策。今年赤字率拟按…。一般公共预算支出规模…": a cue carries to the rest of its paragraph; a
                // deadline does not ("全年安排…。到2020年，…。加快…", "…到2035年…“三张图”。今年力争…。铁路，加快…")
                paraScope = own.scope;
                paraYear = own.year;
            }
            if (own != null) {
                out.add(new ScopedSentence(s, own.scope, own.year, false, glossary));
            } else if (paraScope != null) {
                out.add(new ScopedSentence(s, paraScope, paraYear, false, glossary));
            } else {
                out.add(new ScopedSentence(s, section, sectionYear, false, glossary));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether a paragraph opening "今年是…" / "2016年是…" follows heading {@code at} before the next heading that
     * opens a section: then that paragraph, not a numbered part, starts this year's work.
     */
    private boolean opensThisYearBelow(List<Sentence> sentences, int at, ReportTerm term) {
        for (int j = at + 1; j < sentences.size(); j++) {
            Sentence s = sentences.get(j);
            if (s.wholeLine() && s.text().length() <= MAX_HEADING) {
                if (heading(s.text(), term) != null && !SUB_HEADING.matcher(s.text()).find()) {
                    return false;
                }
            } else if (opensPlan(s.text()) && s.paragraph() != sentences.get(j - 1).paragraph()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code t} is the first numbered part after a combined heading's plan paragraphs, where this year's
     * tasks begin when no "今年是…" paragraph marks them (a heading or a numbered line too long for one).
     */
    private static boolean startsThisYearsTasks(boolean yearWorkAhead, boolean sectionStart, String t) {
        return yearWorkAhead && !sectionStart && NUMBERED_PART.matcher(t).find();
    }

    /** Whether a plan section's year lies beyond the report's own (a multi-year plan's end year). */
    private boolean aheadOfThisYear(Integer sectionYear) {
        return sectionYear != null && sectionYear > docYear;
    }

    /** "2025年是“十四五”收官之年" opening a paragraph of the 2026 report: the year looked back on. */
    private boolean opensReview(String t) {
        return t.startsWith((docYear - 1) + "年是") || t.startsWith("去年是");
    }

    private boolean opensPlan(String t) {
        return opensPlan(t, docYear);
    }

    /** "今年是…" / "2026年是…" opening a paragraph of the 2026 report: this year's work. */
    static boolean opensPlan(String t, int docYear) {
        return t.startsWith("今年是") || t.startsWith(docYear + "年是");
    }

    /** The scope a heading opens in a report given at the start of its year. */
    Scope heading(String t) {
        return heading(t, ReportTerm.startOfYear(docYear));
    }

    /** The scope a heading opens (year null when the heading names none), or null. */
    Scope heading(String t, ReportTerm term) {
        Matcher m = REVIEW_YEAR.matcher(t);
        if (m.find()) {
            return new Scope(TimeScope.RETROSPECTIVE, Integer.parseInt(m.group(1)));
        }
        Matcher work = YEAR_WORK_HEADING.matcher(t);
        if (work.find() && !t.contains("报告")) {
            int y = Integer.parseInt(work.group(1));
            return new Scope(y < docYear ? TimeScope.RETROSPECTIVE : TimeScope.PLAN, y);
        }
        Matcher year = YEAR_HEADING.matcher(t);
        if (year.find() && Integer.parseInt(year.group(1)) < docYear && !PLAN_HEADING.matcher(t).find()) {
            // "一、2006年经济社会发展基本情况" in the 2007 report: that year's results
            return new Scope(TimeScope.RETROSPECTIVE, Integer.parseInt(year.group(1)));
        }
        if (RETRO_OPENING.matcher(t).find()
                || RETRO_HEADING.matcher(t).find() && !PLAN_HEADING.matcher(t).find()) {
            return new Scope(TimeScope.RETROSPECTIVE, term.reviewYear());
        }
        if (PLAN_HEADING.matcher(t).find()) {
            return new Scope(TimeScope.PLAN, planYear(t, term));
        }
        return null;
    }

    private Integer planYear(String t, ReportTerm term) {
        if (FIVE_YEARS_AHEAD.matcher(t).find() || t.contains("新一届")) {
            return term.aheadYear(); // "新一届政府工作思路和目标任务": the new term's five years
        }
        OptionalInt plan = FiveYearPlans.latestEndYearIn(t); // a heading reviewing one plan and opening the next
        if (plan.isPresent()) {
            return plan.getAsInt();
        }
        Matcher m = YEAR.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The scope a sentence states itself in a report given at the start of its year, or null. */
    Scope cue(String t, TimeScope section) {
        return cue(t, section, docYear, ReportTerm.startOfYear(docYear));
    }

    /**
     * The scope a sentence states itself, or null; {@code planYear} is the year of a plan cue that names none
     * ("要…", "力争…"): the section's under the five years ahead, else the report's plan year.
     */
    Scope cue(String t, TimeScope section, int planYear, ReportTerm term) {
        Matcher by = BY_YEAR.matcher(t);
        if (by.find() && Integer.parseInt(by.group(1)) >= docYear) {
            return new Scope(TimeScope.PLAN, Integer.parseInt(by.group(1)), true);
        }
        Matcher lead = LEAD_YEAR.matcher(t);
        if (lead.find()) {
            int y = Integer.parseInt(lead.group(1));
            return new Scope(y < docYear ? TimeScope.RETROSPECTIVE : TimeScope.PLAN, y);
        }
        if (thisYearsGoals.matcher(t).lookingAt()) {
            return new Scope(TimeScope.PLAN, docYear); // "2016年新区经济社会发展的主要预期目标是：…" under the plan's goals
        }
        String head = t.length() > 16 ? t.substring(0, 16) : t;
        if (RETRO_THIS_YEAR.matcher(head).find()) {
            return new Scope(TimeScope.RETROSPECTIVE, docYear);
        }
        Matcher last = RETRO_LAST.matcher(head);
        if (last.find()) {
            boolean five = FIVE_YEARS_BACK.matcher(last.group()).matches();
            return new Scope(TimeScope.RETROSPECTIVE, five ? term.reviewYear() : docYear - 1);
        }
        if (section == TimeScope.RETROSPECTIVE && WHOLE_YEAR.matcher(t).lookingAt()) {
            return null; // "全年生产总值完成…" under "2025年工作回顾" is that year's whole year
        }
        if (PLAN_CUE.matcher(t).find()) {
            if (FIVE_YEARS_AHEAD.matcher(head).find()) {
                return new Scope(TimeScope.PLAN, term.aheadYear());
            }
            return new Scope(TimeScope.PLAN, head.contains("明年") ? docYear + 1
                    : head.contains("今年") || head.contains("全年") ? docYear : planYear);
        }
        return null;
    }

    /** A scope and its year; {@code deadline} when a sentence sets a goal's year ("到2030年…"), not its paragraph's. */
    record Scope(TimeScope scope, Integer year, boolean deadline) {
        Scope(TimeScope scope, Integer year) {
            this(scope, year, false);
        }
    }
}
