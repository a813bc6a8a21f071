package org.pledgegraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p><b>Numbers written in Chinese.</b> A Chinese numeral followed by a unit is a figure when it is
 * at least ten ("三十个" = 30, "两千名" = 2000, "一百二十家" = 120); a bare 十/百/千/万 counts only
 * with an approximation mark, which sets the comparator: "百余名", "千余家", "三十多个" → the number,
 * {@link Comparator#EXCEEDS}; "近千人次", "约两千" → {@link Comparator#APPROXIMATELY}. Small numerals
 * ("三个一批", "两个维护", "一批") are rhetoric, not counts, and numerals inside quotes are slogans
 * ("“百千万亿”工程"); "近千万家庭" is not a count of 家. <b>Ranks</b> ("居全市第二位", "前三") are
 * not figures: a rank has no unit and no value a target could be checked against, so it is left to
 * the evidence text.
 *
 * <p><b>Labels.</b> The indicator phrase before the number, trimmed to its clause and without time
 * words, governing adverbs (加快推进, 持续, 力争) and comparators; when a counted noun follows the
 * classifier ("完成20个老旧小区改造") that noun is the label; "A、B增加值分别增长x%、y%" gives each
 * figure its own item; "比上年增加…" after a figure borrows that figure's subject; "由2015年的…增加到
 * 2020年的…" gives each figure its own year.
 */
public final class FigureRecognizer implements Recognizer {
    private static final String BASE_UNITS = "美元|元|平方公里|平方米|立方米|亩|公斤|吨|斤|千瓦时|千瓦|人次|人|名|户|家|个|所|条|套|"
            + "座|处|栋|辆|项|公里|千米|米|张|台|架|间|件|批|起|场|次";
    private static final String UNITS = "个百分点|%|倍|(?:万亿|亿|万|千)?(?:" + BASE_UNITS + ")";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern FIGURE = Pattern.compile(
            NUM + "(?:\\s*(?:" + UNITS + ")?\\s*[-~～—–至到]\\s*" + NUM + ")?\\s*(余|多)?\\s*(" + UNITS + ")");
    private static final Pattern CHINESE_FIGURE = Pattern.compile(
            "(近|约|逾|超|超过)?([一二两三四五六七八九十百千万]+)(余|多)?(" + UNITS + ")");
    private static final Pattern NOT_QUANTITY_AFTER = Pattern.compile(
            "^(?:年|月|日|号|届|周年|岁|时|次会议|\\+|G|五|\\.\\d|级|庭)");
    /** "亿元以上项目", "超千万元企业": an amount that qualifies a noun is a threshold, not a figure. */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:以上|以下)?(?:的)?(?:项目|企业|工程|大项目)");
    private static final Pattern CLASSIFIER = Pattern.compile("(?:万|亿)?[个家条所座处项场套栋名户批次]");
    private static final Pattern TARGET_CUE = Pattern.compile("力争|目标|预期|预计|计划|确保|到(?:19|20)\\d\\d年|以内|左右|控制在|将|要|拟");
    private static final Pattern ACTUAL_CUE = Pattern.compile("了|已|累计|完成|实现|达到|同比|比上年|较|增长了|为群众");
    private static final Pattern CLAUSE_START = Pattern.compile("[,，;；:：。!！?？()（）“”]");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:(?:19|20)\\d\\d年(?:\\d{1,2}月)?(?:底|末|全年)?|今年(?:上半年|前三季度|以来)?|全年|到|至|其中|全区|全市|全省|全国|全县|共|"
            + "累计完成|完成了|实现了|力争|确保|预计|左右|以上|以内|以下|安排|、|加快推进|加快建设|加快|推进|推动|实施了|实施|抓好|落实好|用好|"
            + "持续|积极|大力|着力|深入|扎实|有序|全力|在完成|以及|以|拟|并|和|及)+");
    private static final Pattern TRAILING_NOISE = Pattern.compile(
            "(?:达到|达|为|在|超过|突破|约|近|至|控制在|不低于|不少于|不超过|低于|高于|增加到|提高到|增至|保持在|稳定在|分别|共计|总计|共|以上|拟按|按|的|可)+$");
    private static final Pattern FROM_YEAR = Pattern.compile("(?:由|从)?((?:19|20)\\d\\d)年(?:底|末)?的?$");
    private static final Pattern TO_YEAR = Pattern.compile("^(?:增加|提高|增长|上升|下降|减少)?(?:到|至)((?:19|20)\\d\\d)年(?:底|末)?的?$");
    /** Verbs of achievement that open a clause whose subject is the previous clause's topic. */
    private static final Pattern ACHIEVED = Pattern.compile("实现|完成|新增|达到");
    private static final Pattern RELATIVE_LABEL = Pattern.compile("^(?:较|比|同比|累计|年均|增长|增加|提高|下降|增速)");
    private static final Pattern VERB_AFTER = Pattern.compile("增加|提高|增长|上升|下降|减少|达到|达|完成|实现|建成|到|至|用于|的");
    private static final int MAX_LABEL = 24;
    private static final int MAX_NOUN_AFTER = 16;

    private final Lexicon indicators;

    public FigureRecognizer(Lexicon indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<EntityType> provides() {
        return List.of(EntityType.TARGET, EntityType.ACTUAL);
    }

    /** A number found in the text, before it becomes a candidate. */
    private record Hit(int start, int end, BigDecimal value, String unit, Comparator comparator) {
    }

    @Override
    public List<Candidate> recognize(ScopedSentence sentence) {
        String t = sentence.text();
        List<Candidate> out = new ArrayList<>();
        String subject = null;
        String topic = null;
        int previousEnd = 0;
        List<String> distributed = List.of();
        int distributedIndex = 0;
        for (Hit h : hits(t)) {
            int s = h.start();
            String before = t.substring(previousEnd, s);
            String rawLabel = label(t, s, previousEnd);
            Integer ownYear = null;
            Matcher to = TO_YEAR.matcher(rawLabel);
            Matcher from = FROM_YEAR.matcher(rawLabel);
            if (to.find()) {
                ownYear = Integer.valueOf(to.group(1));
                rawLabel = "";
            } else if (from.find() && from.start() > 0) {
                ownYear = Integer.valueOf(from.group(1));
                rawLabel = TRAILING_NOISE.matcher(rawLabel.substring(0, from.start())).replaceFirst("");
            }
            if (rawLabel.contains("分别")) {
                distributed = distribute(rawLabel);
                distributedIndex = 0;
            }
            if (!distributed.isEmpty() && (rawLabel.contains("分别") || before.strip().equals("、"))
                    && distributedIndex < distributed.size()) {
                rawLabel = distributed.get(distributedIndex++);
            } else {
                distributed = List.of();
            }
            if (RELATIVE_LABEL.matcher(rawLabel).find() || rawLabel.isEmpty()) {
                rawLabel = (subject == null ? "" : subject) + rawLabel;
            } else if (topic != null && ACHIEVED.matcher(rawLabel).lookingAt()) {
                // "建筑业完成产值80.4亿元,实现税收3.25亿元": the second clause's subject is the first's topic.
                rawLabel = topic + rawLabel;
                subject = rawLabel;
            } else {
                subject = rawLabel.replaceFirst("(?:同比|累计|年均)?(?:增长|增加|提高|下降)$", "");
                Matcher verb = ACHIEVED.matcher(rawLabel);
                topic = verb.find() && verb.start() >= 2 ? rawLabel.substring(0, verb.start()) : null;
            }
            String noun = nounAfter(t, h.end());
            boolean counted = CLASSIFIER.matcher(h.unit()).matches();
            if (!noun.isEmpty() && (counted || rawLabel.isEmpty() || rawLabel.length() <= 2 || labelIsVerbs(rawLabel))) {
                rawLabel = noun;
            }
            previousEnd = h.end();
            String label = tidy(rawLabel.isEmpty() ? h.unit() : rawLabel);
            Figure f = new Figure(label, indicator(label), h.value(), h.unit(), h.comparator());
            EntityType type = isTarget(sentence, t, s) ? EntityType.TARGET : EntityType.ACTUAL;
            int end = h.end();
            end += t.startsWith("左右", end) || t.startsWith("以上", end) || t.startsWith("以内", end) ? 2 : 0;
            out.add(new Candidate(type, sentence.begin() + s, sentence.begin() + end, f.toString(), f, ownYear));
        }
        return out;
    }

    /** Arabic and Chinese numbers with units, in text order. */
    private static List<Hit> hits(String t) {
        List<Hit> hits = new ArrayList<>();
        Matcher m = FIGURE.matcher(t);
        while (m.find()) {
            if (isQuantity(t, m.start(), m.end()) && !isThreshold(t, m.end(), m.group(4))
                    && !(m.group(4).endsWith("米") && LOCATION_BEFORE.matcher(t.substring(Math.max(0, m.start() - 4), m.start())).find())) {
                Comparator cmp = comparator(t, m.start(), m.end(), m.group(2) != null, m.group(3) != null);
                hits.add(new Hit(m.start(), m.end(), new BigDecimal(m.group(1)), m.group(4), cmp));
            }
        }
        Matcher c = CHINESE_FIGURE.matcher(t);
        while (c.find()) {
            String numerals = c.group(2);
            boolean approximate = c.group(1) != null || c.group(3) != null;
            boolean large = numerals.matches(".*[十百千万].*");
            if (!large || numerals.length() == 1 && !approximate || inQuotes(t, c.start()) || !isQuantity(t, c.start(2), c.end()) || isThreshold(t, c.end(), c.group(4))
                    || c.start(2) > 0 && (NameScanner.isNumeral(t.charAt(c.start(2) - 1)) || t.charAt(c.start(2) - 1) == '第')) {
                continue;
            }
            long v = chineseValue(numerals);
            if (v < 10) {
                continue;
            }
            Comparator cmp = c.group(3) != null ? Comparator.EXCEEDS
                    : c.group(1) == null ? Comparator.EXACTLY
                    : c.group(1).startsWith("超") || c.group(1).equals("逾") ? Comparator.EXCEEDS : Comparator.APPROXIMATELY;
            int start = c.group(1) != null ? c.start(2) : c.start();
            hits.add(new Hit(start, c.end(), BigDecimal.valueOf(v), c.group(4), cmp));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** The value of a Chinese numeral such as 两千, 三十, 一百二十, 千; -1 when it is not one. */
    static long chineseValue(String s) {
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char ch : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(ch);
            if (ch == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total += (section + digit) * unit;
                if (section + digit == 0) {
                    total = total == 0 ? unit : total * unit;
                }
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return total + section + digit;
    }

    private static boolean inQuotes(String t, int at) {
        int open = t.lastIndexOf('“', at);
        int close = t.lastIndexOf('”', at);
        return open > close;
    }

    /** "交叉口北侧300米": a distance that locates something is not a figure. */
    private static final Pattern LOCATION_BEFORE = Pattern.compile("(?:[东西南北]侧|[东西南北]面|[东西南北]方|以[东西南北]|距离?|相距)$");

    private static boolean isThreshold(String t, int e, String unit) {
        return unit.endsWith("元") && THRESHOLD_AFTER.matcher(t.substring(e)).find();
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
        l = LEADING_NOISE.matcher(l).replaceFirst("");
        l = TRAILING_NOISE.matcher(l).replaceFirst("");
        if (l.length() > MAX_LABEL) {
            l = l.substring(l.length() - MAX_LABEL);
        }
        return l.strip();
    }

    /** The counted noun right after a classifier ("20个老旧小区改造"), up to a verb or punctuation. */
    private static String nounAfter(String t, int from) {
        int i = from;
        if (t.startsWith("以上", i) || t.startsWith("左右", i)) {
            i += 2;
        }
        int start = i;
        if (VERB_AFTER.matcher(t.substring(start, Math.min(t.length(), start + 3))).lookingAt()) {
            return ""; // a verb follows: "1000万元左右增加到…"
        }
        while (i < t.length() && i - start < MAX_NOUN_AFTER) {
            char ch = t.charAt(i);
            if (ch == '、' && i - start <= 2 && i > start) {
                i++; // "36个省、市重点项目"
                continue;
            }
            if (!(NameScanner.isNameChar(ch) || ch == '“' || ch == '”') || i > start && NameScanner.stopStartingAt(t, i) != null
                    && !t.startsWith("建设项目", i) || i == start && Character.isDigit(ch)) {
                break;
            }
            i++;
        }
        String noun = t.substring(start, i).replaceFirst("(?:建设)$", "");
        return noun.replace("“", "").replace("”", "").length() >= 2 ? noun : "";
    }

    private static boolean labelIsVerbs(String label) {
        return label.matches("(?:完成|实现|新建|建成|引进|培育|打造|开展|组织|召开|谋划|改造|建设|新增|推动|有|拥有|共有|组建|实施)+");
    }

    /** "A、B增加值分别增长" → ["A增加值增长", "B增加值增长"]. */
    private static List<String> distribute(String label) {
        int at = label.indexOf("分别");
        String items = label.substring(0, at);
        String verb = label.substring(at + 2);
        // empty items ("、A分别" when the label starts at a list comma) are no items: first.charAt needs a char
        String[] parts = Arrays.stream(items.split("、")).filter(x -> !x.isEmpty()).toArray(String[]::new);
        if (parts.length < 2) {
            return List.of();
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        char mark = first.charAt(first.length() - 1);
        int cut = last.lastIndexOf(mark);
        String shared = cut >= 0 && cut < last.length() - 1 ? last.substring(cut + 1) : "";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String item = i == parts.length - 1 && !shared.isEmpty() ? last.substring(0, cut + 1) : parts[i];
            out.add(item + shared + verb);
        }
        return out;
    }

    /** Short form of a label: no list commas, no 同比, no filler 完成/实现 before the measure. */
    private static String tidy(String label) {
        String l = label.replace("、", "");
        l = l.replaceAll("(?<=.)(?:完成|实现)(?=同比增长|增长|产值|税收|营业|收入|投资)", "");
        return l.isEmpty() ? label : l;
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
