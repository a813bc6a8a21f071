package org.pledgegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pledgegraph.model.EntityType;

/** Corridors, new towns and towns named for a field of work are parks; industrial bases and eco-parks are facilities (invented names). */
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
    void townsNamedForAFieldOfWorkAreParks() {
        assertEquals(EntityType.PARK, AreaType.of(EntityType.FACILITY, "青松金融城"));
        assertEquals(EntityType.PARK, AreaType.of(EntityType.PROJECT, "青松科学城二期"));
        // an old town, a mall or a market keeps its type; so does a firm
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.FACILITY, "青松古城"));
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.FACILITY, "青松服装城"));
        assertEquals(EntityType.ENTERPRISE, AreaType.of(EntityType.ENTERPRISE, "青松数字城"));
    }

    @Test
    void industrialBasesAndEcoParksAreFacilities() {
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.PARK, "青松新材料产业基地"));
        assertEquals(EntityType.FACILITY, AreaType.of(EntityType.PARK, "青松能源生态园"));
        assertEquals(EntityType.PARK, AreaType.of(EntityType.PARK, "青松新材料产业园"));
        assertEquals(EntityType.ENTERPRISE, AreaType.of(EntityType.ENTERPRISE, "青松新城"));
    }
}
