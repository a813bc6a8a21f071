package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pledgegraph.model.EntityType;

/**
 * Proposes names with suffixes too ambiguous for the rules alone (…示范区, …枢纽, …铁路, …治理, a bare …园):
 * used only when a {@link CandidateJudge} decides, which learns how often each proposal is a name. The
 * suffixes are common head nouns of Chinese place, facility and project names (zones of the national
 * development-zone catalogue, transport infrastructure classes of the statistical yearbook), not names.
 */
final class ProposingRecognizer extends SuffixRecognizer {
    /** Words after a name that end it: a verb of building or a list joint. */
    private static final List<String> FOLLOWERS = List.of("建设", "项目", "工程", "等", "和", "及", "与", "改造", "一期",
            "二期", "三期", "开工", "建成", "投用", "投入", "正式", "落地", "获批", "提升", "扩建", "的", "规划", "加快",
            "前期", "纳入", "实现", "完成", "启动", "运营", "试点");

    private ProposingRecognizer(EntityType type, String... suffixes) {
        super(type, sorted(suffixes));
    }

    /** The proposers' suffixes by type (zones, facilities, firms, transport, works). */
    static final java.util.Map<EntityType, List<String>> SUFFIXES = java.util.Map.of(
            EntityType.PARK, List.of("示范区", "先导区", "功能区", "核心区", "发展区", "中心区", "先行区",
                    "引领区", "承载区", "集中区", "科学城", "科技城", "金融城", "智造城", "低碳城", "新区", "港区", "保税区",
                    "园", "谷",
                    // zones of the customs, development-zone and planning catalogues (综合保税区, 农业高新技术产业示范区)
                    "综保区", "综试区", "农高区", "融合区", "监管区", "经济区", "度假区", "都会区", "科创城", "科教城", "产业走廊",
                    // legal-services and port-services districts (中央法务区, 国际港务区), general zone heads
                    "法务区", "港务区"),
            EntityType.FACILITY, List.of("枢纽", "口岸", "港", "码头", "院区", "系统", "步道", "绿道",
                    "廊桥", "通道", "商圈", "街区", "电厂", "会址", "剧院", "美术馆", "音乐厅", "城", "中心", "平台", "馆",
                    "交易所", "校区", "灌区", "专网", "数据库",
                    // institution and works classes of the statistical yearbook (科研设施, 护理机构, 港口作业区)
                    "设施", "总部", "分院", "研究生院", "交易市场", "作业区", "调峰站", "填埋场", "航站楼", "粮库", "护理院",
                    "保健院", "仲裁院", "文化宫", "古城", "古镇", "古村", "国家公园", "训练场"),
            EntityType.ENTERPRISE, List.of("银行"),
            EntityType.ROAD, List.of("铁路", "隧道", "城际", "高铁", "号线", "快线", "桥", "线",
                    // interchanges, link roads and extensions of a road (立交, 连接线, 北延)
                    "立交", "连接线", "接线", "高架", "东延", "西延", "南延", "北延"),
            EntityType.PROJECT, List.of("治理", "整治", "修复", "生产线", "置换", "更新单元", "改扩建",
                    "提升", "扩建", "新建", "升级", "计划",
                    // funds, river greenways and water works named as projects (产业基金, 碧道, 除险加固, 清淤)
                    "基金", "碧道", "连廊", "连通", "除险加固", "扩容", "技改", "清淤", "城市更新", "土地整备", "棚改"));

    /** The proposers of each type. */
    static List<Recognizer> all() {
        List<Recognizer> out = new ArrayList<>();
        for (EntityType t : List.of(EntityType.PARK, EntityType.FACILITY, EntityType.ENTERPRISE, EntityType.ROAD,
                EntityType.PROJECT)) {
            out.add(new ProposingRecognizer(t, SUFFIXES.get(t).toArray(String[]::new)));
        }
        return List.copyOf(out);
    }

    /** Names only a judge may keep. */
    @Override
    public Set<Annotation> adds() {
        return EnumSet.of(Annotation.PROPOSALS);
    }

    @Override
    boolean acceptsFollower(String t, int end, String suffix) {
        return endsName(t, end, suffix);
    }

    /** Whether a name with {@code suffix} may end at {@code end}: what follows is no part of a longer word. */
    static boolean endsName(String t, int end, String suffix) {
        if (end >= t.length() || !NameScanner.isNameChar(t.charAt(end))) {
            return true;
        }
        if (suffix.length() >= 2 && (NameScanner.stopStartingAt(t, end) != null || Character.isDigit(t.charAt(end)))) {
            return true; // "…口岸探索…", "…治理100万亩": a verb or a number after a two-character suffix ends the name
        }
        for (String f : FOLLOWERS) {
            if (t.startsWith(f, end)) {
                return true;
            }
        }
        return false;
    }

    @Override
    boolean isGeneric(String body) {
        return body.length() < 2 || NameScanner.isGeneric(body) && body.length() < 4;
    }

    private static List<String> sorted(String... xs) {
        List<String> l = new ArrayList<>(List.of(xs));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
