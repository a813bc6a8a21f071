package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pledgegraph.model.EntityType;

/** The name suffixes that mark each entity type (…产业园 a park, …大道 a road), longest first. */
public final class Suffixes {
    static final List<String> PARK = sorted("产业园区", "产业园", "工业园区", "工业园", "示范园", "科技园", "科创园",
            "物流园", "创业园", "经济园", "总部园", "创意园", "产业新城", "产业带", "园区", "开发区", "试验区", "实验区", "商务区", "商业区", "集聚区", "高新区",
            "自贸区", "合作区", "产业基地");
    static final List<String> PROJECT = sorted("项目", "工程", "改造", "地块", "片区", "新城", "改线", "整区开发",
            "拆旧建新", "提升改造", "开发");
    static final List<String> ROAD = sorted("大道", "大街", "路", "街", "国道", "省道", "县道", "高速公路", "高速",
            "快速路", "环线", "立交桥", "大桥");
    static final List<String> ENTERPRISE = sorted("股份有限公司", "有限责任公司", "有限公司", "公司", "集团", "重工",
            "石化", "商城");
    static final List<String> FACILITY = sorted("实验室", "孵化器", "众创空间", "基地", "中心", "平台", "学校", "中学",
            "小学", "幼儿园", "大学", "学院", "医院", "卫生院", "法院", "检察院", "博物馆", "纪念馆", "图书馆", "文化馆",
            "体育馆", "展览馆", "科技馆", "遗址", "公园", "游园", "广场", "大厦", "小区", "家属院", "家属楼", "公寓", "书屋", "风洞",
            "沟", "渠", "干渠", "水库", "绿地", "水系", "观光带", "体育场", "足球场", "综合体", "机场", "高铁站", "车站",
            "电站", "热电厂", "污水处理厂", "水厂", "菜市场", "农贸市场", "中学校", "研究院", "工作站",
            "研究所", "旗舰店", "变电站", "综合楼", "车间", "防护林", "旧居", "故居", "墓", "驿站", "养老院", "敬老院",
            "服务站", "卫生室", "小镇", "场馆", "走廊", "生态廊道", "景区", "酒店", "商超", "购物中心", "体育公园", "湿地公园",
            "创新中心", "加速器", "产业研究院");
    /** Suffixes a coordination shares with every item: "A、B项目" is project A and project B. */
    static final List<String> DISTRIBUTIVE = List.of("项目", "工程");

    private static final Map<EntityType, List<String>> BY_TYPE = byType();
    private static final List<String> ALL = all();
    private static final WordIndex ALL_INDEX = new WordIndex(ALL);

    private Suffixes() {
    }

    static List<String> of(EntityType type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }

    /** The longest suffix of any type that {@code s} ends with at {@code end}, or null. */
    static String endingAt(String s, int end) {
        return ALL_INDEX.endingAt(s, end);
    }

    /** The type whose suffix {@code name} ends with (longest suffix wins), or null. */
    static EntityType typeOf(String name) {
        EntityType best = null;
        int len = 0;
        for (Map.Entry<EntityType, List<String>> e : BY_TYPE.entrySet()) {
            for (String x : e.getValue()) {
                if (name.endsWith(x) && x.length() > len && name.length() > x.length()) {
                    best = e.getKey();
                    len = x.length();
                }
            }
        }
        return best;
    }

    private static List<String> sorted(String... xs) {
        List<String> l = new ArrayList<>(List.of(xs));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }

    private static Map<EntityType, List<String>> byType() {
        Map<EntityType, List<String>> m = new EnumMap<>(EntityType.class);
        m.put(EntityType.PARK, PARK);
        m.put(EntityType.PROJECT, PROJECT);
        m.put(EntityType.ROAD, ROAD);
        m.put(EntityType.ENTERPRISE, ENTERPRISE);
        m.put(EntityType.FACILITY, FACILITY);
        return m;
    }

    private static List<String> all() {
        List<String> l = new ArrayList<>();
        BY_TYPE.values().forEach(l::addAll);
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
