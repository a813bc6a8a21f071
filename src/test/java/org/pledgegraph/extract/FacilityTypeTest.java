package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** A facility's own word makes a facility; a later phase of an airport or reservoir is a project (invented names). */
class FacilityTypeTest {

    @Test
    void aNameEndingInAFacilityWordIsAFacility() {
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.PROJECT, "青松综合交通枢纽"));
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.PROJECT, "青松灌区"));
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.PROJECT, "青松口岸"));
        // the gold names the building of "…歌剧院项目" and types it a facility; a "…中心项目" may be either
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.PROJECT, "青松歌剧院项目"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松中心项目"));
        // works named as works stay projects; a water-conservancy hub is a project
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松口岸改造项目"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松水利枢纽"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松水利枢纽项目"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松产业项目库"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PROJECT, "青松政务网站"));
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.PROJECT, "青松水库"));
    }

    @Test
    void aLaterPhaseOfAnAirportOrReservoirIsAProject() {
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.FACILITY, "青松国际机场三期"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.FACILITY, "青松水库二期"));
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.FACILITY, "青松国际机场"));
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.FACILITY, "青松医院二期"));
    }

    @Test
    void fundsAndGreenwaysAreProjects() {
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.FACILITY, "青松产业投资基金"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.FACILITY, "青松河绿道"));
        // a 碧道 keeps the recognisers' type: the dev gold makes it a facility, the training gold a project
        assertEquals(EntityType.FACILITY, FacilityType.of(EntityType.FACILITY, "青松河碧道"));
        assertEquals(EntityType.PROJECT, FacilityType.of(EntityType.PARK, "青松生态廊道"));
        assertEquals(EntityType.ENTERPRISE, FacilityType.of(EntityType.ENTERPRISE, "青松产业基金"));
    }
}
