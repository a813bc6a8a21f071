package org.pledgegraph.extract;

import java.util.List;

/**
 * Judge features for the junk a left-out government's proposals are full of, read from character classes and
 * general word lists only: boundaries that swallow a verb, a measure word or a function character
 * ({@code vstart}, {@code vend}, {@code mend}, {@code fedge}), category names whose every part is a generic word
 * ({@code cat}: 城市更新项目 is generic modifier + activity + suffix, no proper part), unbalanced quotes or brackets
 * ({@code unbal}), and where the name sits in an enumeration ({@code enum}). Kept apart from
 * {@link CandidateFeatures} so feature sets can be compared and merged one group at a time.
 */
final class JunkFeatures {
    /**
     * Two-character verbs of planning and construction prose (the clause verbs of {@link CandidateFeatures} and
     * their kin): a name that starts or ends with one has swallowed the clause's verb.
     */
    private static final List<String> VERBS2 = List.of("建设", "推进", "打造", "加快", "建成", "开工", "竣工", "投用", "投产",
            "完成", "实施", "启动", "新建", "改造", "引进", "招引", "支持", "培育", "推动", "落地", "落户", "签约", "获批", "创建",
            "提升", "规划", "谋划", "争创", "服务", "举办", "开展", "加强", "深化", "促进", "扩大", "实现", "完善", "健全", "强化",
            "优化", "持续", "积极", "大力", "全力", "着力", "坚持", "聚焦", "围绕", "依托", "用好", "做强", "做优", "做大", "壮大",
            "发展", "建立", "组建", "设立", "成立", "承办", "举行", "保障", "确保", "力争", "计划", "预计", "新增", "累计", "新开",
            "开通", "通车", "运营", "布局", "搭建", "升级", "整治", "治理", "修复", "保护", "更新", "提质", "扩容", "改建", "扩建",
            "开放", "制定", "出台", "编制", "引入", "瞄准", "召开", "筹建", "启用", "开设", "引育", "打通", "贯通", "建好", "办好",
            "推出", "形成", "构建", "申报", "争取", "入选", "认定", "获评", "荣获", "成为", "新增", "加速", "突破", "参与");
    /** One-character verbs that begin a verb phrase (建, 推, 抓 …); weaker than {@link #VERBS2}. */
    private static final String VERB1 = "建推抓办扩修改引创争抢促保强做加提深优稳落打搭聚筑育招投开启完实新";
    /** Measure words and units (国家法定计量单位 and Chinese classifiers) that end a counted phrase, not a name. */
    private static final String MEASURE = "个座条家项所处栋套名户批亩吨台辆张间床位万亿元米";
    /** Function characters (prepositions, particles) that belong to the clause, not to a name's edge. */
    private static final String FUNC_START = "在对向从把被将为以于由并及与和等的了着";
    private static final String FUNC_END = "的了着等和与及并或里";
    /**
     * Generic words of categories: modifiers of scale, level, place kind and quality (as in
     * {@code CandidateFeatures.GENERIC_HEADS}) and activity nouns of the national reports' programmes; a name made of
     * these and a suffix names a kind of thing, not one thing.
     */
    private static final List<String> GENERIC = List.of("一批", "更多", "各类", "各种", "重点", "重大", "大型", "小型", "新型",
            "国家级", "省级", "市级", "区级", "县级", "高水平", "高品质", "高标准", "高质量", "现代化", "标准化", "智慧", "智能",
            "数字", "数字化", "优质", "一流", "城市", "农村", "乡村", "社区", "街道", "老旧", "公共", "综合", "特色", "示范",
            "试点", "标杆", "新建", "改扩建", "更新", "改造", "提升", "建设", "发展", "保护", "修复", "治理", "整治", "升级",
            "提质", "创新", "产业", "经济", "绿色", "低碳", "零碳", "生态", "文化", "旅游", "文旅", "体育", "教育", "医疗",
            "卫生", "养老", "托育", "交通", "水利", "能源", "物流", "商业", "农业", "工业", "科技", "人才", "民生", "安全",
            "应急", "三甲", "基层", "骨干", "主干", "支线", "配套", "基础", "设施", "服务", "便民", "惠民", "口袋", "未来",
            "美丽", "和美", "宜居", "韧性", "海绵", "平安", "健康", "幸福", "共享", "全民", "中小", "小微", "专精特新");

    /**
     * Words of rank, reach and kind that describe a class of institutions (世界一流…大学, 省外高水平…医院, 普惠性…园):
     * a body made of these (and the generic words above) before an institution's suffix names a kind.
     */
    private static final List<String> QUALITY = List.of("世界一流", "国际一流", "国内一流", "世界级", "国际化", "国际性",
            "全国性", "区域性", "省外", "市外", "境外", "国内外", "海内外", "高能级", "高端", "顶尖", "综合性", "研究型",
            "应用型", "创新型", "普惠性", "普惠", "公办", "民办", "中职", "高职", "职业", "专科", "示范性", "标志性", "先进",
            "传统", "各级", "中小型", "龙头", "头部", "领军", "优秀", "知名", "品牌", "现代", "新一代", "新一轮", "高校",
            "名校", "名院", "重点", "一批", "若干");

    private JunkFeatures() {
    }

    /** Adds the junk features of the name {@code name} at [b, e) of sentence text {@code t}. */
    static void add(List<String> f, String name, String t, int b, int e, String suffix, String body, Lexicon industries) {
        boundary(f, name);
        category(f, body, industries);
        quality(f, body);
        balance(f, name);
        enumeration(f, t, b, e);
    }

    /** A verb, a measure word or a function character at the name's edge: a boundary taken from the clause. */
    static void boundary(List<String> f, String name) {
        if (name.length() < 2) {
            return;
        }
        if (startsWithAny(name, VERBS2)) {
            f.add("vstart=2");
        } else if (VERB1.indexOf(name.charAt(0)) >= 0) {
            f.add("vstart=1");
        }
        if (endsWithAny(name, VERBS2)) {
            f.add("vend");
        }
        char last = name.charAt(name.length() - 1);
        if (MEASURE.indexOf(last) >= 0) {
            f.add("mend" + (NameScanner.isNumeral(name.charAt(name.length() - 2))
                    || Character.isDigit(name.charAt(name.length() - 2)) ? "=num" : "=word"));
        }
        int k = 0;
        while (k < name.length() && (Character.isDigit(name.charAt(k)) || NameScanner.isNumeral(name.charAt(k)))) {
            k++;
        }
        if (k > 0 && k < name.length() && MEASURE.indexOf(name.charAt(k)) >= 0) {
            f.add("mstart"); // 10个…, 一批…: a count of things, not one thing
        }
        if (FUNC_START.indexOf(name.charAt(0)) >= 0) {
            f.add("fedge=start");
        }
        if (FUNC_END.indexOf(last) >= 0) {
            f.add("fedge=end");
        }
    }

    /**
     * How much of the body is left after taking away generic words and industry words (GB/T 4754 titles,
     * industries.tsv) from its front: nothing left is a category name (城市更新项目, 农村公路), one character left
     * mostly too (三甲医院 leaves nothing; 中心医院 leaves 中心), a longer rest may be a proper name.
     */
    static void category(List<String> f, String body, Lexicon industries) {
        String rest = body.replace("“", "").replace("”", "");
        int words = 0;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            String w = longestPrefix(rest, GENERIC);
            if (w == null && industries != null) {
                w = longestPrefix(rest, industries.keywords());
            }
            if (w != null) {
                rest = rest.substring(w.length());
                words++;
                changed = true;
            }
        }
        if (words == 0) {
            return;
        }
        f.add("cat=" + (rest.isEmpty() ? "all" : rest.length() == 1 ? "1" : rest.length() <= 3 ? "2-3" : "4+"));
        f.add("catw=" + Math.min(words, 3) + (rest.isEmpty() ? "all" : "rest"));
    }

    /**
     * {@code qcat}: the body starts with words of rank or kind ({@link #QUALITY}, then generic words) and how much is
     * left after them: nothing or one character is a kind of institution (高水平综合性大学), more may be a name.
     */
    static void quality(List<String> f, String body) {
        String rest = body;
        boolean quality = false;
        while (!rest.isEmpty()) {
            String q = longestPrefix(rest, QUALITY);
            String w = q != null ? q : longestPrefix(rest, GENERIC);
            if (w == null) {
                break;
            }
            quality |= q != null;
            rest = rest.substring(w.length());
        }
        if (quality) {
            f.add("qcat=" + (rest.length() <= 1 ? "all" : rest.length() <= 3 ? "2-3" : "4+"));
        }
    }

    /** Quote marks or brackets opened and not closed inside the name: a fragment cut out of a longer phrase. */
    static void balance(List<String> f, String name) {
        int q = count(name, '“') - count(name, '”');
        int p = count(name, '（') + count(name, '(') - count(name, '）') - count(name, ')');
        if (q != 0 || p != 0) {
            f.add("unbal");
        }
    }

    /**
     * The enumeration the name is an item of (items joined by 、): its size, the item's position, and whether the
     * name is the whole item or a part of it.
     */
    static void enumeration(List<String> f, String t, int b, int e) {
        int from = b;
        while (from > 0 && "，。；：,;:！？".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        int to = e;
        while (to < t.length() && "，。；：,;:！？".indexOf(t.charAt(to)) < 0) {
            to++;
        }
        String clause = t.substring(from, to);
        int items = count(clause, '、') + 1;
        listHead(f, t, e, to);
        if (items < 2) {
            return;
        }
        boolean first = count(t.substring(from, b), '、') == 0;
        boolean last = count(t.substring(e, to), '、') == 0;
        f.add("enum=" + CandidateFeatures.bucket(items, 2, 3, 5) + (first ? "first" : last ? "last" : "mid"));
        boolean startsItem = b == 0 || t.charAt(b - 1) == '、' || b == from;
        boolean endsItem = e == t.length() || t.charAt(e) == '、' || e == to;
        f.add("enumwhole=" + startsItem + endsItem);
    }

    /**
     * {@code lhead}: the two characters after the 等 that closes the name's list in its clause (…、甲、乙等行业, …等地,
     * …等项目): the kind the members are examples of, which says whether they are names (项目, 公园) or industries,
     * places and topics (行业, 领域, 地区).
     */
    static void listHead(List<String> f, String t, int e, int to) {
        int d = t.indexOf('等', e);
        if (d >= 0 && d + 1 < to) {
            f.add("lhead=" + t.substring(d + 1, Math.min(d + 3, to)));
        }
    }

    private static String longestPrefix(String s, List<String> words) {
        String best = null;
        for (String w : words) {
            if (s.startsWith(w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    private static boolean startsWithAny(String s, List<String> words) {
        return words.stream().anyMatch(w -> s.startsWith(w) && s.length() > w.length());
    }

    private static boolean endsWithAny(String s, List<String> words) {
        return words.stream().anyMatch(w -> s.endsWith(w) && s.length() > w.length());
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }
}
