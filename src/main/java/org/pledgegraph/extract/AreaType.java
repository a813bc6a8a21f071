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
 * stands. Applied to the decided mention only, like {@link RouteType}.
 */
final class AreaType {
    /** A name's tail after its head word: a phase or a bracketed part. */
    private static final String TAIL = "(?:" + RouteType.PHASE + "|" + RouteType.BRACKET + ")*$";
    /** An ecological or freight corridor is no development zone: it keeps the recognisers' type. */
    private static final Pattern PARK = Pattern.compile("(?:(?<!生态|流通|货运|物流|交通|运输)走廊|新城)" + TAIL);
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
