package org.pledgegraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.Comparison;

/**
 * Finds the numbers of a sentence that are quantities with a unit, before {@link FigureRecognizer} gives
 * them labels. Units follow the statistical communiqué's usage: counts with their classifier (家, 项, 宗,
 * 架次, 场次), measures (公顷, 兆瓦, 标箱, 微克/立方米), rates per period or per area (万吨/日, 元/月,
 * 亿元/平方公里), housing counted as 套（间）, and a magnitude alone (突破500万). A magnitude written in
 * Chinese stays in the unit as the communiqué writes it (近万亿元 → 1 万亿元, 两千万元 → 2000 万元), and
 * tenths in words are percentages (近七成 → 70 %).
 *
 * <p>Not quantities: years, dates and ordinals; runs ("连续8年居全省第一": most annotators leave them out);
 * ranks (前1%, 前3位); slogans and policy names inside short quotes (“6个90%”, “20条”); a measure that qualifies the noun after it (20户以上自然村, 150万吨以上的物流园区);
 * the starting value of "由X增至Y" when no year is given for it (the statement reports where it arrived;
 * "由2020年的X增至…" states two outcomes and keeps both).
 */
final class FigureHits {
    /** A number found in the text; {@code label} is set only when the pattern itself names the item (medals). */
    record Hit(int start, int end, BigDecimal value, String unit, Comparison comparator, String label) {
    }

    private static final String BASE_UNITS = "美元|元|平方公里|平方米|立方米|公顷|亩次|亩|公斤|千升|吨标准煤|吨|斤|千瓦时|千瓦|兆瓦|吉瓦|"
            + "GWh|Eflops|度|人年|人次|人|名|户|家次|家|个工作日|个|所|条|套|座|处|栋|辆|项|公里|千米|米|张|台|架次|架|间|件|"
            + "批次|批|起|场次|场|班次|车次|床次|次|宗|根|株|份|位|类|门|节|对|种|部|支|块|枚|轮|列|标箱|天|例|微克/立方米|微克";
    /** A rate: "万吨/日", "元/月", "亿元/平方公里", "批次/千人". */
    private static final String PER = "(?:[/／](?:日|天|月|年|秒|小时|平方公里|千人|人))?";
    /** Dwellings counted as "套（间）" / "户（套）". */
    private static final String PAREN = "(?:[（(](?:间|套)[）)])?";
    private static final String TAIL = "个百分点|%|‰|倍|(?:" + BASE_UNITS + ")" + PER + PAREN;
    private static final String MAGNITUDE = "万亿|亿|万|千";
    private static final String UNITS = "(?:" + MAGNITUDE + ")?(?:" + TAIL + ")";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /** Groups: 1 number, 2 upper bound of a range, 3 magnitude, 4 余/多, 5 unit; or 6 a magnitude alone, 7 余/多. */
    private static final Pattern FIGURE = Pattern.compile(NUM + "(?:\\s*(?:" + UNITS + ")?\\s*[-~～—–至到]\\s*" + NUM
            + ")?\\s*(?:(" + MAGNITUDE + ")?(余|多)?\\s*(" + TAIL + ")|(万亿|亿|万)(余|多)?)");
    private static final Pattern CHINESE_FIGURE = Pattern.compile(
            "(近|约|逾|超|超过)?([一二两三四五六七八九十百千万]+)(余|多)?(" + UNITS + ")");
    /** "近七成", "超六成": tenths, i.e. percentages. */
    private static final Pattern TENTHS = Pattern.compile("(近|约|逾|超|超过)?([一二三四五六七八九])成(以上|左右)?");
    /** "10.2年", "76.8岁", "受教育年限达11年", "预期寿命提高到78岁". */
    private static final Pattern YEARS_OR_AGE = Pattern.compile("(\\d+(?:\\.\\d+)?)(年|岁)");
    private static final Pattern DURATION_CONTEXT = Pattern.compile("年限|寿命|年龄");
    /** "4金5银6铜": medals. */
    private static final Pattern MEDALS = Pattern.compile("(\\d+)金(\\d+)银(\\d+)铜");
    private static final Pattern NOT_QUANTITY_AFTER = Pattern.compile(
            "^(?:年(?!度)|月|日|号|届|周年|岁|时|次会议|\\+|G|五|\\.\\d|级|庭)");
    /** "亿元以上项目", "超千万元企业": an amount that qualifies a noun is a threshold, not a figure. */
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^(?:以上|以下)?(?:的)?(?:项目|企业|工程|大项目)");
    /** "20户以上自然村", "海拔1500米以上农村学校": a measure with 以上 before a noun qualifies that noun. */
    private static final Pattern MEASURE_THRESHOLD_AFTER = Pattern.compile("^(?:及)?以[上下]的?[\\p{IsHan}&&[^，。；、的左]]");
    private static final Pattern MEASURE = Pattern.compile("(?:万|亿)?(?:户|米|吨|千瓦|兆瓦|平方米|亩|度)");
    /** "由242家增至278家": the value after 由/从 is the starting point. */
    private static final Pattern BASELINE_BEFORE = Pattern.compile("[由从](?:每立方米)?$");
    private static final Pattern MOVES_TO_AFTER = Pattern.compile(
            "^(?:增长|增加|提高|提升|上升|下降|降低|减少|扩大|缩小|缩减|增|降|升)[^\\d，。；]{0,2}?(?:至|到)\\s*\\d");
    private static final Pattern LOCATION_BEFORE = Pattern.compile("(?:[东西南北]侧|[东西南北]面|[东西南北]方|以[东西南北]|距离?|相距)$");
    private static final int SHORT_QUOTE = 10;

    private FigureHits() {
    }

    /** Arabic and Chinese numbers with units, in text order. */
    static List<Hit> find(String t) {
        List<Hit> hits = new ArrayList<>();
        arabic(t, hits);
        chinese(t, hits);
        tenths(t, hits);
        yearsAndAges(t, hits);
        medals(t, hits);
        sharedUnits(t, hits);
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void arabic(String t, List<Hit> hits) {
        Matcher m = FIGURE.matcher(t);
        while (m.find()) {
            String unit = m.group(6) != null ? m.group(6) : (m.group(3) == null ? "" : m.group(3)) + m.group(5);
            boolean more = m.group(4) != null || m.group(7) != null;
            if (!isQuantity(t, m.start(), m.end()) || isThreshold(t, m.end(), unit) || inShortQuote(t, m.start())
                    || unit.endsWith("米") && LOCATION_BEFORE.matcher(t.substring(Math.max(0, m.start() - 4), m.start())).find()
                    || isBaseline(t, m.start(), m.end())) {
                continue;
            }
            Comparison cmp = comparator(t, m.start(), m.end(), m.group(2) != null, more);
            if (unit.equals("微克") && t.substring(Math.max(0, m.start() - 16), m.start()).contains("每立方米")) {
                unit = "微克/立方米"; // "由每立方米19.1微克降至17.2微克"
            }
            hits.add(new Hit(m.start(), m.end(), new BigDecimal(m.group(1)), unit, cmp, null));
        }
    }

    private static void chinese(String t, List<Hit> hits) {
        Matcher c = CHINESE_FIGURE.matcher(t);
        while (c.find()) {
            String numerals = c.group(2);
            String unit = c.group(4);
            boolean approximate = c.group(1) != null || c.group(3) != null;
            // the magnitude 万 belongs to the unit as written: 近万亿元 = 1 万亿元, 两千万元 = 2000 万元
            if (numerals.endsWith("万") && !unit.startsWith("万") && !unit.startsWith("千")) {
                numerals = numerals.substring(0, numerals.length() - 1);
                unit = "万" + unit;
            }
            long full = chineseValue(c.group(2));
            boolean bare = numerals.isEmpty() || numerals.matches("[十百千万]");
            boolean roundMoney = (numerals.equals("百") || numerals.equals("千")) && unit.matches("[万亿]元");
            if (!c.group(2).matches(".*[十百千万].*") || bare && !approximate && !roundMoney || inQuotes(t, c.start())
                    || !isQuantity(t, c.start(2), c.end()) || isThreshold(t, c.end(), unit)
                    || c.start(2) > 0 && (NameScanner.isNumeral(t.charAt(c.start(2) - 1)) || t.charAt(c.start(2) - 1) == '第')
                    || full < 10) {
                continue;
            }
            long v = numerals.isEmpty() ? 1 : chineseValue(numerals);
            Comparison cmp = c.group(3) != null ? Comparison.EXCEEDS
                    : c.group(1) == null ? Comparison.EXACTLY
                    : c.group(1).startsWith("超") || c.group(1).equals("逾") ? Comparison.EXCEEDS : Comparison.APPROXIMATELY;
            int start = c.group(1) != null ? c.start(2) : c.start();
            hits.add(new Hit(start, c.end(), BigDecimal.valueOf(v), unit, cmp, null));
        }
    }

    private static void tenths(String t, List<Hit> hits) {
        Matcher c = TENTHS.matcher(t);
        while (c.find()) {
            boolean marked = c.group(1) != null || c.group(3) != null
                    || c.end() < t.length() && "，,。；;、".indexOf(t.charAt(c.end())) >= 0
                    || c.start() > 0 && "达占为".indexOf(t.charAt(c.start() - 1)) >= 0;
            if (!marked || c.start(2) > 0 && NameScanner.isNumeral(t.charAt(c.start(2) - 1)) || inQuotes(t, c.start())) {
                continue;
            }
            long v = 10L * ("一二三四五六七八九".indexOf(c.group(2).charAt(0)) + 1);
            Comparison cmp = c.group(1) == null ? (c.group(3) != null && c.group(3).equals("以上") ? Comparison.AT_LEAST : Comparison.EXACTLY)
                    : c.group(1).startsWith("超") || c.group(1).equals("逾") ? Comparison.EXCEEDS : Comparison.APPROXIMATELY;
            hits.add(new Hit(c.start(2), c.end(), BigDecimal.valueOf(v), "%", cmp, null));
        }
    }

    private static void yearsAndAges(String t, List<Hit> hits) {
        Matcher y = YEARS_OR_AGE.matcher(t);
        while (y.find()) {
            boolean decimal = y.group(1).contains(".");
            boolean context = DURATION_CONTEXT.matcher(t.substring(Math.max(0, y.start() - 12), y.start())).find();
            if (!(decimal || context) || !isQuantity(t, y.start(), y.start()) || t.startsWith("均", y.end())
                    || y.start() > 0 && Character.isDigit(t.charAt(y.start() - 1))
                    || y.group(1).length() == 4 && !decimal || t.startsWith("的", y.end()) && !decimal
                    || t.substring(Math.max(0, y.start() - 3), y.start()).matches(".*连续第?")) {
                continue;
            }
            hits.add(new Hit(y.start(), y.end(), new BigDecimal(y.group(1)), y.group(2),
                    comparator(t, y.start(), y.end(), false, false), null));
        }
    }

    private static void medals(String t, List<Hit> hits) {
        Matcher m = MEDALS.matcher(t);
        while (m.find()) {
            String[] kinds = {"金牌", "银牌", "铜牌"};
            for (int g = 1; g <= 3; g++) {
                hits.add(new Hit(m.start(g), m.end(g) + 1, new BigDecimal(m.group(g)), "枚", Comparison.EXACTLY, kinds[g - 1]));
            }
        }
    }

    /** "压缩65、45个工作日": bare numbers listed before a figure share its unit. */
    private static void sharedUnits(String t, List<Hit> hits) {
        List<Hit> added = new ArrayList<>();
        for (Hit h : hits) {
            int at = h.start();
            while (at > 1 && t.charAt(at - 1) == '、' && Character.isDigit(t.charAt(at - 2))) {
                int e = at - 1;
                int s = e;
                while (s > 0 && (Character.isDigit(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) {
                    s--;
                }
                if (s > 0 && (NameScanner.isAsciiLetter(t.charAt(s - 1)) || t.charAt(s - 1) == '第') || t.charAt(s) == '.') {
                    break;
                }
                added.add(new Hit(s, e, new BigDecimal(t.substring(s, e)), h.unit(), h.comparator(), null));
                at = s;
            }
        }
        hits.addAll(added);
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

    /** Inside a quote of a few characters: a slogan or a policy's name ("6个90%", "金融30条"). */
    private static boolean inShortQuote(String t, int at) {
        if (!inQuotes(t, at)) {
            return false;
        }
        int open = t.lastIndexOf('“', at);
        int close = t.indexOf('”', at);
        return close > 0 && close - open - 1 <= SHORT_QUOTE;
    }

    private static boolean isThreshold(String t, int e, String unit) {
        String after = t.substring(e);
        return unit.endsWith("元") && THRESHOLD_AFTER.matcher(after).find() || unit.equals("人") && after.startsWith("制")
                || MEASURE.matcher(unit).matches() && MEASURE_THRESHOLD_AFTER.matcher(after).find();
    }

    private static boolean isBaseline(String t, int s, int e) {
        return BASELINE_BEFORE.matcher(t.substring(Math.max(0, s - 5), s)).find()
                && MOVES_TO_AFTER.matcher(t.substring(e, Math.min(t.length(), e + 8))).find();
    }

    private static boolean isQuantity(String t, int s, int e) {
        if (s > 0) {
            char before = t.charAt(s - 1);
            boolean indicatorAbbreviation = t.startsWith("GDP", Math.max(0, s - 3)) && s >= 3;
            if (before == '第' || before == '前' || before == '.' || before == '×' || before == '+' || before == '-'
                    || NameScanner.isAsciiLetter(before) && !indicatorAbbreviation) {
                return false;
            }
        }
        return !NOT_QUANTITY_AFTER.matcher(t.substring(e)).find();
    }

    static Comparison comparator(String t, int s, int e, boolean range, boolean more) {
        if (range) {
            return Comparison.AT_LEAST;
        }
        String after = t.substring(e, Math.min(t.length(), e + 2));
        String before = t.substring(Math.max(0, s - 4), s);
        if (after.startsWith("左右") || before.endsWith("约") || before.endsWith("近") || before.endsWith("大约")) {
            return Comparison.APPROXIMATELY;
        }
        if (after.startsWith("以上") || before.endsWith("不少于") || before.endsWith("不低于") || before.endsWith("至少")) {
            return Comparison.AT_LEAST;
        }
        if (after.startsWith("以内") || after.startsWith("以下") || before.endsWith("不超过") || before.endsWith("控制在")
                || before.endsWith("低于") || before.endsWith("不高于")) {
            return Comparison.AT_MOST;
        }
        if (more || before.endsWith("超过") || before.endsWith("突破") || before.endsWith("逾") || before.endsWith("高于")) {
            return Comparison.EXCEEDS;
        }
        return Comparison.EXACTLY;
    }
}
