package org.pledgegraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds where a name starts, scanning left from its suffix: a name stops at punctuation, at a
 * verb, preposition or conjunction, at a quantity ("80个"), never after a fixed length. Also
 * says whether a name is generic ("一批重点项目", "省级研发平台").
 */
final class NameScanner {
    static final int MAX_NAME = 22;
    private static final List<String> STOPS = sorted(
            // verbs
            "建设", "推进", "加快", "完成", "实施", "启动", "打造", "引进", "支持", "推动", "建成", "新建", "改建", "扩建",
            "规划", "谋划", "筹建", "申报", "依托", "围绕", "培育", "扩大", "吸引", "用好", "建立", "形成", "开展",
            "实现", "获批", "加强", "提升", "发展", "完善", "投资", "开工", "竣工", "投用", "投产", "运营", "落地", "落户",
            "入驻", "签约", "做好", "抓好", "办好", "建好", "管好", "新增", "整合", "创建", "构建", "招引", "聚焦",
            "承接", "对接", "啃下", "切实", "选准", "选好", "探索", "承担", "拓展", "剥离", "下放", "布局", "超前", "加速", "助力", "改善", "减轻", "深化", "解决", "严禁", "搞", "修复", "打好", "集聚", "改进", "健全", "推广", "落实", "实行", "鼓励", "引导", "规范", "强化", "扶持", "降低", "提高", "减少", "增加", "保持", "防范", "化解", "坚决", "坚持", "传承", "弘扬", "赋予", "所辖", "管辖", "查看", "清理", "清运", "以上", "两侧", "沿", "设立", "成立", "组建", "举办", "召开", "举行", "参加", "位于", "达到", "拥有",
            "进行", "宣传", "进一步", "管控", "发挥", "遏制", "转型", "搭建", "统筹", "晋升", "消除", "盘活", "出让", "挂牌", "上市", "签约", "见效", "提出", "打通", "畅通", "连接", "贯通", "修建", "新改建", "改扩建", "谋划建设",
            "争创", "创成", "入选", "获评", "荣获", "获得", "授予", "确定", "评为", "邀请", "组织", "带动", "利用",
            "保护", "修缮", "优化", "增强", "壮大", "积极", "大力", "着力", "持续", "深入",
            "全面", "加大", "促进", "确保", "力争", "争取", "保障", "服务", "包括", "通过", "其中", "成为", "作为",
            "以及", "同时", "目前", "当天", "近年", "今年", "全力", "全国", "全省", "全市", "全区", "全县", "全镇",
            "本区", "我区", "我市", "首个", "首家", "首批", "该项目", "重点", "开发", "投运", "启用", "交付", "实施了",
            "引进了", "完成了", "建成了", "一批", "一些", "多个", "若干", "各类", "所有", "辖区", "区域",
            // prepositions, conjunctions, particles
            "在", "对", "以", "和", "与", "及", "的", "等", "了", "是", "为", "将", "把", "被", "由", "向", "从", "到",
            "于", "并", "且", "或", "让", "使", "给", "至", "要", "已", "也", "又", "再", "还", "就", "均",
            "各", "该", "其", "此", "这", "那", "每", "即", "如", "着", "过");
    /** Verbs that, right before a suffix, modify it as nouns: "整体提升工程", "卫生服务中心". */
    private static final Set<String> SUFFIX_MODIFIERS = Set.of("提升", "服务", "研发", "盘活", "改造", "整治");
    /** Words that contain a stop word but are name parts. */
    private static final List<String> NOT_STOPS = List.of("管控中心", "转型升级", "服务中心", "服务站", "服务体系",
            "服务平台", "服务区", "自由", "和平", "为民", "向阳", "在线", "以色列", "于都", "所在", "保障性",
            // 高等 (advanced) before an institute's head is an adjective, not 高 + "and so on"
            "高等研究", "高等技术", "高等金融");
    /* Looked up by the boundary character: the proposers ask at every position of every sentence. */
    private static final WordIndex STOP_INDEX = new WordIndex(STOPS);
    /** Every character of every NOT_STOPS word, with the word and the character's offset in it. */
    private static final java.util.Map<Character, List<Occurrence>> NOT_STOPS_BY_CHAR = occurrences(NOT_STOPS);
    private static final java.util.regex.Pattern LETTER_GRADE = java.util.regex.Pattern.compile("[A-Z]{1,5}[级类]");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[“\"][^”\"]*[”\"]");
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(".*[一二两三四五六七八九十][个批大项条类化好区园基中平室院].*");
    private static final java.util.regex.Pattern QUOTED_FORMULA = java.util.regex.Pattern.compile("[“\"].*\\+.*");
    private static final java.util.regex.Pattern QUOTED_COUNT = java.util.regex.Pattern.compile("[“\"][^”\"]{0,5}[一二两三四五六七八九十双][^”\"]{0,5}[”\"]");
    private static final Set<String> GENERIC = Set.copyOf(List.of(
            "一批", "重点", "老旧", "各类", "各级", "大型", "小型", "新型", "现代", "现代化", "标准", "标准化", "综合", "专业",
            "专业化", "公共", "基层", "省级", "市级", "区级", "县级", "国家级", "国家", "高新技术", "龙头", "优质", "特色",
            "骨干", "主导", "产业", "工业", "商业", "物流", "示范", "配套", "相关", "其他", "民生", "基础设施", "城市",
            "城乡", "农村", "乡村", "社区", "村级", "研发", "创新", "孵化", "科技", "高端", "智能", "智慧", "数字",
            "文化", "旅游", "服务", "生产", "生活", "营销", "运营", "建设", "改造", "提升", "升级", "提质", "整治", "转型",
            "中心", "平台", "项目", "工程", "企业", "园区", "中小", "高能级", "一流", "全国性", "区域性", "新", "大",
            "小", "老", "主次", "干道", "道路", "背街", "小巷", "棚户区", "城中村", "水利", "交通", "能源", "环保",
            "应急", "医疗", "教育", "养老", "托育", "健康", "体育", "文体", "消费", "商贸", "金融", "重大", "关键",
            "核心", "基础", "新兴", "未来", "传统", "先进", "制造", "装备", "检验检测", "试点", "示范性", "标志性",
            "区域", "功能", "双创", "众创", "实体", "网络", "信息", "技术", "工艺", "设备", "装修", "厂房", "标准厂房",
            "安置", "保障性", "住房", "民心", "为民", "办实事", "实事", "新基建", "市政", "节点", "增量", "存量", "低空",
            "国际", "全省", "全市", "全国", "本地", "地方", "高速", "高铁", "高质量", "一体化", "产城融合", "开发",
            "乡镇", "街道", "片区", "园", "区", "市", "县", "镇", "村", "中", "高", "低", "第一", "第二", "全域", "整体", "亿级", "百亿级", "千亿级", "级", "房地产", "硬化", "村村通", "便民", "测试", "验证", "休闲", "商务", "惠民", "民办", "公办", "小微", "公园", "人才", "纺织", "服装", "错峰", "汽车", "家电", "手机", "通讯", "食品", "家居", "建材", "电子", "面子", "形象", "科研", "融资", "地方融资", "行业", "领域", "超低排放", "节能", "节水", "抗震", "农房", "科技奖励", "航空", "闲置", "旧", "交通运输", "仓储", "邮政", "住餐", "文娱", "商贸", "A类", "B类",
            "综治", "工程技术", "研究", "技术", "中试", "实习", "众创空间", "孵化器", "灾后重建", "灾后", "重建", "海绵城市", "雨水",
            "管网", "房地产", "保交房", "新业态", "业态", "招商", "储备", "在建", "续建", "新开工", "拆旧建新", "三个一批", "高品质", "治理", "义务教育", "阶段", "增效", "开放", "展销",
            "独资", "合资", "公立", "私立", "制造业", "行业", "节能降碳", "降碳", "共性", "境外", "经贸", "危旧房", "城镇", "小区",
            "煤电", "低碳化", "低碳", "绿色", "在线", "政务", "高耗能", "重大", "技术改造", "设备更新", "大规模", "高排放", "低水平", "税务", "海关", "电力", "供电", "供水", "供气", "通信", "金融", "银行", "保险"));
    private static final int MAX_GENERIC = 5;

    private NameScanner() {
    }

    /**
     * Start of the name whose body ends at {@code bodyEnd} in {@code s} (the suffix begins there),
     * or -1 when no name can start there.
     */
    static int start(String s, int bodyEnd) {
        int i = bodyEnd;
        boolean inQuote = false;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (c == '”' || c == '"' && !inQuote) {
                inQuote = true;
                i--;
                continue;
            }
            if (c == '“' || c == '"') {
                if (!inQuote) {
                    break;
                }
                inQuote = false;
                String before = Suffixes.endingAt(s, i - 1);
                if (i - 1 == 0 || before != null || !isNameChar(s.charAt(i - 2)) || "局委厅部办".indexOf(s.charAt(i - 2)) >= 0
                        || stopEndingAt(s, i - 1) != null) {
                    i--;
                    break;
                }
                i--;
                continue;
            }
            if (inQuote) {
                if (!isNameChar(c) && c != '·') {
                    return -1;
                }
                i--;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i;
                while (j > 0 && Character.isDigit(s.charAt(j - 1))) {
                    j--;
                }
                if (!numberInName(s, j, i)) {
                    break;
                }
                i = j;
                continue;
            }
            if (c == '+' && i > 1 && isNameChar(s.charAt(i - 2)) && i < s.length() && isNameChar(s.charAt(i))) {
                i--;
                continue;
            }
            if (!isNameChar(c)) {
                break;
            }
            String stop = stopEndingAt(s, i);
            if (stop != null && i == bodyEnd && SUFFIX_MODIFIERS.contains(stop) && i - stop.length() > 0
                    && isNameChar(s.charAt(i - stop.length() - 1)) && stopEndingAt(s, i - stop.length()) == null) {
                i -= stop.length(); // a verb right before the suffix modifies it: "整体提升工程"
                continue;
            }
            if (stop != null && !(stop.length() == 1 && atItemStart(s, i - 1))) {
                break;
            }
            if (bodyEnd - i >= MAX_NAME) {
                return -1;
            }
            i--;
        }
        return inQuote ? -1 : i;
    }

    /** True when position {@code i} follows a list separator or punctuation: a one-char stop word there starts a name. */
    private static boolean atItemStart(String s, int i) {
        if (i > 0 && s.charAt(i - 1) == '、') {
            return true;
        }
        // "、和美苑东地块": a conjunction needs a conjunct of two characters or more before it
        return i > 1 && s.charAt(i - 2) == '、' && isNameChar(s.charAt(i - 1));
    }

    /** True when a road name's {@code body} says nothing specific ("道路", "一路", "沿街"). */
    static boolean isGenericRoad(String body) {
        String b = body.replace("“", "").replace("”", "");
        if (b.length() < 2 || b.matches("\\d+") && b.length() < 2) {
            return true;
        }
        return b.endsWith("一") || b.endsWith("长") || b.endsWith("电") || b.endsWith("线") || b.endsWith("道") || b.endsWith("之")
                || b.matches(".*(?:硬化|村村通|主次|背街|城市|道路|高质量|发展|精品|旅游|出行|进村|入户|农村|差)$")
                || b.length() >= 4 && isGeneric(b);
    }

    /** The stop word ending at {@code end}, or null. */
    static String stopEndingAt(String s, int end) {
        if (end <= 0) {
            return null;
        }
        char last = s.charAt(end - 1);
        // a name part that covers the character before end ("服务中心" around "服务") is not a stop
        for (Occurrence o : NOT_STOPS_BY_CHAR.getOrDefault(last, List.of())) {
            int from = end - 1 - o.offset();
            if (from >= 0 && s.startsWith(o.word(), from)) {
                return null;
            }
        }
        String stop = STOP_INDEX.endingAt(s, end);
        if (stop != null) {
            return stop;
        }
        int q = end - 1;
        if (q >= 1 && "个批座家所条项处栋套名户".indexOf(last) >= 0 && isNumeral(s.charAt(q - 1))) {
            return s.substring(q, end);
        }
        return null;
    }

    /** The stop word starting at {@code from}, or null. */
    static String stopStartingAt(String s, int from) {
        String w = STOP_INDEX.startingAt(s, from);
        if (w == null) {
            return null;
        }
        for (String n : NOT_STOPS) {
            if (n.contains(w) && s.startsWith(n, from - n.indexOf(w) < 0 ? from : from - n.indexOf(w))) {
                return null;
            }
        }
        return w;
    }

    /** True when {@code body} (a name without its suffix) says nothing specific. */
    static boolean isGeneric(String body) {
        String b = LETTER_GRADE.matcher(body.replace("“", "").replace("”", "").replace("\"", "")).replaceAll("级");
        if (b.length() < 2 && !(b.length() == 1 && Character.isDigit(b.charAt(0)))) {
            return true;
        }
        if (b.contains("+")) {
            // "人才+项目+平台": a formula of generic words
            return b.endsWith("+") || b.startsWith("+") || java.util.Arrays.stream(b.split("\\+")).allMatch(NameScanner::isGeneric);
        }
        long numerals = QUOTED.matcher(body).replaceAll("").chars().filter(ch -> "一二两三四五六七八九十".indexOf(ch) >= 0).count();
        if (numerals >= 2 && numerals < b.length() && COUNTED.matcher(b).matches()) {
            return true; // counted slogans: "三个一批", "一区两基地三中心"
        }
        if (numerals >= 3 && numerals < b.length() || QUOTED_FORMULA.matcher(body).matches() || QUOTED_COUNT.matcher(body).matches()) {
            return true; // "一芯一码一平台", "“双环六廊”"
        }
        if (numerals == b.length()) {
            return b.length() < 3;
        }
        return genericFrom(b, 0, 0);
    }

    private static boolean genericFrom(String b, int at, int depth) {
        if (at == b.length()) {
            return true;
        }
        if (depth > MAX_GENERIC * 3) {
            return false;
        }
        for (int len = Math.min(5, b.length() - at); len >= 1; len--) {
            if (GENERIC.contains(b.substring(at, at + len)) && genericFrom(b, at + len, depth + 1)) {
                return true;
            }
        }
        return isNumeral(b.charAt(at)) && genericFrom(b, at + 1, depth + 1);
    }

    private static boolean numberInName(String s, int from, int to) {
        boolean letterBefore = from > 0 && isAsciiLetter(s.charAt(from - 1));
        boolean letterAfter = to < s.length() && isAsciiLetter(s.charAt(to));
        boolean roadNumber = to < s.length() && (s.startsWith("号", to) || s.startsWith("国道", to)
                || s.startsWith("省道", to) || s.startsWith("县道", to));
        boolean ordinal = from > 0 && s.charAt(from - 1) == '第';
        boolean rating = to < s.length() && (s.startsWith("千伏", to) || s.startsWith("KV", to) || s.startsWith("kV", to));
        roadNumber = roadNumber || rating;
        return letterBefore || letterAfter || roadNumber || ordinal;
    }

    static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || isAsciiLetter(c) || Character.isDigit(c);
    }

    static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二三四五六七八九十百千万两几多数余".indexOf(c) >= 0;
    }

    private record Occurrence(String word, int offset) {
    }

    private static java.util.Map<Character, List<Occurrence>> occurrences(List<String> words) {
        java.util.Map<Character, List<Occurrence>> m = new java.util.HashMap<>();
        for (String w : words) {
            for (int j = 0; j < w.length(); j++) {
                m.computeIfAbsent(w.charAt(j), c -> new java.util.ArrayList<>()).add(new Occurrence(w, j));
            }
        }
        m.replaceAll((c, l) -> List.copyOf(l));
        return java.util.Map.copyOf(m);
    }

    private static List<String> sorted(String... xs) {
        return Stream.of(xs).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
