package org.pledgegraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Comparator;
import org.pledgegraph.model.EntityType;
import org.pledgegraph.model.Figure;
import org.pledgegraph.model.TimeScope;

/**
 * Quantities with a unit: targets (plans, commitments) and actuals (reported figures). A range
 * "6.5%-7%" is recorded as its lower bound with {@link Comparator#AT_LEAST} (the stated floor of
 * the promise). Years, dates, ordinals and plan names are not quantities.
 */
public final class FigureRecognizer implements Recognizer {
    private static final String UNITS = "个百分点|万亿元|亿美元|万美元|亿元|万元|元|万平方公里|平方公里|万平方米|平方米|万立方米|"
            + "立方米|万亩|亩|亿吨|万吨|吨|万千瓦时|亿千瓦时|万千瓦|千瓦|万人次|人次|万人|万名|人|名|万户|户|万家|家|个|所|条|套|"
            + "座|处|栋|万辆|辆|项|公里|千米|万米|米|%|倍|张|台|架|间|件|批|起";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern FIGURE = Pattern.compile(
            NUM + "(?:\\s*(?:%|" + UNITS + ")?\\s*[-~～—–至到]\\s*" + NUM + ")?\\s*(余|多)?\\s*(" + UNITS + ")");
    private static final Pattern NOT_QUANTITY_AFTER = Pattern.compile("^(?:年|月|日|号|届|周年|岁|时|次会议|\\+|G|五|\\.\\d)");
    private static final Pattern TARGET_CUE = Pattern.compile("力争|目标|预期|预计|计划|确保|到(?:19|20)\\d\\d年|以内|左右|控制在|将|要");
    private static final Pattern ACTUAL_CUE = Pattern.compile("了|已|累计|完成|实现|达到|同比|比上年|较|增长了|为群众");
    private static final Pattern CLAUSE_START = Pattern.compile("[,，;；:：。!！?？()（）“”]");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:(?:19|20)\\d\\d年(?:\\d{1,2}月)?(?:底|末|全年)?|今年(?:上半年|前三季度|以来)?|全年|到|至|其中|全区|全市|全省|全国|全县|共|累计完成|完成了|实现了|力争|确保|预计)+");
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:达到|达|为|在|超过|突破|约|近|至|控制在|不低于|不少于|不超过|低于|高于|增加到|提高到|保持在|稳定在|分别|共计|总计|共|以上)+$");
    private static final Pattern RELATIVE_LABEL = Pattern.compile("^(?:较|比|同比|累计|年均|增长|增加|提高|下降|增速)");

    private final Lexicon indicators;

    public FigureRecognizer(Lexicon indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.TARGET, EntityType.ACTUAL);
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(t);
        String subject = null;
        int previousEnd = 0;
        while (m.find()) {
            int s = m.start();
            if (!isQuantity(t, s, m.end())) {
                continue;
            }
            String rawLabel = label(t, s, previousEnd);
            if (RELATIVE_LABEL.matcher(rawLabel).find() || rawLabel.isEmpty()) {
                rawLabel = (subject == null ? "" : subject) + rawLabel;
            } else {
                subject = rawLabel.replaceFirst("(?:同比|累计|年均)?(?:增长|增加|提高|下降)$", "");
            }
            previousEnd = m.end();
            String label = rawLabel.isEmpty() ? m.group(4) : rawLabel;
            Comparator cmp = comparator(t, s, m.end(), m.group(2) != null, m.group(3) != null);
            Figure f = new Figure(label, indicator(label), new BigDecimal(m.group(1)), m.group(4), cmp);
            EntityType type = isTarget(sentence, t, s) ? EntityType.TARGET : EntityType.ACTUAL;
            int end = m.end();
            end += t.startsWith("左右", end) || t.startsWith("以上", end) || t.startsWith("以内", end) ? 2 : 0;
            out.add(new Candidate(type, sentence.begin() + s, sentence.begin() + end, f.toString(), f));
        }
        return out;
    }

    private static boolean isQuantity(String t, int s, int e) {
        if (s > 0) {
            char before = t.charAt(s - 1);
            if (before == '第' || before == '.' || NameScanner.isAsciiLetter(before) || before == '+' || before == '-') {
                return false;
            }
        }
        return !NOT_QUANTITY_AFTER.matcher(t.substring(e)).find();
    }

    /** The words before the number back to the clause start, without time words and comparators. */
    private static String label(String t, int numberStart, int previousEnd) {
        int from = previousEnd;
        Matcher c = CLAUSE_START.matcher(t);
        while (c.find() && c.start() < numberStart) {
            from = Math.max(from, c.end());
        }
        String l = t.substring(from, numberStart).strip();
        l = l.replaceFirst("^、", "");
        l = LEADING_NOISE.matcher(l).replaceFirst("");
        l = TRAILING_NOISE.matcher(l).replaceFirst("");
        if (l.length() > 24) {
            l = l.substring(l.length() - 24);
        }
        return l.strip();
    }

    private String indicator(String label) {
        String l = label.replaceAll("同比|累计|年均|全区|全市|全国|全省", "");
        String slug = indicators.find(l);
        if (slug != null && (l.contains("增长") || l.contains("增速")) && !slug.endsWith("-growth")) {
            String growth = indicators.find(l.replaceFirst("(增长|增速).*$", "") + "增长");
            return growth != null && growth.endsWith("-growth") ? growth : slug;
        }
        return slug;
    }

    private static Comparator comparator(String t, int s, int e, boolean range, boolean more) {
        if (range) {
            return Comparator.AT_LEAST;
        }
        String after = t.substring(e, Math.min(t.length(), e + 2));
        String before = t.substring(Math.max(0, s - 4), s);
        if (after.startsWith("左右") || before.endsWith("约") || before.endsWith("近") || before.endsWith("大约")) {
            return Comparator.APPROXIMATELY;
        }
        if (after.startsWith("以上") || before.endsWith("不少于") || before.endsWith("不低于") || before.endsWith("至少")) {
            return Comparator.AT_LEAST;
        }
        if (after.startsWith("以内") || after.startsWith("以下") || before.endsWith("不超过") || before.endsWith("控制在")
                || before.endsWith("低于")) {
            return Comparator.AT_MOST;
        }
        if (more || before.endsWith("超过") || before.endsWith("突破") || before.endsWith("逾") || before.endsWith("高于")) {
            return Comparator.EXCEEDS;
        }
        return Comparator.EXACTLY;
    }

    private static boolean isTarget(ScopedSentence sentence, String t, int s) {
        if (sentence.scope() == TimeScope.PLAN) {
            return true;
        }
        if (sentence.scope() == TimeScope.RETROSPECTIVE) {
            return false;
        }
        String clause = t.substring(Math.max(0, s - 30), s);
        return TARGET_CUE.matcher(clause).find() || !ACTUAL_CUE.matcher(t).find() && t.contains("将");
    }
}
