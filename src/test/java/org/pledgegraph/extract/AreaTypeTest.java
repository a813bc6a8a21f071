package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** Corridors and new towns are parks; industrial bases and eco-parks are facilities (invented names). */
class AreaTypeTest {

    @Test
    void corridorsAndNewTownsAreParks() {
        assertEquals(EntityType.PARK, AreaType.of(EntityType.FACILITY, "青松科创走廊"));
        // a themed town keeps the recognisers' type: the two gold sets disagree on it
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.FACILITY, "青松数字小镇"));
        assertEquals(EntityType.PARK, AreaType.of(EntityType.PROJECT, "青松新城二期"));
        // an ecological or freight corridor is no zone
        assertEquals(EntityType.PROJECT, AreaType.of(EntityType.PROJECT, "青松生态走廊"));
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.FACILITY, "甲乙货运走廊"));
    }

    @Test
    void industrialBasesAndEcoParksAreFacilities() {
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.PARK, "青松新材料产业基地"));
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.PARK, "青松能源生态园"));
        assertEquals(EntityType.PARK, AreaType.of(EntityType.PARK, "青松新材料产业园"));
        assertEquals(EntityType.ENTERPRISE, AreaType.of(EntityType.ENTERPRISE, "青松新城"));
    }
}
