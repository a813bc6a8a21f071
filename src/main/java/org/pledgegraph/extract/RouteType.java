package org.pledgegraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * The type of a named route: the annotation convention (gold FORMAT.md, "recurring judgement calls") makes
 * highways, tunnels and bridges roads but rail and metro lines projects; other lines that are no road
 * (production lines, pipelines, a water-transfer route) and corridors for power, goods or data are projects too.
 * The recognisers type by suffix and context, so a rail line can come out a road and a road's section or phase
 * (…大道二期, …高速甲乙段, …路东延) a project. Applied to the decided mention only: proposals, the judge and the
 * stage cues see the recognisers' type. The words are those of the national transport statistics (铁路, 高速铁路,
 * 城际铁路, 城市轨道交通/地铁/轻轨, 有轨电车, 磁浮; 公路, 高速公路, 快速路, 隧道, 桥梁, 立交) and their everyday
 * short forms (高铁, 城际, N号线, 快线).
 */
final class RouteType {
    /** A phase after a name (…二期), and a bracketed part (…（某段）): the tails the three type rules share. */
    static final String PHASE = "[一二三四五六七八九十\\d]期";
    static final String BRACKET = "[（(][^（()）]{1,12}[）)]";
    private static final Pattern RAIL = Pattern.compile("铁路|高铁|城际|轨道交通|地铁|轻轨|有轨电车|磁浮|磁悬浮|\\d号线|快线");
    /** A road's own head word: 铁路 is rail, 电路 and 之路 are no roads, a bare 桥 may be a footbridge. */
    private static final String ROAD_HEAD = "(?:(?<![铁电之线])路|大道|快速路|高速公路|高速|隧道|大桥|立交)";
    /** Words that make a line a road (a connecting road, a ring road), not a rail or production line. */
    private static final Pattern ROAD_WORD = Pattern.compile("公路|高速|快速|大道|国道|省道|县道|(?<![铁电之线])路|街"
            + "|连接线|联络线|环线");
    /** Ends a name as a road, even one named after a railway (…高铁大道); a rail link (…铁路连接线) does not. */
    private static final Pattern ENDS_AS_ROAD = Pattern.compile("(?:" + ROAD_HEAD + "|街|国道|省道|县道)$");
    /** Things on or beside a line that are roads or facilities in their own right. */
    private static final Pattern ON_THE_LINE = Pattern.compile("(?:桥|隧道?|通道|站|枢纽|口岸|港|基地|车辆段)$");
    /** A section's place: a few characters with no route head in them, so that it never swallows the name. */
    private static final String SECTION_PLACE = "[^、，（()）改扩建修工程项目路道线速桥隧铁轨段至]{1,5}";
    /**
     * One piece of a route's tail, at the end: an extension, a phase, a bracketed part or a section (a short
     * place, or "甲至乙").
     */
    private static final Pattern TAIL_PIECE = Pattern.compile("(?:[东西南北]延(?:伸)?(?:线|段)?|" + PHASE
            + "|支线|" + BRACKET + "|(?:" + SECTION_PLACE + "|" + SECTION_PLACE + "至" + SECTION_PLACE + ")段)$");
    /** A road's head word ending the name (after its tail is taken off), and a facility-typed way that is a road. */
    private static final Pattern ROAD_AT_END = Pattern.compile(ROAD_HEAD + "$");
    private static final Pattern WAY_AT_END = Pattern.compile("(?:通道|路网)$");
    /** A corridor for power, goods or data (输电通道, 物流通道, 陆海新通道) is a project, not a road. */
    private static final Pattern CORRIDOR = Pattern.compile("(?:输电|电力|电网|外送|物流|数据|互联网|陆海|联运|能源|货运)"
            + "[^、，]{0,8}通道$");

    private RouteType() {
    }

    /** The type a decided mention of {@code type} named {@code name} should carry. */
    static EntityType of(EntityType type, String name) {
        if ((type == EntityType.ROAD || type == EntityType.FACILITY) && CORRIDOR.matcher(name).find()) {
            return EntityType.PROJECT;
        }
        if (type == EntityType.ROAD) {
            String head = head(name);
            if (ENDS_AS_ROAD.matcher(head).find() || ON_THE_LINE.matcher(head).find()) {
                return type; // a road named after a railway (…高铁大道) or a bridge on one stays a road
            }
            if (RAIL.matcher(name).find()) {
                return EntityType.PROJECT;
            }
            return head.endsWith("线") && !ROAD_WORD.matcher(head).find() ? EntityType.PROJECT : type;
        }
        if (type != EntityType.PROJECT && type != EntityType.FACILITY || RAIL.matcher(name).find()) {
            return type;
        }
        String head = head(name.endsWith("项目") ? name.substring(0, name.length() - 2) : name);
        if (ROAD_AT_END.matcher(head).find() || type == EntityType.FACILITY && WAY_AT_END.matcher(head).find()) {
            // the gold names the road, "…大道二期" of "…大道二期项目"; a facility-typed 通道 or 路网 is a road
            // too, while a project-typed 通道 is as often a trade or rail corridor (…陆海新通道) and keeps its type
            return EntityType.ROAD;
        }
        return type;
    }

    /** The name without its tail pieces, taken off the end one at a time. */
    static String head(String name) {
        String s = name;
        for (Matcher m = TAIL_PIECE.matcher(s); m.find() && m.start() > 0; m = TAIL_PIECE.matcher(s)) {
            s = s.substring(0, m.start());
        }
        return s;
    }
}
