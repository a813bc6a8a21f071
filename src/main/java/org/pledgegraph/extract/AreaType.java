package org.pledgegraph.extract;

import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * The type of a named area by the annotation convention (gold FORMAT.md, "recurring judgement calls": zones,
 * corridors, 科技城 and 合作区 are parks; schools, hospitals, city parks, ports, platforms are facilities), where the
 * recognisers' suffix types disagree with it: a corridor (…走廊; an ecological or freight corridor keeps its type)
 * and a new town (…新城) are parks, an industrial base (…产业基地) and an ecological or environmental park
 * (…生态园, …环境园) are facilities. Counted on the dev and training gold (names by final word, 2026-12-04): 走廊
 * park 49 of 58, 新城 18 of 19, 产业基地 facility 18 of 28, 生态园 10 of 13. Where the independent dev gold and the
 * training gold disagree (…小镇: dev a park once in 4, training 16 of 16; …片区; …中心区) the recognisers' type
 * stands. A town named for a field of work (…科学城, …金融城, …数字城: a field word with a general source, see
 * {@link #FIELD}, then 城) is a park: dev gold park 32 of 34 such rows, training 74 of 74; other …城 names
 * (old towns, malls, markets) keep their type. Applied to the decided mention only, like {@link RouteType}.
 */
final class AreaType {
    /** A name's tail after its head word: a phase or a bracketed part. */
    private static final String TAIL = "(?:" + RouteType.PHASE + "|" + RouteType.BRACKET + ")*$";
    /**
     * Fields of work a town is named for, each from a general source: GB/T 4754-2017 titles — 制造 (C 制造业), 金融
     * (J 金融业), 信息 and 软件 (I 信息传输、软件和信息技术服务业), 科学 and 科技 (M 科学研究和技术服务业), 医药 (27 医药制造业),
     * 器械 (358 医疗仪器设备及器械制造), 生态 (77 生态保护和环境治理业), 文化 (R 文化、体育和娱乐业), 会展 and 影视 (contractions of
     * 7284 会议、展览及相关服务 and 87 广播、电视、电影…); the statistical classifications — 产业 (三次产业划分规定), 数字, 智慧,
     * 物流 and 智造 (数字经济及其核心产业统计分类 2021: 智慧物流, 智能制造), 生物 (战略性新兴产业分类 2018: 生物产业), 健康 (健康产业
     * 统计分类 2019); and the national reports' terms (corpus/national) — 大学, 医学, 海洋, 低碳, 科创 (科技创新), 科教 (科教兴国).
     */
    private static final String FIELD = "(?:科学|科技|科创|科教|大学|产业|制造|智造|金融|数字|信息|软件|生物|医学|医药|健康|会展"
            + "|海洋|低碳|生态|智慧|影视|物流|文化|器械)";
    /** An ecological or freight corridor is no development zone: it keeps the recognisers' type. */
    private static final Pattern PARK = Pattern.compile("(?:(?<!生态|流通|货运|物流|交通|运输)走廊|新城|" + FIELD + "城)" + TAIL);
    private static final Pattern FACILITY = Pattern.compile("(?:产业基地|生态园|环境园)" + TAIL);

    private AreaType() {
    }

    /** The type a decided mention of {@code type} named {@code name} should carry. */
    static EntityType of(EntityType type, String name) {
        if ((type == EntityType.FACILITY || type == EntityType.PROJECT) && PARK.matcher(name).find()) {
            return EntityType.PARK;
        }
        if (type == EntityType.PARK && FACILITY.matcher(name).find()) {
            return EntityType.FACILITY;
        }
        return type;
    }
}
