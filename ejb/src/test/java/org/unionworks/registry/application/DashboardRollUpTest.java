package org.unionworks.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardRollUpTest {

    @Test
    void eachUnitCountsForTheRootWhoseSubtreeHoldsItAndForNoOther() {
        Map<String, Long> byUnit = Map.of(
                "/1/5/", 7L,            // the city itself: under no root
                "/1/5/20/", 3L,         // a district root
                "/1/5/20/31/", 4L,      // a street under it
                "/1/5/20/31/40/", 5L,   // a community under the street
                "/1/5/21/", 2L,
                "/1/6/20/", 100L);      // another city's unit with a look-alike tail
        assertEquals(Map.of("/1/5/20/", 12L, "/1/5/21/", 2L),
                DefaultRegistryDashboardService.rollUp(byUnit, Set.of("/1/5/20/", "/1/5/21/", "/1/5/22/")));
        assertEquals(Map.of("/1/5/20/31/", 9L),
                DefaultRegistryDashboardService.rollUp(byUnit, Set.of("/1/5/20/31/")));
    }
}
