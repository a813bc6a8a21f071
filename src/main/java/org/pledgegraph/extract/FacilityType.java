package org.pledgegraph.extract;

import java.util.regex.Pattern;
import org.pledgegraph.model.EntityType;

/**
 * Facility or works on it, by the annotation convention: a name ending in a facility's own word (…中心, …医院,
 * …口岸, …枢纽, …水库, …站) names the facility, even where the recognisers typed it a project, and so does a
 * building's name with 项目 after it (…歌剧院项目: the gold names and types the building); a later phase of an
 * airport or reservoir (…机场三期, …水库二期) is a project, and a water-conservancy or navigation hub
 * (…水利枢纽, …航运枢纽) keeps the recognisers' type. Counted on the dev and training gold (names by final word,
 * 2026-12-04): bare 中心 facility 746 of 763, 站 103 of 105, 机场 108 of 108, 基地 238 of 266, 水库 67 of 75,
 * 枢纽 77 of 94; 机场 + phase project 19 of 19, 水库/库 + phase 10 of 11; 基金 project 87 of 89, 绿道/生态廊道/水网
 * 41 of 51. Applied to the decided mention only, like {@link RouteType}.
 */
final class FacilityType {
    /** A reservoir, granary or gas store, not a data or project "库"; a station, not a web site or a work station. */
    private static final String STORE = "(?:水|粮|油|气|冷|仓)库";
    /** A transport hub, not a water-conservancy or navigation one (…水利枢纽, …航运枢纽: works). */
    private static final String HUB = "(?<!水利|航运|航电)枢纽";
    private static final Pattern FACILITY = Pattern.compile("(?:中心|医院|博物馆|美术馆|口岸|学校|校区|实验室|机场|灌区|"
            + "码头|" + HUB + "|基地|高中园|大楼|" + STORE + "|(?<!网|工作)站"
            + "|(?:医院|美术馆|歌剧院|博物馆|乐园|校|口岸|" + HUB + "|大楼)项目)$");
    /**
     * Funds, greenways and water networks are projects (FORMAT.md: "funds and greenways are projects"); an economic
     * 廊道 (…经济廊道) is a zone and keeps its type, and so does a 碧道 (dev gold facility 3 of 3, training project
     * 18 of 18).
     */
    private static final Pattern PROGRAMME = Pattern.compile("(?:基金|基金群|基金矩阵|生态廊道|绿道|水网)[”\"]?$");
    private static final Pattern PHASED_WORKS = Pattern.compile("(?:机场|" + STORE + ")" + RouteType.PHASE
            + "(?:工程)?$");

    private FacilityType() {
    }

    /** The type a decided mention of {@code type} named {@code name} should carry. */
    static EntityType of(EntityType type, String name) {
        if (type == EntityType.PROJECT && FACILITY.matcher(name).find()) {
            return EntityType.FACILITY;
        }
        if ((type == EntityType.FACILITY || type == EntityType.PARK) && PROGRAMME.matcher(name).find()) {
            return EntityType.PROJECT;
        }
        if (type == EntityType.FACILITY && PHASED_WORKS.matcher(name).find()) {
            return EntityType.PROJECT;
        }
        return type;
    }
}
