package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** Rail and other non-road lines are projects, roads with their sections and phases are roads (invented names). */
class RouteTypeTest {

    @Test
    void railAndOtherLinesFoundAsRoadsAreProjects() {
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙高铁"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙城际铁路"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "地铁9号线东延"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙高铁丙至丁段"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "青松线二期"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙天然气管线"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙电力外送通道"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙物流通道"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.FACILITY, "甲乙特高压输电通道"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙跨海通道"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙电厂进港通道"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "青松线甲乙段"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙集成电路生产线"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.ROAD, "甲乙铁路连接线"));
    }

    @Test
    void roadsBridgesAndStationsFoundAsRoadsStayRoads() {
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙高速公路"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙铁路大桥"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙过境高速连接线"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "青松环线"));
        // a road named after a railway is a road
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "甲乙高铁大道"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.ROAD, "青松城际快速路"));
    }

    @Test
    void aRoadsSectionOrPhaseFoundAsAProjectIsARoad() {
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.PROJECT, "青松大道二期"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.PROJECT, "甲乙高速丙丁段"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.PROJECT, "甲乙高速二期丙至丁段"));
        assertEquals("甲乙高速", RouteType.head("甲乙高速二期丙至丁段"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.PROJECT, "青松路东延"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.FACILITY, "青松隧道"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.PROJECT, "青松大道二期项目"));
        assertEquals(EntityType.ROAD, RouteType.of(EntityType.FACILITY, "甲乙跨海通道"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.PROJECT, "甲乙陆海新通道"));
        // works on a road, a rail line, a circuit, a footbridge and a station are no roads
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.PROJECT, "青松路改造工程"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.PROJECT, "甲乙高速改扩建丙段"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.PROJECT, "甲乙铁路二期"));
        assertEquals(EntityType.PROJECT, RouteType.of(EntityType.PROJECT, "甲乙集成电路"));
        assertEquals(EntityType.FACILITY, RouteType.of(EntityType.FACILITY, "青松景观桥"));
        assertEquals(EntityType.FACILITY, RouteType.of(EntityType.FACILITY, "甲乙高铁站"));
        assertEquals(EntityType.PARK, RouteType.of(EntityType.PARK, "甲乙高铁新城"));
    }

    @Test
    void aRailLineInASentenceIsTypedProject() {
        var mentions = Extracts.extract("加快建设甲乙城际铁路和青松大道。", 2024);
        assertEquals(EntityType.PROJECT, mentions.stream().filter(m -> m.surface().equals("甲乙城际铁路")).findFirst()
                .orElseThrow().type());
        assertEquals(EntityType.ROAD, mentions.stream().filter(m -> m.surface().equals("青松大道")).findFirst()
                .orElseThrow().type());
    }
}
