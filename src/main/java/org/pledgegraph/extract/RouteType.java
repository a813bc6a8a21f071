package org.pledgegraph.extract;

import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * The type of a named route: the annotation convention (gold FORMAT.md, "recurring judgement calls") makes
 * highways, tunnels and bridges roads but rail and metro lines projects; other lines that are no road
 * (production lines, pipelines, a water-transfer route) are projects too. The recognisers type by suffix and
 * context, so a rail line can come out a road and a road's section or phase (…大道二期, …高速甲乙段, …路东延)
 * a project. Applied to the decided mention only: proposals, the judge and the stage cues see the recognisers'
 * type. The words are those of the national transport statistics (铁路, 高速铁路, 城际铁路, 城市轨道交通/地铁/
 * 轻轨, 有轨电车, 磁浮; 公路, 高速公路, 快速路, 隧道, 桥梁, 立交).
 */
final class RouteType {
    private static final Pattern RAIL = Pattern.compile("铁路|高铁|城际|轨道交通|地铁|轻轨|有轨电车|磁浮|磁悬浮|\\d号线|快线");
    /** Things on or beside a line that are roads or facilities in their own right. */
    private static final Pattern ON_THE_LINE = Pattern.compile("(?:桥|隧道?|通道|站|枢纽|口岸|港|基地|车辆段)$");
    /** A route's tail after its name: an extension, a phase, a bracketed part or a section ("…东延（某段）"). */
    private static final String TAIL = "(?:[东西南北]延(?:伸)?(?:线|段)?|[一二三四五六七八九十\\d]期|支线"
            + "|[（(][^（()）]{1,12}[）)]|[^、，（()）改扩建修工程项目]{1,8}段)*$";
    private static final Pattern LINE_TAIL = Pattern.compile(TAIL);
    /** A corridor for power, goods or data (输电通道, 物流通道, 陆海新通道) is a project, not a road. */
    private static final Pattern CORRIDOR = Pattern.compile("(?:电|物流|数据|互联网|陆海|联运|粮|能源|货运)[^、，]{0,8}通道$");
    private static final Pattern ROAD_WORD = Pattern.compile("公路|高速|快速|大道|国道|省道|县道|(?<!铁)路|街|连接线|联络线|环线");
    /**
     * A road's own head, then only its tail and perhaps 项目 (the gold names the road, "…大道二期" of "…大道二期项目"):
     * 铁路 is rail, 电路 and 之路 are no roads, a bare 桥 may be a footbridge.
     */
    private static final Pattern ROAD = Pattern.compile(
            "(?:(?<![铁电之线])路|大道|高速公路|高速|隧道|大桥|立交)" + TAIL.replace("$", "(?:项目)?$"));
    /**
     * Found as a facility, a 通道 (a crossing or through-route) or a 路网 is a road too; found as a project, a
     * 通道 is as often a trade or rail corridor (…陆海新通道), so it keeps that type.
     */
    private static final Pattern ROAD_OR_WAY = Pattern.compile(
            "(?:(?<![铁电之线])路|大道|高速公路|高速|隧道|大桥|立交|通道|路网)" + TAIL);

    private RouteType() {
    }

    /** The type a decided mention of {@code type} named {@code name} should carry. */
    static EntityType of(EntityType type, String name) {
        if ((type == EntityType.ROAD || type == EntityType.FACILITY) && CORRIDOR.matcher(name).find()) {
            return EntityType.PROJECT;
        }
        if (type == EntityType.ROAD) {
            if (ON_THE_LINE.matcher(name).find()) {
                return type;
            }
            if (RAIL.matcher(name).find()) {
                return EntityType.PROJECT;
            }
            String head = LINE_TAIL.matcher(name).replaceFirst("");
            return head.endsWith("线") && !ROAD_WORD.matcher(head).find() ? EntityType.PROJECT : type;
        }
        if (type != EntityType.PROJECT && type != EntityType.FACILITY || RAIL.matcher(name).find()) {
            return type;
        }
        if (ROAD.matcher(name).find() || type == EntityType.FACILITY && ROAD_OR_WAY.matcher(name).find()) {
            return EntityType.ROAD;
        }
        return type;
    }
}
