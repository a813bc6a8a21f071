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
 * stands. A town named for a field of work (…科学城, …金融城, …数字城: an industry or field word of GB/T 4754-2017's
 * section and division titles or the national statistical classifications of the digital economy and strategic
 * emerging industries, then 城) is a park: dev gold park 32 of 34 such rows, training 74 of 74; other …城 names
 * (old towns, malls, markets) keep their type. Applied to the decided mention only, like {@link RouteType}.
 */
final class AreaType {
    /** A name's tail after its head word: a phase or a bracketed part. */
    private static final String TAIL = "(?:" + RouteType.PHASE + "|" + RouteType.BRACKET + ")*$";
    /**
     * Fields of work a town is named for: GB/T 4754-2017 titles (制造业, 金融业, 科学研究和技术服务业, 教育, 信息传输、软件
     * …, 卫生, 文化…, 广播、电视、电影…, 会议、展览…, 物流 in 交通运输、仓储和邮政业) and the national classifications of the
     * digital economy (数字, 智慧) and strategic emerging industries (生物, 低碳, 海洋).
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
