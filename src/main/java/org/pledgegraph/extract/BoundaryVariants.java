package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Other boundaries for a recogniser's name, for the judge to choose from. Alternatives of the same name
 * (one is kept at most): later starts (a verb, adverb or a number's unit the scanner let in: "抓…", "公里…",
 * "扩容提质…") and earlier starts across a conjunction, a preposition or a bracket the scanner stopped at
 * ("A和B交易中心", "A至B铁路", "X大学（深圳）研究院"). Names of their own: the name without a trailing phase or
 * construction word ("…产业园二期" → "…产业园", "…电厂升级改造" → "…电厂"). Only for names that are the text
 * they cover.
 */
final class BoundaryVariants {
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 32;
    /** Longest bracketed qualifier (brackets included) a name may carry, and how far a suffix may follow it. */
    private static final int MAX_QUALIFIER = 9;
    /** Longest section name after a line's name, 段 included ("甲至乙段"). */
    private static final int MAX_SEGMENT = 8;
    private static final Pattern TRAILING = Pattern.compile(
            "(?:[一二三四五六七八九十]+期|升级改造|改造提升|提升改造|改扩建|提质改造|改造|扩建|提升|迁建|新建)(?:工程|项目)?(?:建设)?$");
    /** Whether {@code rest} is all a phase or a works word that {@code cutend} variants leave off ("二期", "升级改造工程"). */
    static boolean isWorksTail(String rest) {
        Matcher m = TRAILING.matcher(rest);
        return m.find() && m.start() == 0;
    }

    /** A line's head with a section after it: "甲乙高速丙丁段" names the line 甲乙高速 too. */
    private static final Pattern LINE_SECTION = Pattern.compile(
            "(?:高速公路|高速|高铁|城际铁路|铁路|城际)(?=[^、，,（(]{1,8}段)");
    /** A scope word: the whole country, province, city, district, county or town (GB/T 2260 levels). */
    private static final Pattern SCOPE = Pattern.compile("全[国省市区县镇乡域]");
    /** A version after a name: 2.0, 3.0, Ⅱ, Ⅲ. */
    private static final Pattern VERSION = Pattern.compile("^(?:\\d{1,2}\\.\\d|[ⅡⅢⅣⅤ])");
    /** Parts of a facility named after it (campus, wing, new or branch building), up to four characters before. */
    private static final List<String> PARTS = List.of("院区", "校区", "分馆", "新馆", "新院", "分院", "大楼", "北区", "南区",
            "东区", "西区");
    private static final int MAX_PART = 6;
    private static final List<String> VERBS = List.of("建设", "打造", "推进", "加快", "提质", "扩容", "升级", "推动",
            "支持", "引进", "落地", "建成", "开工", "完成", "启动", "实施", "探索", "高标准", "高质量", "规划");

    private BoundaryVariants() {
    }

    /** The variants of {@code c} in sentence {@code s}, each with its kind. */
    static List<Variant> of(Candidate c, ScopedSentence s) {
        List<Variant> out = new ArrayList<>();
        String t = s.text();
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        if (!t.substring(b, e).equals(c.name())) {
            return out;
        }
        for (int k = 1; k <= 4; k++) {
            if (e - (b + k) < MIN_LENGTH || !isHan(t.charAt(b + k - 1)) || t.charAt(b + k) == '”') {
                break;
            }
            out.add(variant(c, s, b + k, e, "trim" + Math.min(k, 3), false));
        }
        for (String v : VERBS) {
            int i = t.substring(b, e).lastIndexOf(v);
            if (i > 0 && e - (b + i + v.length()) >= MIN_LENGTH && i + v.length() > 4) {
                out.add(variant(c, s, b + i + v.length(), e, "trimverb", false));
            }
        }
        for (int p = b + 1; p <= e - MIN_LENGTH; p++) {
            // a later start right after a stop word inside the name: the long proposals cross them ("推进…")
            String stop = NameScanner.stopEndingAt(t, p);
            if (stop != null && p - stop.length() >= b && NameScanner.stopStartingAt(t, p) == null
                    && NameScanner.isNameChar(t.charAt(p))) {
                out.add(variant(c, s, p, e, "trimstop", false));
            }
        }
        int start = b;
        scoped(c, s, t, b, e, out);
        for (int step = 1; step <= 2; step++) {
            int x = extendLeft(t, start);
            if (x < 0 || e - x > MAX_LENGTH) {
                break;
            }
            char joint = t.charAt(start - 1);
            out.add(variant(c, s, x, e, "ext" + step + "/" + (joint == ')' || joint == '）' ? "bracket" : joint), false));
            start = x;
            scoped(c, s, t, start, e, out);
        }
        qualified(c, s, t, b, e, out);
        segment(c, s, t, b, e, out);
        versioned(c, s, t, b, e, out);
        part(c, s, t, b, e, out);
        Matcher line = LINE_SECTION.matcher(c.name());
        if (line.find() && line.start() >= 2) {
            Variant cut = variant(c, s, b, b + line.end(), "line", true);
            org.pledgegraph.model.EntityType own = Suffixes.typeOf(cut.candidate().name());
            out.add(own == null || own == c.type() ? cut : new Variant(new Candidate(own, cut.candidate().begin(),
                    cut.candidate().end(), cut.candidate().name(), null, c.year()), "line", true));
        }
        Matcher m = TRAILING.matcher(c.name());
        if (m.find() && m.start() >= MIN_LENGTH) {
            Variant cut = variant(c, s, b, b + m.start(), "cutend", true);
            org.pledgegraph.model.EntityType own = Suffixes.typeOf(cut.candidate().name());
            out.add(own == null || own == c.type() ? cut : new Variant(new Candidate(own, cut.candidate().begin(),
                    cut.candidate().end(), cut.candidate().name(), null, c.year()), "cutend", true)); // "…医院改扩建": a hospital

        }
        return out;
    }

    /**
     * Later ends across a bracketed qualifier right after the name (a place, a phase, a kind: "…医院（某区）",
     * "…公园（一期）", "…中心（中医类）"), and across it to a suffix further on ("…大学（某市）研究院"): the scanner
     * stops at brackets, while names keep such qualifiers.
     */
    private static void qualified(Candidate c, ScopedSentence s, String t, int b, int e, List<Variant> out) {
        if (e >= t.length() || t.charAt(e) != '（' && t.charAt(e) != '(') {
            return;
        }
        int close = e + 1;
        while (close < t.length() && close - e <= MAX_QUALIFIER && t.charAt(close) != '）' && t.charAt(close) != ')') {
            if ("，。；：、,;:“”（(".indexOf(t.charAt(close)) >= 0) {
                return;
            }
            close++;
        }
        if (close >= t.length() || close - e > MAX_QUALIFIER || close == e + 1) {
            return;
        }
        out.add(variant(c, s, b, close + 1, "qual", false));
        for (int x = close + 2; x <= Math.min(t.length(), close + 1 + MAX_QUALIFIER); x++) {
            char ch = t.charAt(x - 1);
            if (!NameScanner.isNameChar(ch) || ch == '、' || ch == '等') {
                break;
            }
            String sx = Suffixes.endingAt(t, x);
            if (x - (close + 1) >= 2 && sx != null && ProposingRecognizer.endsName(t, x, sx)) {
                out.add(variant(c, s, b, x, "qualext", false));
            }
        }
    }

    /**
     * A later end at the section of a line or corridor named right after it ("…高铁甲至乙段", "…公园某省段",
     * "…5号线某区段"): a few name characters, then 段, then the end of the name.
     */
    private static void segment(Candidate c, ScopedSentence s, String t, int b, int e, List<Variant> out) {
        for (int x = e + 1; x <= Math.min(t.length(), e + MAX_SEGMENT); x++) {
            char ch = t.charAt(x - 1); // from the first character after the name: "…高铁、乙段" is two things
            if (!NameScanner.isNameChar(ch) || ch == '等') {
                return;
            }
            if (ch == '段' && x - e >= 3 && ProposingRecognizer.endsName(t, x, "区段")) {
                out.add(variant(c, s, b, x, "segment", false));
                return;
            }
        }
    }

    /**
     * An earlier start at a scope word right before {@code b} ("全市…平台", "全省…数据库", "全国…中心"): the scanner stops
     * at 全市/全省 as at the adverbs of report prose, but a platform or system serving the whole jurisdiction is named
     * with it; the left extension across it starts at the verb before instead ("建设全市…").
     */
    private static void scoped(Candidate c, ScopedSentence s, String t, int b, int e, List<Variant> out) {
        // 安全/健全/完全/齐全/周全 before 区/市/国… is a word ending in 全, not a scope word
        if (b >= 2 && e - (b - 2) <= MAX_LENGTH && SCOPE.matcher(t.substring(b - 2, b)).matches()
                && (b < 3 || "安健完齐周".indexOf(t.charAt(b - 3)) < 0)) {
            out.add(variant(c, s, b - 2, e, "scope", false));
        }
    }

    /**
     * A later end across a version written right after the name ("…管理平台3.0", "…云脑Ⅲ"): the scanner stops at
     * digits and Roman numerals, while the next generation of a platform or machine is named with its version.
     */
    private static void versioned(Candidate c, ScopedSentence s, String t, int b, int e, List<Variant> out) {
        Matcher m = VERSION.matcher(t.substring(e, Math.min(t.length(), e + 6)));
        if (m.find() && e + m.end() - b <= MAX_LENGTH) {
            int x = e + m.end();
            // a share or rate (3.5%) is a figure, not a version
            if (x < t.length() && "%％‰".indexOf(t.charAt(x)) >= 0) {
                return;
            }
            if (x >= t.length() || !Character.isLetterOrDigit(t.charAt(x)) || NameScanner.stopStartingAt(t, x) != null) {
                out.add(variant(c, s, b, x, "version", false));
            }
        }
    }

    /**
     * A later end at a part of the facility named before it: a campus, a new or branch building, a wing ("…医院某某院区",
     * "…研究院新院", "…博物馆某某分馆", "…中心大楼", "…北区"), up to four characters of its own name between.
     * The part is a facility of its own, so the variant is a name of its own beside the whole.
     */
    private static void part(Candidate c, ScopedSentence s, String t, int b, int e, List<Variant> out) {
        if (c.type() != EntityType.FACILITY) {
            return;
        }
        for (int x = e + 1; x <= Math.min(t.length(), e + MAX_PART); x++) {
            char ch = t.charAt(x - 1); // from the first character after the name: "…医院、乙分院" is two things
            if (!NameScanner.isNameChar(ch) || ch == '等' || NameScanner.stopEndingAt(t, x) != null) {
                return;
            }
            for (String w : PARTS) {
                if (x - e >= w.length() && t.startsWith(w, x - w.length()) && x - b <= MAX_LENGTH
                        && ProposingRecognizer.endsName(t, x, w)) {
                    out.add(variant(c, s, b, x, "part", true));
                    return;
                }
            }
        }
    }

    /** An earlier start across one joint (a stop word of up to two characters or a bracketed part), or -1. */
    private static int extendLeft(String t, int b) {
        int i = b;
        if (i > 0 && (t.charAt(i - 1) == '）' || t.charAt(i - 1) == ')')) {
            int open = Math.max(t.lastIndexOf('（', i - 1), t.lastIndexOf('(', i - 1));
            if (open < 0 || i - open > 10) {
                return -1;
            }
            i = open;
        } else {
            String stop = i > 0 ? NameScanner.stopEndingAt(t, i) : null;
            if (stop == null || stop.length() > 2) {
                return -1;
            }
            i -= stop.length();
        }
        int j = i;
        while (j > 0 && NameScanner.isNameChar(t.charAt(j - 1)) && i - j < 12) {
            String stop = NameScanner.stopEndingAt(t, j);
            if (stop != null && j < i) {
                break;
            }
            j--;
        }
        return i - j >= 2 ? j : -1;
    }

    private static Variant variant(Candidate c, ScopedSentence s, int b, int e, String kind, boolean ownName) {
        String name = s.text().substring(b, e);
        return new Variant(new Candidate(c.type(), s.begin() + b, s.begin() + e, name, null, c.year()), kind, ownName);
    }

    private static boolean isHan(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN;
    }

    /** A variant; {@code ownName} when it names a thing of its own rather than being an alternative. */
    record Variant(Candidate candidate, String kind, boolean ownName) {
    }
}
