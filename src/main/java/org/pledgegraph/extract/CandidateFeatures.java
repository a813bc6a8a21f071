package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judge's view of a candidate: string features of the name's shape (suffix class, first and last
 * characters, length, digits, quotes, a leading place name), its context (the word before it, list
 * punctuation, 等 after it, the verb of the clause), who proposed it and how common the name is across
 * governments ({@link Specificity}), plus character- and word-class versions of the lexical features that carry
 * over to governments the model was not trained on.
 */
final class CandidateFeatures {
    /** Administrative suffixes (GB/T 2260 levels) that start a name with a place: 某某区…, 某某镇…. */
    private static final Pattern PLACE_START = Pattern.compile("^\\p{IsHan}{1,4}?(?:省|市|区|县|镇|乡|街道|村|新区)(?=\\p{IsHan}{2,})");
    /** Words that make what follows a category rather than a name. */
    private static final List<String> GENERIC_HEADS = List.of("一批", "更多", "各类", "各种", "重点", "新一批", "多个", "若干",
            "一些", "所有", "大型", "小型", "新型", "国家级", "省级", "市级", "区级", "县级", "高水平", "高品质", "高标准",
            "现代化", "标准化", "智慧", "数字", "重大", "优质", "新建", "一流", "全市", "全省", "全区", "全县", "城市", "农村", "乡村",
            "社区", "老旧", "公共", "综合", "特色", "示范", "首个", "首批");
    /** Clause verbs that tell what happens to the thing (build, push, complete, attract, support). */
    private static final List<String> VERBS = List.of("加快推进", "加快建设", "开工建设", "谋划建设", "建成投用", "建设", "推进",
            "打造", "加快", "建成", "开工", "竣工", "投用", "投产", "完成", "实施", "启动", "新建", "改造", "引进", "招引",
            "支持", "培育", "推动", "落地", "落户", "签约", "获批", "创建", "提升", "规划", "谋划", "争创", "服务", "举办");

    /** Verbs of a thing honoured or listed (longer first: 获评 before 获), of one that opens, of one that grows. */
    private static final String HONOUR_VERBS = "被评为|被认定为|入选|入围|获评|荣获|获批|获颁|获得|获|跻身|晋级|成为|列入|纳入";
    private static final String OPEN_VERBS = "开业|投产|投用|建成|竣工|通车|开园|开馆|开工|落户|挂牌|正式|成功|上市|启用|开通|运营|落地";
    private static final String GROW_VERBS = "实现|完成|突破|增长|加快|持续|快速";
    /** The rest of a list (、甲、乙), an optional 等, then a verb of which the names are the subject. */
    private static final Pattern AFTER_VERB = Pattern.compile("(?:、[^，。；：、等\\s]{1,10}){0,6}等?("
            + HONOUR_VERBS + "|" + OPEN_VERBS + "|" + GROW_VERBS + ")");
    private static final Pattern HONOUR = Pattern.compile(HONOUR_VERBS);
    private static final Pattern GROW = Pattern.compile(GROW_VERBS);
    /** GB/T 4754 industry words (industries.tsv), for {@link JunkFeatures#category}. */
    private static final Lexicon INDUSTRIES = Lexicon.load("industries.tsv");
    /** The character class features, unless an experiment turns them off (the classes' table decides otherwise). */
    private static final boolean CLUSTER_FEATURES = !"false".equals(System.getProperty("pledgegraph.clusters.judge"));

    private CandidateFeatures() {
    }

    static List<String> of(Candidate c, String source, String variant, ScopedSentence s, Specificity specificity,
                           int[] occurrences, org.pledgegraph.text.Places places) {
        return of(c, source, variant, s, specificity, occurrences, places, null);
    }

    /** As above, with the place of the reporting government ({@link HomeFeatures}; null when unknown). */
    static List<String> of(Candidate c, String source, String variant, ScopedSentence s, Specificity specificity,
                           int[] occurrences, org.pledgegraph.text.Places places, org.pledgegraph.model.Place home) {
        return of(c, source, variant, s, specificity, occurrences, places, home, specificity.boundaries());
    }

    /**
     * As above, with the boundary statistics to read ({@link BoundaryFeatures}: the corpus's and the document's
     * own bigrams).
     */
    static List<String> of(Candidate c, String source, String variant, ScopedSentence s, Specificity specificity,
                           int[] occurrences, org.pledgegraph.text.Places places, org.pledgegraph.model.Place home,
                           BoundaryStats boundaries) {
        String t = s.text();
        int b = c.begin() - s.begin();
        int e = c.end() - s.begin();
        String name = c.name();
        List<String> f = new ArrayList<>();
        f.add("rec=" + source);
        f.add("type=" + c.type().key());
        String kind = variant.replaceFirst("/.*", "");
        f.add("var=" + variant);
        f.add("vk=" + kind);
        f.add("rec+var=" + source + kind);
        f.add("s1=" + last(name, 1));
        f.add("s2=" + last(name, 2));
        f.add("s3=" + last(name, 3));
        String suffix = Suffixes.endingAt(name, name.length());
        String sx = suffix == null ? "none" : suffix;
        f.add("sx=" + sx);
        // the judge-only proposers' suffix classes (…基金, …碧道, …综保区), which the rule suffixes do not name
        String psx = proposingSuffix(name);
        f.add("psx=" + psx);
        f.add("psx+rec=" + psx + source);
        if (name.endsWith("）") || name.endsWith(")")) {
            f.add("qualend");
        } else if (name.contains("（") || name.contains("(")) {
            f.add("qualmid");
        }
        f.add("p1=" + name.substring(0, 1));
        f.add("p2=" + name.substring(0, Math.min(2, name.length())));
        int len = name.length();
        f.add("len=" + bucket(len, 3, 4, 5, 6, 8, 11, 15));
        f.add("len+type=" + bucket(len, 3, 4, 5, 6, 8, 11, 15) + c.type().key());
        String body = suffix == null || suffix.length() >= len ? name : name.substring(0, len - suffix.length());
        f.add("blen=" + bucket(body.length(), 1, 2, 3, 4, 6, 9));
        if (NameScanner.isGeneric(body)) {
            f.add("genbody");
        }
        if (suffix != null && body.length() <= 2) {
            f.add("shortbody+sx=" + sx);
        }
        f.add("b1=" + before(t, b, 1));
        f.add("b2=" + before(t, b, 2));
        f.add("a1=" + after(t, e, 1));
        f.add("a2=" + after(t, e, 2));
        String stop = b > 0 ? NameScanner.stopEndingAt(t, b) : null;
        f.add("bstop=" + (stop == null ? "none" : stop));
        f.add("verb=" + clauseVerb(t, b));
        boolean listBefore = b > 0 && t.charAt(b - 1) == '、';
        boolean listAfter = e < t.length() && t.charAt(e) == '、';
        f.add("list=" + listBefore + listAfter);
        if (t.startsWith("等", e)) {
            f.add("deng");
        }
        if (name.contains("“") || name.contains("\"")) {
            f.add("quoted");
        }
        if (b > 0 && (t.charAt(b - 1) == '“' || t.charAt(b - 1) == '"')) {
            f.add("inquote");
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            f.add("digit");
        }
        if (name.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            f.add("latin");
        }
        if (name.chars().anyMatch(ch -> "一二三四五六七八九十百千万两".indexOf(ch) >= 0)) {
            f.add("numeral");
        }
        if (b > 0 && NameScanner.isNumeral(t.charAt(b - 1))) {
            f.add("afternumber");
        }
        if (PLACE_START.matcher(name).find()) {
            f.add("placestart");
        }
        for (String g : GENERIC_HEADS) {
            if (name.startsWith(g) && name.length() > g.length()) {
                f.add("ghead=" + g);
                f.add("ghead");
                break;
            }
        }
        int n = specificity.governments(name);
        String spec = n == 0 ? "0" : bucket(n, 3, 5, 8, 12, 20, 30);
        f.add("spec=" + spec);
        f.add("spec+sx=" + spec + sx);
        f.add("spec+len=" + spec + bucket(len, 4, 6, 9));
        int groups = specificity.groups(name);
        f.add("grp=" + (groups == 0 ? "0" : bucket(groups, 1, 2, 4, 8, 16)) + (specificity.marked(name) ? "+mark" : ""));
        f.add("occ=" + bucket(occurrences[0], 1, 2, 3, 5));
        f.add("fs=" + bucket(occurrences[1], 0, 1, 2));
        f.add("fe=" + bucket(occurrences[2], 0, 1, 2));
        f.add("vk+fs=" + kind + bucket(occurrences[1], 0, 1));
        f.add("vk+fe=" + kind + bucket(occurrences[2], 0, 1));
        f.add("scope=" + s.scope());
        if (s.heading()) {
            f.add("heading");
        }
        classes(f, name, t, b, e, suffix, body, places);
        if (!t.substring(b, e).equals(name)) {
            f.add("distributed");
            DistributedFeatures.add(f, name, t.substring(b, e), places);
        }
        JunkFeatures.add(f, name, t, b, e, suffix, body, INDUSTRIES);
        JointFeatures.add(f, name, variant, places);
        HomeFeatures.add(f, name, c.type().key(), places, home);
        HeadFeatures.add(f, occurrences, len);
        CategoryCueFeatures.add(f, t, b, e, source);
        BoundaryFeatures.add(f, t, b, e, boundaries);
        EntropyFeatures.add(f, t, b, e, boundaries);
        if (CLUSTER_FEATURES) {
            ClusterFeatures.add(f, t, b, e, specificity.clusters());
        }
        conjunctions(f, c.type().key(), sx, psx, spec, b == 0 ? "^" : charClass(t.charAt(b - 1)),
                e >= t.length() ? "$" : charClass(t.charAt(e)), verbClass(clauseVerb(t, b)), kind);
        return f;
    }

    /**
     * Pairs of classes the maxent model cannot combine by itself (it adds weights): a suffix means more for one
     * type than another, the character before a name means more after one suffix than another.
     */
    private static void conjunctions(List<String> f, String type, String sx, String psx, String spec, String cb1,
                                     String ca1, String vc, String kind) {
        f.add("x.sx+type=" + sx + "+" + type);
        f.add("x.psx+type=" + psx + "+" + type);
        f.add("x.cb1+sx=" + cb1 + "+" + sx);
        f.add("x.ca1+sx=" + ca1 + "+" + sx);
        f.add("x.spec+type=" + spec + "+" + type);
        f.add("x.vc+type=" + vc + "+" + type);
        f.add("x.vk+type=" + kind + "+" + type);
        f.add("x.cb1+ca1=" + cb1 + ca1);
    }

    /** The longest suffix of the judge-only proposers {@code name} ends with, else "none". */
    private static String proposingSuffix(String name) {
        String best = "none";
        for (List<String> xs : ProposingRecognizer.SUFFIXES.values()) {
            for (String x : xs) {
                if (name.endsWith(x) && name.length() > x.length() && (best.equals("none") || x.length() > best.length())) {
                    best = x;
                }
            }
        }
        return best;
    }

    /**
     * Features that generalise where exact characters do not: classes of the characters around and at the ends
     * of the name (list joint, punctuation, quote, numeral, 等/和, 的, Han), the clause verb's class, the type its
     * suffix marks, whether the body or the start of the name is a place of the bundled table, and whether a list
     * neighbour ends with the same suffix (甲水库、乙水库). Each raised leave-one-government-out F1 on the development
     * governments together (docs/extraction.md); the exact characters stay because dropping them lost precision.
     */
    private static void classes(List<String> f, String name, String t, int b, int e, String suffix, String body,
                                org.pledgegraph.text.Places places) {
        f.add("cb1=" + (b == 0 ? "^" : charClass(t.charAt(b - 1))));
        f.add("ca1=" + (e >= t.length() ? "$" : charClass(t.charAt(e))));
        f.add("cb2=" + (b < 2 ? "^" : charClass(t.charAt(b - 2)) + charClass(t.charAt(b - 1))));
        f.add("ca2=" + (e + 2 > t.length() ? "$" : charClass(t.charAt(e)) + charClass(t.charAt(e + 1))));
        f.add("cp1=" + charClass(name.charAt(0)));
        f.add("cs1=" + charClass(name.charAt(name.length() - 1)));
        f.add("vc=" + verbClass(clauseVerb(t, b)));
        String avc = afterVerbClass(t, e);
        f.add("avc=" + avc);
        f.add("x.avc+type=" + avc + "+" + sxtOrType(suffix));
        String sxt = suffix == null ? "none" : String.valueOf(Suffixes.typeOf("某" + suffix));
        f.add("sxt=" + sxt);
        if (places != null) {
            if (!body.isEmpty() && places.isName(body)) {
                f.add("placebody");
            }
            int p = placePrefix(name, places);
            if (p > 0) {
                f.add("placepre");
                f.add("placepre+rest=" + bucket(name.length() - p - (suffix == null ? 0 : suffix.length()), 0, 1, 2, 4));
            }
        }
        if (suffix != null) {
            String next = e < t.length() && t.charAt(e) == '、' ? item(t, e + 1, true) : "";
            String prev = b > 0 && t.charAt(b - 1) == '、' ? item(t, b - 1, false) : "";
            if (next.endsWith(suffix) || prev.endsWith(suffix)) {
                f.add("listsame");
            }
        }
    }

    /** The longest full or short place name (of two or more characters) that {@code name} starts with, or 0. */
    private static int placePrefix(String name, org.pledgegraph.text.Places places) {
        for (int k = Math.min(name.length() - 1, 8); k >= 2; k--) {
            String p = name.substring(0, k);
            if (places.isName(p)) {
                return k;
            }
        }
        return 0;
    }

    /** The list item that starts at {@code from} (forward) or ends at {@code from} (backward). */
    private static String item(String t, int from, boolean forward) {
        String stops = "、，。；：,;:等和及与（）()";
        if (forward) {
            int i = from;
            while (i < t.length() && stops.indexOf(t.charAt(i)) < 0 && i - from < 25) {
                i++;
            }
            return t.substring(from, i);
        }
        int i = from;
        while (i > 0 && stops.indexOf(t.charAt(i - 1)) < 0 && from - i < 25) {
            i--;
        }
        return t.substring(i, from);
    }

    static String charClass(char ch) {
        if (ch == '、') {
            return "L";
        }
        if ("，。；：,;:！？".indexOf(ch) >= 0) {
            return "P";
        }
        if ("“”\"‘’《》".indexOf(ch) >= 0) {
            return "Q";
        }
        if ("（）()".indexOf(ch) >= 0) {
            return "B";
        }
        if (Character.isDigit(ch)) {
            return "D";
        }
        if (NameScanner.isNumeral(ch)) {
            return "N";
        }
        if ("等和及与".indexOf(ch) >= 0) {
            return "C";
        }
        if ("的之".indexOf(ch) >= 0) {
            return "E";
        }
        if (NameScanner.isAsciiLetter(ch)) {
            return "A";
        }
        if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
            return "H";
        }
        return "O";
    }

    /**
     * The verb of which the name is the subject, right after it or after the rest of its list and 等: a thing
     * honoured or listed (入选, 获评, 荣获, 获批), one that opens or starts working (开业, 投产, 建成, 挂牌, 上市), one
     * that grows (实现, 突破, 加快), else none. A subject of such verbs is one thing, a firm, a place or a work, and
     * seldom a category; the verbs are general words of the reports, not names.
     */
    static String afterVerbClass(String t, int e) {
        Matcher m = AFTER_VERB.matcher(t).region(e, Math.min(t.length(), e + 48));
        if (!m.lookingAt()) {
            return "none";
        }
        String v = m.group(1);
        return HONOUR.matcher(v).matches() ? "honour" : GROW.matcher(v).matches() ? "grow" : "open";
    }

    /** The type a suffix marks, "none" without one (the class feature {@code sxt}). */
    private static String sxtOrType(String suffix) {
        return suffix == null ? "none" : String.valueOf(Suffixes.typeOf("某" + suffix));
    }

    /** What the clause verb does to the thing: build, complete, start, plan, attract, support, other. */
    static String verbClass(String verb) {
        return switch (verb) {
            case "加快推进", "加快建设", "谋划建设", "建设", "推进", "加快", "新建", "改造" -> "build";
            case "建成投用", "建成", "竣工", "投用", "投产", "完成" -> "complete";
            case "开工建设", "开工", "实施", "启动" -> "start";
            case "谋划", "规划", "获批", "创建", "争创" -> "plan";
            case "引进", "招引", "落地", "落户", "签约" -> "attract";
            case "none" -> "none";
            default -> "support";
        };
    }

    private static String clauseVerb(String t, int b) {
        int from = Math.max(Clause.start(t, b), b - 12);
        String clause = t.substring(from, b);
        String best = "none";
        int at = -1;
        for (String v : VERBS) {
            int i = clause.lastIndexOf(v);
            if (i > at) {
                at = i;
                best = v;
            }
        }
        return best;
    }

    private static String last(String s, int k) {
        return s.substring(Math.max(0, s.length() - k));
    }

    private static String before(String t, int b, int k) {
        return b - k < 0 ? "^" + t.substring(0, b) : t.substring(b - k, b);
    }

    private static String after(String t, int e, int k) {
        return e + k > t.length() ? t.substring(e) + "$" : t.substring(e, e + k);
    }

    /** The first bound {@code x} is at most, as "≤bound", or "&gt;last". */
    static String bucket(int x, int... bounds) {
        for (int bound : bounds) {
            if (x <= bound) {
                return "<=" + bound;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }
}
